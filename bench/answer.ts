/**
 * Answer engine benchmark: latency p50/p99 in process after warm-up on the shipped briefing
 * and on synthetic briefings of 1k, 10k and 100k facts; index build time and RSS at each size;
 * cold start of `briefbot ask` to first answer; and, side by side, a plain MiniSearch top-1
 * over the same facts (latency, build, and its dev-set score when ../shared/eval exists).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import MiniSearch from "minisearch";
import { answerQuestion, calibrationDerive } from "../src/answer/index.js";
import { buildIndex, indexFor, PARALLEL_FROM } from "../src/answer/index-build.js";
import { detectLang } from "../src/answer/language.js";
import type { Answer } from "../src/answer/types.js";
import { briefingStoreOf, createBriefingStore } from "../src/briefing/store.js";
import type { Briefing } from "../src/briefing/types.js";
import { answeredRight } from "./eval-rules.js";
import { generateBriefing, syntheticQuestions } from "./generate-briefing.js";
import { type BenchTable, ms, percentile } from "./types.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const BRIEFINGS = `${REPO}briefings`;
const DEV = `${REPO}../shared/eval/dev.jsonl`;
const NOW = new Date("2026-01-01");
/** Warm-up before the shipped briefing's steady-state latency: passes over its question set. */
const SHIPPED_WARMUP_PASSES = 30;

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
const rssMb = () => process.memoryUsage().rss / 2 ** 20;

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}

function latencies(
  questions: readonly string[],
  answer: (q: string) => unknown,
  warmup: number,
  runs: number,
): number[] {
  for (let i = 0; i < warmup; i++) answer(questions[i % questions.length]!);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const q = questions[i % questions.length]!;
    const t0 = performance.now();
    answer(q);
    out.push(performance.now() - t0);
  }
  return out;
}

/** The plain baseline a user would wire up: MiniSearch over every rendering, top hit wins. */
function baseline(briefing: Briefing): MiniSearch {
  const mini = new MiniSearch({
    fields: ["en", "ja", "vi", "qen", "qja", "qvi"],
    idField: "id",
    searchOptions: { fuzzy: 0.2, prefix: true, boost: { en: 2, ja: 2, vi: 2 } },
  });
  mini.addAll(
    briefing.facts.map((f) => ({
      id: f.id,
      en: f.statement.en,
      ja: f.statement.ja,
      vi: f.statement.vi,
      qen: f.questions.en.join(" "),
      qja: f.questions.ja.join(" "),
      qvi: f.questions.vi.join(" "),
    })),
  );
  return mini;
}

function baselineAnswer(
  mini: MiniSearch,
  briefing: Briefing,
  q: string,
): Pick<Answer, "answered" | "text" | "citations"> {
  const hit = mini.search(q)[0];
  const fact = hit ? briefing.byId.fact.get(String(hit.id)) : undefined;
  if (!fact) return { answered: false, text: "", citations: [] };
  const source = briefing.byId.source.get(fact.citations[0]?.source ?? "");
  return {
    answered: true,
    text: fact.statement[detectLang(q)],
    citations: source
      ? [
          {
            sourceId: source.id,
            publisher: source.publisher,
            title: source.title,
            url: source.url,
            published: source.published,
            quote: "",
          },
        ]
      : [],
  };
}

interface EvalCase {
  q: string;
  expect: "answer" | "abstain";
  must?: string[][];
}
function score(
  cases: EvalCase[],
  answer: (q: string) => Pick<Answer, "answered" | "text" | "citations">,
): number {
  let ok = 0;
  for (const c of cases) {
    const a = answer(c.q);
    if (c.expect === "abstain") ok += a.answered ? 0 : 1;
    else ok += answeredRight(a, c.must) ? 1 : 0;
  }
  return (100 * ok) / cases.length;
}

function readCases(path: string): EvalCase[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalCase);
}

/**
 * Cold starts, one after another. The first reads the YAML and fills the compiled-briefing
 * cache (emptied before it); the rest read the cache, as every start does until a briefing
 * file changes.
 */
function coldStart(runs: number): number[] {
  rmSync(`${REPO}node_modules/.cache/briefbot`, { recursive: true, force: true });
  const dist = `${REPO}dist/cli/main.js`;
  const main = existsSync(dist) ? dist : `${REPO}.bench-build/src/cli/main.js`;
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [main, "ask", "--json", "How many Vietnamese live in Japan?"], {
      env: { ...process.env, BRIEFINGS_DIR: BRIEFINGS },
      encoding: "utf8",
    });
    out.push(performance.now() - t0);
    if (r.status !== 0 || !r.stdout.includes('"answered":true'))
      throw new Error(`cold start run failed: ${r.stderr}`);
  }
  return out;
}

interface SyntheticResult {
  row: (string | number)[];
  /** p99 over MiniSearch's p99. */
  ratio: number;
}

/** One synthetic size, measured in this process (the child run by syntheticInChild). */
async function syntheticRow(size: number): Promise<SyntheticResult> {
  let briefing: Briefing | undefined = generateBriefing(size, 42);
  const questions = syntheticQuestions(briefing, 500);
  // The calibration model, fitted as when a briefing is compiled (on at most 300 facts of it).
  const [derived, fit] = time(() => calibrationDerive.of(briefing!));
  briefing = { ...briefing, derived };
  gc();
  const [index, firstBuild] = time(() => indexFor(briefing!));
  // Steady-state RSS: after a GC, and a moment for the freed buffers (and a worker thread) to go.
  gc();
  await new Promise((resolve) => setTimeout(resolve, 250));
  gc();
  const rss = rssMb();
  // Build time: the median of three builds (the machine is shared; one run can be slow).
  const builds = [firstBuild];
  for (let i = 0; i < 2; i++) builds.push(time(() => buildIndex(briefing!))[1]);
  gc();
  const build = percentile(builds, 50);
  const synthStore = briefingStoreOf([briefing]);
  // Fewer runs at 100k: MiniSearch's fuzzy search takes long there, and the run stays bounded.
  const runs = size >= 100_000 ? 300 : 1000;
  const lat = latencies(questions, (q) => answerQuestion(q, synthStore, { now: NOW }), 100, runs);
  const [mini, miniBuild] = time(() => baseline(briefing!));
  const base = latencies(questions, (q) => mini.search(q)[0], 50, runs);
  briefing = undefined;
  return {
    ratio: percentile(lat, 99) / percentile(base, 99),
    row: [
      `synthetic ${size.toLocaleString("en-US")}`,
      ms(percentile(lat, 50)),
      ms(percentile(lat, 99)),
      `${ms(build, 0)}${index.buildThreads > 1 ? ` (${index.buildThreads} threads)` : ""}`,
      ms(fit, 0),
      rss.toFixed(0),
      ms(percentile(base, 50)),
      ms(percentile(base, 99)),
      ms(miniBuild, 0),
    ],
  };
}

const CHILD_FLAG = "--synthetic-size";

/** Runs syntheticRow(size) in a fresh `node --expose-gc` process and reads its JSON result. */
function syntheticInChild(size: number): SyntheticResult {
  const r = spawnSync(
    process.execPath,
    ["--expose-gc", fileURLToPath(import.meta.url), CHILD_FLAG, String(size)],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  if (r.status !== 0) throw new Error(`synthetic ${size} run failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as SyntheticResult;
}

// Child mode: `node --expose-gc .bench-build/bench/answer.js --synthetic-size N`.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === CHILD_FLAG) {
  process.stdout.write(JSON.stringify(await syntheticRow(Number(process.argv[3]))));
}

export async function bench(): Promise<BenchTable[]> {
  const rows: (string | number)[][] = [];
  const notes: string[] = [];

  // Shipped briefing.
  const loaded = createBriefingStore(BRIEFINGS).get()!;
  const [derived, shippedFit] = time(() => calibrationDerive.of(loaded));
  const store = briefingStoreOf([{ ...loaded, derived }]);
  const shipped = store.get()!;
  const ownCases = readCases(`${REPO}tests/answer/questions.jsonl`);
  const shippedQuestions = ownCases.map((c) => c.q);
  const [, shippedBuild] = time(() => indexFor(shipped));
  const answerShipped = (q: string) => answerQuestion(q, store, { now: NOW });
  // The first answers after a start run while V8 still optimises the answering code (a few
  // thousand answers); they are reported apart, and the steady state after a longer warm-up.
  const early = latencies(shippedQuestions, answerShipped, 0, 3000);
  const warmup = SHIPPED_WARMUP_PASSES * shippedQuestions.length;
  const ours = latencies(shippedQuestions, answerShipped, warmup, 3000);
  const [miniShipped, miniShippedBuild] = time(() => baseline(shipped));
  const theirs = latencies(shippedQuestions, (q) => miniShipped.search(q)[0], warmup, 3000);
  gc();
  rows.push([
    `shipped (${shipped.facts.length} facts)`,
    ms(percentile(ours, 50)),
    ms(percentile(ours, 99)),
    ms(shippedBuild, 1),
    ms(shippedFit, 0),
    rssMb().toFixed(0),
    ms(percentile(theirs, 50)),
    ms(percentile(theirs, 99)),
    ms(miniShippedBuild, 1),
  ]);

  // Synthetic sizes, each in a fresh process: RSS then counts that briefing and its index, not
  // what earlier sizes and MiniSearch indexes left mapped (V8 and malloc keep freed pages).
  let ratio10k = Number.NaN;
  for (const size of [1_000, 10_000, 100_000]) {
    const result = syntheticInChild(size);
    if (size === 10_000) ratio10k = result.ratio;
    rows.push(result.row);
  }

  const cold = coldStart(7);
  const tables: BenchTable[] = [
    {
      title: "Answer engine: latency, index build and memory (briefbot vs plain MiniSearch top-1)",
      columns: [
        "briefing",
        "p50 ms",
        "p99 ms",
        "index build ms",
        "calibration fit ms",
        "RSS MB after build",
        "MiniSearch p50 ms",
        "MiniSearch p99 ms",
        "MiniSearch build ms",
      ],
      rows,
      notes: [
        `Latency: answerQuestion in process after warm-up (shipped: our question set of ${shippedQuestions.length}, 3,000 runs after ${SHIPPED_WARMUP_PASSES} warm-up passes over it; synthetic: 1,000 runs, 300 at 100k, over alternates, ja/vi questions, statement prefixes and traps). MiniSearch: \`search(q)[0]\` with { fuzzy: 0.2, prefix: true }.`,
        "RSS is the whole process after the first build, a GC and 250 ms, briefing objects included; each synthetic size runs in its own process. Synthetic briefings: bench/generate-briefing.ts, seed 42.",
        `Index build: synthetic sizes, the median of three builds. From ${PARALLEL_FROM.toLocaleString("en-US")} facts a worker thread collects the terms of half the facts, sent to it in runs as it starts, while the calling thread does the other half (2 cores here).`,
        `Shipped briefing, the first 3,000 answers after the index build (V8 still optimising): p50 ${ms(percentile(early, 50))} ms, p99 ${ms(percentile(early, 99))} ms.`,
        `p99 at 10k facts is ${ratio10k.toFixed(2)}× MiniSearch top-1's (target ≤ 1.5×; briefbot also runs entity/role recognition, the fit check and composition).`,
        "Calibration fit: the model of src/answer/calibration fitted as when the briefing is compiled (4 held-out folds, each an index without a quarter of the alternates; at most 300 facts, 120 alternates), once, saved with the compiled briefing.",
        "Targets: p99 ≤ 2 ms shipped, ≤ 20 ms at 100k; build 100k ≤ 3,000 ms; RSS ≤ 400 MB at 100k.",
        ...notes,
      ],
    },
    {
      title: "Cold start: `briefbot ask --json QUESTION` to first answer (process spawn to exit)",
      columns: ["runs", "median ms", "max ms", "first run (no briefing cache) ms", "target ms"],
      rows: [[cold.length, ms(percentile(cold, 50), 0), ms(Math.max(...cold), 0), ms(cold[0]!, 0), 500]],
      notes: [
        "The first run reads and validates the YAML and saves the briefings to node_modules/.cache/briefbot; later runs read that (src/briefing/compiled-cache.ts) until a briefing file changes.",
      ],
    },
  ];

  const scoreRows: (string | number)[][] = [];
  const sets: [string, string][] = [
    ["own question set (tests/answer/questions.jsonl)", `${REPO}tests/answer/questions.jsonl`],
  ];
  if (existsSync(DEV)) sets.unshift(["dev set (../shared/eval/dev.jsonl)", DEV]);
  for (const [label, path] of sets) {
    const cases = readCases(path);
    scoreRows.push([
      label,
      cases.length,
      `${score(cases, (q) => answerQuestion(q, store, { now: NOW })).toFixed(1)}%`,
      `${score(cases, (q) => baselineAnswer(miniShipped, shipped, q)).toFixed(1)}%`,
    ]);
  }
  tables.push({
    title: "Answer quality: briefbot vs plain MiniSearch top-1 (same facts, same scoring rules as score.mjs)",
    columns: ["question set", "questions", "briefbot", "MiniSearch top-1"],
    rows: scoreRows,
    notes: existsSync(DEV) ? [] : ["../shared/eval/dev.jsonl not found: dev-set row skipped."],
  });
  return tables;
}
