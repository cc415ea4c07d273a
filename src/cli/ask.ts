import { answerQuestion, explainQuestion, suggestQuestions } from "../answer/index.js";
import { answerIndexCache } from "../answer/index-cache.js";
import type { Answer, AnswerOptions, Explanation } from "../answer/types.js";
import { briefingsDir, formatIssueFor } from "../briefing/env.js";
import { openBriefingStore } from "../briefing/open.js";
import type { BriefingStore } from "../briefing/types.js";
import { routeQuestion } from "../commands/route.js";
import { BriefingError } from "../errors.js";
import { isLang, LANGS } from "../i18n/lang.js";
import { shippedKnowledge } from "../knowledge/load.js";
import { engineCalibrationDerive } from "./calibration-derive.js";
import { isColdPath } from "./cold-path.js";
import { parseCommandArgs, UsageError } from "./command-args.js";
import { engineTag } from "./engine-tag.js";
import { readLines } from "./lines.js";
import { preloadNeeds, useNeedsCache } from "./needs-cache.js";
import { formatRouting } from "./route-explain.js";

export const USAGE = `usage: briefbot ask "QUESTION" [--json] [--lang en|ja|vi] [--briefing ID] [--explain]
       briefbot ask --stdin [--json] [--lang en|ja|vi] [--briefing ID]   (one question per line)`;

const SUGGEST_LABEL = {
  en: "You could ask:",
  ja: "次のような質問ができます：",
  vi: "Bạn có thể hỏi:",
} as const;
const SOURCES_LABEL = { en: "Sources:", ja: "出典：", vi: "Nguồn:" } as const;

const engine = { answerQuestion, explainQuestion, suggestQuestions };

/** The routed answer; when two briefings fit about equally, an abstention naming them. */
function routedAnswer(question: string, store: BriefingStore, options: AnswerOptions): Answer {
  const routed = routeQuestion(engine, store, question, {
    ...options,
    now: new Date(),
  });
  if ("answer" in routed) return routed.answer;
  const choices = routed.ambiguous.map((b) => `${b.id} (${b.meta.title[routed.lang]})`).join(", ");
  return {
    answered: false,
    kind: "abstain",
    text: `More than one briefing covers that: ${choices}. Ask again with --briefing ID.`,
    citations: [],
    factIds: [],
    confidence: 0,
    lang: routed.lang,
    briefing: "",
    suggestions: [],
  };
}

/** An answer as a person reads it in a terminal: the text, then numbered sources. */
export function formatAnswer(answer: Answer): string {
  const lines = [answer.text];
  if (answer.citations.length > 0) {
    lines.push("", SOURCES_LABEL[answer.lang]);
    answer.citations.forEach((c, i) => {
      const published = c.publishedInferred ? `${c.published} (date inferred)` : c.published;
      lines.push(`[${i + 1}] ${c.publisher}, ${published}, ${c.url}`, `    "${c.quote}"`);
    });
  }
  if (answer.suggestions.length > 0) {
    // Abstentions already end by introducing the suggestions ("Here are questions it can answer:").
    const introduced = /[:：。]$/u.test(answer.text.trim()) && answer.kind === "abstain";
    lines.push(
      "",
      ...(introduced ? [] : [SUGGEST_LABEL[answer.lang]]),
      ...answer.suggestions.map((s) => `  - ${s}`),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The candidates with their scores and why each was used or rejected: the curator's view. */
export function formatExplanation(e: Explanation): string {
  const lines = [
    `question:   ${e.question}`,
    ...(e.corrections?.length
      ? [`read as:    ${e.corrections.map((c) => `${c.from} → ${c.to}`).join(", ")}`]
      : []),
    `normalized: ${e.normalized}`,
    ...(e.context ? [`context:    ${e.context}`] : []),
    `language:   ${e.lang}`,
    `wants:      ${e.wants.join(", ") || "-"}`,
    `entities:   ${e.entities.map((x) => (x.role ? `${x.entity} (${x.role})` : x.entity)).join(", ") || "-"}`,
    "",
    "candidates:",
  ];
  if (e.candidates.length === 0) lines.push("  (none)");
  for (const c of e.candidates) {
    lines.push(`  ${c.used ? "USED    " : "        "} ${c.score.toFixed(3)}  ${c.factId}`);
    const [measures, ...notes] = c.reasons;
    if (measures) lines.push(`             - ${measures}`);
    // Each rejecting rule by name, with every reason it gave; then the notes (coverage, verdict).
    const ruled = new Set(c.rejectedBy.flatMap((r) => r.reasons));
    for (const r of c.rejectedBy)
      for (const reason of r.reasons) lines.push(`             - [${r.rule}] ${reason}`);
    for (const r of notes) if (!ruled.has(r)) lines.push(`             - ${r}`);
  }
  lines.push("", `answer (${e.answer.kind}, confidence ${e.answer.confidence}):`, formatAnswer(e.answer));
  return lines.join("\n");
}

async function openStore(): Promise<BriefingStore | number> {
  try {
    // The built index and the fitted confidence model come from the compiled cache: neither is
    // rebuilt on every run.
    return await openBriefingStore(
      briefingsDir(),
      undefined,
      answerIndexCache(engineTag()),
      engineCalibrationDerive(),
    );
  } catch (error) {
    if (isColdPath(error)) throw error;
    if (error instanceof BriefingError) {
      for (const issue of error.issues) process.stderr.write(`${formatIssueFor(issue)}\n`);
      process.stderr.write(
        "briefbot ask: the briefings have problems (see above; briefbot check lists them)\n",
      );
    } else process.stderr.write(`briefbot ask: ${(error as Error).message}\n`);
    return 1;
  }
}

/**
 * The store a startup snapshot holds (scripts/build-snapshot.mjs): opened, with the knowledge
 * read and one question answered, before the heap is written, so that the snapshot's start
 * neither reads them nor compiles the answering code. Undefined in any other process.
 */
let prepared: BriefingStore | undefined;

/**
 * Read by the snapshot builder only: opens the store, reads the knowledge and answers `warmUp`
 * (routed and not, the output dropped) as `run` would, then keeps the store for `run`. Returns
 * the briefings folder it read. Throws when the caches miss (the builder then makes no blob).
 */
export async function prepareSnapshot(warmUp: string): Promise<string> {
  const store = await openStore();
  if (typeof store === "number") throw new Error("the briefings did not load");
  shippedKnowledge();
  const answer =
    store.list().length > 1 ? routedAnswer(warmUp, store, {}) : answerQuestion(warmUp, store, {});
  JSON.stringify(answer);
  formatAnswer(answer);
  prepared = store;
  preloadNeeds(engineTag());
  return briefingsDir();
}

/** The briefings folder `run` reads, as the environment names it now (the snapshot compares it). */
export function snapshotRoot(): string {
  return briefingsDir();
}

/** Writes and waits until the stream took it, so piped batch output is never lost. */
function write(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once("drain", () => resolve());
  });
}

/** Read by the one-file runner (./bundled.ts): a run that built the index is not a warm start's. */
export { builtDerived } from "../briefing/open.js";

/** `briefbot ask`: one question from the arguments, or one per line on stdin (--stdin). */
export async function run(args: string[]): Promise<number> {
  let values: {
    json?: boolean;
    lang?: string;
    briefing?: string;
    explain?: boolean;
    stdin?: boolean;
    help?: boolean;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseCommandArgs(
      args,
      {
        json: { type: "boolean" },
        lang: { type: "string" },
        briefing: { type: "string" },
        explain: { type: "boolean" },
        stdin: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      true,
    ));
    if (values.lang !== undefined && !isLang(values.lang))
      throw new UsageError(`--lang must be one of ${LANGS.join(", ")}, got "${values.lang}"`);
    if (!values.help && !values.stdin && positionals.length === 0)
      throw new UsageError("give a question, or --stdin");
    if (values.stdin && positionals.length > 0) throw new UsageError("give a question or --stdin, not both");
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`briefbot ask: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const store = prepared ?? (await openStore());
  if (typeof store === "number") return store;
  // Read now, not at the first answer: whatever a cache miss needs is loaded before any
  // question is read or answered (see ./cold-path.ts).
  shippedKnowledge();
  // A batch learns the needs of most patterns of every language: kept, they would make each
  // one-question start read them all. One-question runs keep what such a start screens.
  useNeedsCache(engineTag(), { learn: !values.stdin });
  if (values.briefing !== undefined && !store.get(values.briefing)) {
    const ids = store.list().map((b) => b.id);
    process.stderr.write(
      `briefbot ask: --briefing: no briefing "${values.briefing}" in ${briefingsDir()} (have: ${ids.join(", ")}); a briefing kept elsewhere is read with BRIEFINGS_DIR=its parent folder\n`,
    );
    return 2;
  }
  const options: AnswerOptions = {
    ...(values.lang && isLang(values.lang) ? { lang: values.lang } : {}),
    ...(values.briefing ? { briefingId: values.briefing } : {}),
  };
  // Several briefings, none named and no DEFAULT_BRIEFING: each question goes to the one that fits.
  const routes = !values.briefing && !process.env.DEFAULT_BRIEFING && store.list().length > 1;
  const respond = (question: string): string => {
    if (values.explain) {
      // Routed: how the briefing was chosen, then that briefing's explanation.
      const trace = routes
        ? routeQuestion(engine, store, question, { ...options, now: new Date() })
        : undefined;
      const chosen =
        trace && (trace.decision.kind === "ask" ? trace.decision.briefingIds[0] : trace.decision.briefingId);
      const e = explainQuestion(question, store, chosen ? { ...options, briefingId: chosen } : options);
      const routing = trace ? { decision: trace.decision, evidence: trace.evidence } : undefined;
      if (values.json) return `${JSON.stringify(routing ? { ...e, routing } : e)}\n`;
      return `${routing ? formatRouting(routing) : ""}${formatExplanation(e)}\n`;
    }
    const answer = routes ? routedAnswer(question, store, options) : answerQuestion(question, store, options);
    return values.json ? `${JSON.stringify(answer)}\n` : `${formatAnswer(answer)}\n`;
  };

  if (!values.stdin) {
    await write(respond(positionals.join(" ")));
    return 0;
  }
  // Batch: one answer per input line, in order; a blank line gets an "invalid" answer so
  // that line N of the output always belongs to line N of the input.
  for await (const line of readLines(process.stdin)) await write(respond(line));
  return 0;
}
