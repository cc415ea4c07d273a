import { parseArgs } from "node:util";
import { openStateForReport, textTable } from "../state/cli-open.js";
import type { CliIo } from "./subscriptions.js";

const USAGE = "usage: briefbot gaps [--json] [--limit N] [--below CONFIDENCE]";
const processIo: CliIo = { env: process.env, stdout: process.stdout, stderr: process.stderr };

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

/**
 * `briefbot gaps`: the curators' to-do list. Unanswered questions, answers given with low
 * confidence (below --below, default 0.5) and answers people marked "not helpful", grouped by
 * the normalised question, counted, newest first. Exit 0, 1 when the state cannot be opened,
 * 2 on bad flags.
 */
export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  let json: boolean;
  let options: { limit?: number; lowConfidenceBelow?: number };
  try {
    const { values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        json: { type: "boolean" },
        limit: { type: "string" },
        below: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    json = values.json ?? false;
    const limit = parseNumber(
      "limit",
      values.limit,
      (n) => Number.isInteger(n) && n >= 1 && n <= 10_000,
      "a whole number from 1 to 10000",
    );
    const below = parseNumber("below", values.below, (n) => n >= 0 && n <= 1, "a confidence between 0 and 1");
    options = {
      ...(limit !== undefined ? { limit } : {}),
      ...(below !== undefined ? { lowConfidenceBelow: below } : {}),
    };
  } catch (error) {
    io.stderr.write(`briefbot gaps: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }

  const opened = await openStateForReport(io.env);
  if ("error" in opened) {
    io.stderr.write(`briefbot gaps: ${opened.error}\n`);
    return 1;
  }
  if ("empty" in opened) {
    io.stdout.write(json ? "[]\n" : `No gaps recorded (${opened.empty}).\n`);
    return 0;
  }
  const { store } = opened;
  try {
    const gaps = await store.questions.gaps(options);
    if (json) {
      io.stdout.write(`${JSON.stringify(gaps, null, 2)}\n`);
      return 0;
    }
    if (gaps.length === 0) {
      io.stdout.write(
        "No gaps: nothing went unanswered, nothing was answered with low confidence or marked not helpful.\n",
      );
      return 0;
    }
    const rows = gaps.map((g) => [
      g.kind,
      String(g.count),
      g.lastAsked.toISOString().slice(0, 16).replace("T", " "),
      g.factIds.length > 0 ? g.factIds.join(",") : "-",
      g.question,
    ]);
    io.stdout.write(`${textTable(["KIND", "COUNT", "LAST ASKED (UTC)", "FACTS", "QUESTION"], rows)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
