import { type CliIo, processIo, runStateReport, type StateReport, textTable } from "../state/cli-open.js";
import type { GapRow } from "../state/types.js";

export const USAGE = "usage: briefbot gaps [--json] [--limit N] [--below CONFIDENCE]";

function parseNumber(
  flag: string,
  value: string | undefined,
  check: (n: number) => boolean,
  expected: string,
) {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || !check(n)) {
    throw new Error(`--${flag} must be ${expected}, got "${value}"`);
  }
  return n;
}

const gapsReport: StateReport<{ limit?: number; lowConfidenceBelow?: number }, GapRow> = {
  command: "gaps",
  usage: USAGE,
  flags: ["limit", "below"],
  parseFlags(values) {
    const limit = parseNumber(
      "limit",
      values.limit,
      (n) => Number.isInteger(n) && n >= 1 && n <= 10_000,
      "a whole number from 1 to 10000",
    );
    const below = parseNumber("below", values.below, (n) => n >= 0 && n <= 1, "a confidence between 0 and 1");
    return {
      ...(limit !== undefined ? { limit } : {}),
      ...(below !== undefined ? { lowConfidenceBelow: below } : {}),
    };
  },
  noState: (reason) => `No gaps recorded (${reason}).`,
  read: (store, options) => store.questions.gaps(options),
  noRows: "No gaps: nothing went unanswered, nothing was answered with low confidence or marked not helpful.",
  text(gaps) {
    const rows = gaps.map((g) => [
      g.kind,
      String(g.count),
      g.lastAsked.toISOString().slice(0, 16).replace("T", " "),
      g.factIds.length > 0 ? g.factIds.join(",") : "-",
      g.question,
    ]);
    return textTable(["KIND", "COUNT", "LAST ASKED (UTC)", "FACTS", "QUESTION"], rows);
  },
};

/**
 * `briefbot gaps`: the curators' to-do list. Unanswered questions, answers given with low
 * confidence (below --below, default 0.5) and answers people marked "not helpful", grouped by
 * the normalised question, counted, newest first. Exit 0, 1 when the state cannot be opened,
 * 2 on bad flags.
 */
export function run(args: string[], io: CliIo = processIo): Promise<number> {
  return runStateReport(gapsReport, args, io);
}
