import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { briefingsDir, displayPath, formatIssueFor, sourcesFallbackDir } from "../briefing/env.js";
import { readBriefingsAt } from "../briefing/load.js";
import { unusedEntries } from "../briefing/lookup.js";
import { BriefbotError, type BriefingIssue } from "../errors.js";
import { parseCommandArgs, UsageError } from "./briefing-args.js";

export const USAGE = "usage: briefbot check [DIR] [--sources DIR] [--strict]";

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function byPosition(a: BriefingIssue, b: BriefingIssue): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.col - b.col;
}

type Reading = ReturnType<typeof readBriefingsAt>;

function summary(reading: Reading): string {
  const b = reading.briefings;
  const count = (pick: (x: (typeof b)[number]) => unknown[]) => b.reduce((n, x) => n + pick(x).length, 0);
  const counts = [
    plural(b.length, "briefing"),
    plural(
      count((x) => x.facts),
      "fact",
    ),
    plural(
      count((x) => x.sources),
      "source",
    ),
    plural(
      count((x) => x.topics),
      "topic",
    ),
    plural(
      count((x) => x.entities),
      "entity",
      "entities",
    ),
  ];
  const verified = reading.readings.reduce((n, r) => n + r.quotes.verified, 0);
  const skipped = reading.readings.reduce((n, r) => n + r.quotes.skipped, 0);
  const dirs = [
    ...new Set(reading.readings.flatMap((r) => (r.quotes.sourcesDir ? [r.quotes.sourcesDir] : []))),
  ];
  const quotes =
    dirs.length > 0
      ? `${plural(verified, "quote")} verified in ${dirs.map((d) => displayPath(d)).join(", ")}${skipped ? ` (${skipped} citing context sources, not checked)` : ""}`
      : "quotes not verified (add --sources DIR)";
  const lines = [`ok: ${counts.join(", ")}; ${quotes}`];
  for (const x of b) {
    lines.push(`  ${x.id} (${displayPath(x.dir)}): ${plural(x.facts.length, "fact")}, version ${x.version}`);
    const quotes = reading.readings.find((r) => r.briefing === x)?.quotes;
    if (!quotes?.sourcesDir)
      lines.push(
        "  note: quotes not verified: no source texts (set sourcesDir: in briefing.yaml, BRIEFING_SOURCES_DIR, or check --sources DIR)",
      );
    else if (quotes.withoutText?.length)
      lines.push(
        `  note: quotes not verified for sources without a text (name one with file: under ${displayPath(quotes.sourcesDir)}): ${quotes.withoutText.join(", ")}`,
      );
    for (const s of x.sources) {
      if (s.publishedInferred)
        lines.push(
          `  note: source ${s.id}: published ${s.published} is inferred (the source prints no date)`,
        );
    }
    for (const [kind, ids] of Object.entries(unusedEntries(x))) {
      if (ids.length > 0) lines.push(`  note: ${kind} that no fact uses: ${ids.join(", ")}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `briefbot check [DIR] [--sources DIR] [--strict]`: validates every briefing under DIR (a
 * briefings root or one briefing folder; default BRIEFINGS_DIR or the shipped briefings),
 * checks quotes against the source texts (--sources, the briefing's `sourcesDir`, or
 * BRIEFING_SOURCES_DIR), and lints entity names. Errors and warnings go to stderr as
 * `file:line:col: [warning: ]message`; exit 1 on an error (or, with --strict, a warning), 2
 * on bad arguments.
 */
export async function run(args: string[]): Promise<number> {
  let values: { sources?: string | undefined; strict?: boolean | undefined; help?: boolean | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseCommandArgs(
      args,
      { sources: { type: "string" }, strict: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      true,
    ));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`briefbot check: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write(`briefbot check: expected at most one DIR, got ${positionals.length}\n${USAGE}\n`);
    return 2;
  }
  const sourcesDir = values.sources === undefined ? undefined : resolve(values.sources);
  if (sourcesDir !== undefined && (!existsSync(sourcesDir) || !statSync(sourcesDir).isDirectory())) {
    process.stderr.write(`briefbot check: --sources: no such folder: ${values.sources}\n`);
    return 2;
  }
  const target = positionals[0] ? resolve(positionals[0]) : briefingsDir();

  let reading: Reading;
  try {
    reading = readBriefingsAt(target, {
      sourcesOverride: sourcesDir,
      sourcesFallback: sourcesFallbackDir(),
      lint: true,
    });
  } catch (error) {
    if (!(error instanceof BriefbotError)) throw error;
    process.stderr.write(`briefbot check: ${error.message}\n`);
    return 1;
  }
  const { issues, warnings } = reading;
  for (const issue of [...issues, ...warnings].sort(byPosition)) {
    process.stderr.write(`${formatIssueFor(issue)}\n`);
  }
  const failed = issues.length > 0 || (values.strict === true && warnings.length > 0);
  if (failed) {
    const parts = [
      plural(issues.length, "problem"),
      ...(warnings.length > 0 ? [plural(warnings.length, "warning")] : []),
    ];
    const strict = values.strict && warnings.length > 0 ? " (--strict: warnings fail)" : "";
    process.stderr.write(`briefbot check: ${parts.join(", ")} in ${displayPath(target)}${strict}\n`);
    return 1;
  }
  if (warnings.length > 0) {
    process.stderr.write(`briefbot check: ${plural(warnings.length, "warning")} (--strict fails on them)\n`);
  }
  process.stdout.write(summary(reading));
  return 0;
}
