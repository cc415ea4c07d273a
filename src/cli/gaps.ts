import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { draftGaps, type GapGroup, groupGaps } from "../answer/gaps.js";
import { briefingsDir, displayPath } from "../briefing/env.js";
import { openBriefingStore } from "../briefing/open.js";
import {
  type CliIo,
  openStateForReport,
  printable,
  processIo,
  runStateReport,
  type StateReport,
  textTable,
} from "../state/cli-open.js";

export const USAGE =
  "usage: briefbot gaps [--json] [--limit N] [--below CONFIDENCE]\n       briefbot gaps --draft [--out FILE] [--briefing ID] [--limit N] [--below CONFIDENCE]";

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

type GapFlags = { limit?: number; lowConfidenceBelow?: number };

function parseGapFlags(values: Record<string, string | undefined>): GapFlags {
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
}

const gapsReport: StateReport<GapFlags, GapGroup> = {
  command: "gaps",
  usage: USAGE,
  flags: ["limit", "below"],
  parseFlags: parseGapFlags,
  noState: (reason) => `No gaps recorded (${reason}).`,
  read: async (store, options) => groupGaps(await store.questions.gaps(options)),
  noRows: "No gaps: nothing went unanswered, nothing was answered with low confidence or marked not helpful.",
  text(groups) {
    const rows = groups.map((g) => [
      g.kinds.join(","),
      String(g.count),
      g.lastAsked.toISOString().slice(0, 16).replace("T", " "),
      g.factIds.length > 0 ? g.factIds.join(",") : "-",
      g.question,
    ]);
    const table = textTable(["KIND", "COUNT", "LAST ASKED (UTC)", "FACTS", "QUESTION"], rows).split("\n");
    // Under each group, the similar questions it holds.
    const lines = [table[0] ?? ""];
    groups.forEach((g, i) => {
      lines.push(table[i + 1] ?? "");
      const others = g.questions.slice(1).map((q) => `${printable(q.question)} (${q.count})`);
      if (others.length > 0) lines.push(`    similar: ${others.join("; ")}`);
    });
    return lines.join("\n");
  },
};

const DRAFT_HEADER = `# briefbot gaps --draft: a proposed change, not applied. For each fact, review the questions
# under add:, copy those you accept into the fact's questions: list (in the file at at:), and
# open a pull request. newFactRequests are questions no fact is close to: a curator decides
# whether the sources support a new fact.
`;

/** `gaps --draft`: the grouped gaps as a YAML change for review, on stdout or in --out FILE. */
async function draft(args: string[], io: CliIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  let flags: GapFlags;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        draft: { type: "boolean" },
        out: { type: "string" },
        briefing: { type: "string" },
        limit: { type: "string" },
        below: { type: "string" },
      },
    }));
    flags = parseGapFlags({
      limit: values.limit as string | undefined,
      below: values.below as string | undefined,
    });
  } catch (error) {
    io.stderr.write(`briefbot gaps: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const opened = await openStateForReport(io.env);
  if ("error" in opened) {
    io.stderr.write(`briefbot gaps: ${opened.error}\n`);
    return 1;
  }
  let groups: GapGroup[] = [];
  if ("store" in opened) {
    try {
      groups = groupGaps(await opened.store.questions.gaps(flags));
    } finally {
      await opened.store.close();
    }
  }
  const root = briefingsDir(io.env);
  const store = await openBriefingStore(root);
  const briefingId = values.briefing as string | undefined;
  if (briefingId !== undefined && !store.get(briefingId)) {
    io.stderr.write(`briefbot gaps: --briefing: no briefing "${briefingId}" in ${displayPath(root)}\n`);
    return 2;
  }
  const text = `${DRAFT_HEADER}${stringify(draftGaps(groups, store, briefingId), { lineWidth: 100 })}`;
  const out = values.out as string | undefined;
  if (out) {
    writeFileSync(out, text);
    io.stdout.write(
      `wrote ${displayPath(out)}: ${groups.length} gap group${groups.length === 1 ? "" : "s"}\n`,
    );
  } else io.stdout.write(text);
  return 0;
}

/**
 * `briefbot gaps`: the curators' to-do list. Unanswered questions, answers given with low
 * confidence (below --below, default 0.5) and answers people marked "not helpful", grouped by
 * similarity (the engine's terms), counted, most asked first. `--draft` writes the groups as a
 * YAML change adding them as alternate questions to their closest facts. Exit 0, 1 when the
 * state cannot be opened, 2 on bad flags.
 */
export function run(args: string[], io: CliIo = processIo): Promise<number> {
  if (args.includes("--draft")) return draft(args, io);
  return runStateReport(gapsReport, args, io);
}
