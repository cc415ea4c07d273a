import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { briefingsDir, displayPath, formatIssueFor } from "../briefing/env.js";
import { readBriefingsAt } from "../briefing/load.js";
import { unusedEntries } from "../briefing/lookup.js";
import { verifyQuotes } from "../briefing/quotes.js";
import { BriefbotError, type BriefingIssue } from "../errors.js";
import { parseCommandArgs, UsageError } from "./briefing-args.js";

export const USAGE = "usage: briefbot check [DIR] [--sources DIR]";

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/**
 * `briefbot check [DIR] [--sources DIR]`: validates every briefing under DIR (a briefings
 * root or one briefing folder; default BRIEFINGS_DIR or the shipped briefings) and, with
 * --sources, that every quote occurs in its source text. Problems go to stderr as
 * `file:line:col: message`; exit 1 on any problem, 2 on bad arguments.
 */
export async function run(args: string[]): Promise<number> {
  let values: { sources?: string | undefined; help?: boolean | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseCommandArgs(
      args,
      { sources: { type: "string" }, help: { type: "boolean", short: "h" } },
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

  let reading: ReturnType<typeof readBriefingsAt>;
  try {
    reading = readBriefingsAt(target);
  } catch (error) {
    if (!(error instanceof BriefbotError)) throw error;
    process.stderr.write(`briefbot check: ${error.message}\n`);
    return 1;
  }
  const issues: BriefingIssue[] = [...reading.issues];
  let verified = 0;
  let skipped = 0;
  if (sourcesDir) {
    for (const briefing of reading.briefings) {
      const report = verifyQuotes(briefing, sourcesDir);
      verified += report.verified;
      skipped += report.skipped;
      issues.push(...report.issues);
    }
  }

  if (issues.length > 0) {
    for (const issue of issues) process.stderr.write(`${formatIssueFor(issue)}\n`);
    process.stderr.write(`briefbot check: ${plural(issues.length, "problem")} in ${displayPath(target)}\n`);
    return 1;
  }
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
  const quotes = sourcesDir
    ? `${plural(verified, "quote")} verified in ${displayPath(sourcesDir)}${skipped ? ` (${skipped} citing context sources, not checked)` : ""}`
    : "quotes not verified (add --sources DIR)";
  process.stdout.write(`ok: ${counts.join(", ")}; ${quotes}\n`);
  for (const x of b) {
    process.stdout.write(
      `  ${x.id} (${displayPath(x.dir)}): ${plural(x.facts.length, "fact")}, version ${x.version}\n`,
    );
    for (const [kind, ids] of Object.entries(unusedEntries(x))) {
      if (ids.length > 0) process.stdout.write(`  note: ${kind} that no fact uses: ${ids.join(", ")}\n`);
    }
  }
  return 0;
}
