import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { answeredRight } from "../../bench/eval-rules.js";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { BriefingStore } from "../../src/briefing/types.js";

/**
 * The fresh rounds, kept as regression sets once their first-seen score was reported: each
 * round, judged as ../shared/eval/score.mjs judges, may not lose right answers nor gain wrong
 * ones against rounds/baseline.json. The baseline is what the engine scored when it was last
 * raised; never quote it as a result (the first-seen score is the figure). After a change that
 * improves a round, `UPDATE_ROUND_BASELINE=1 npx vitest run tests/eval/rounds.test.ts` raises it.
 */

interface Case {
  id: string;
  q: string;
  expect: "answer" | "abstain";
  must?: string[][];
}
interface Tally {
  right: number;
  wrong: number;
  questions: number;
}

const ROUNDS = new URL("./rounds/", import.meta.url);
const BASELINE = new URL("./rounds/baseline.json", import.meta.url);
/** The day the rounds were last scored: questions of time relative to today read it. */
const NOW = new Date("2026-12-06T12:00:00Z");

const files = readdirSync(ROUNDS)
  .filter((f) => f.endsWith(".jsonl"))
  .sort();
const baseline = JSON.parse(readFileSync(BASELINE, "utf8")) as Record<string, Tally>;

/** The briefing a round was written for: its file name says so (round-usuk-1 → us-uk-2025). */
function briefingOf(file: string): string {
  return file.includes("usuk") ? "us-uk-2025" : "japan-vietnam-2025";
}

function casesOf(file: string): Case[] {
  return readFileSync(new URL(file, ROUNDS), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
}

/** "right", "wrong" (a trap answered, or an answer that misses a group) or "missed" (refused). */
function judge(c: Case, store: BriefingStore, briefingId: string): "right" | "wrong" | "missed" {
  const a = answerQuestion(c.q, store, { now: NOW, briefingId });
  if (c.expect === "abstain") return a.answered ? "wrong" : "right";
  if (!a.answered) return "missed";
  return answeredRight(a, c.must) ? "right" : "wrong";
}

let store: BriefingStore;
beforeAll(() => {
  store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
});

describe("kept rounds do not regress", () => {
  const tallies: Record<string, Tally> = {};
  it("has a baseline for every round", () => {
    expect(Object.keys(baseline).sort()).toEqual(files.map((f) => f.replace(/\.jsonl$/, "")));
  });
  it.each(files)("%s", (file) => {
    const name = file.replace(/\.jsonl$/, "");
    const cases = casesOf(file);
    const outcomes = cases.map((c) => ({ id: c.id, outcome: judge(c, store, briefingOf(file)) }));
    const tally: Tally = {
      right: outcomes.filter((o) => o.outcome === "right").length,
      wrong: outcomes.filter((o) => o.outcome === "wrong").length,
      questions: cases.length,
    };
    tallies[name] = tally;
    if (process.env.UPDATE_ROUND_BASELINE) return;
    const was = baseline[name]!;
    const wrongIds = outcomes.filter((o) => o.outcome === "wrong").map((o) => o.id);
    expect(tally.questions, `${name}: questions added or removed`).toBe(was.questions);
    expect(tally.right, `${name}: right answers`).toBeGreaterThanOrEqual(was.right);
    expect(tally.wrong, `${name}: wrong answers (${wrongIds.join(", ")})`).toBeLessThanOrEqual(was.wrong);
  });
  it("writes the baseline when asked", () => {
    if (process.env.UPDATE_ROUND_BASELINE) writeFileSync(BASELINE, `${JSON.stringify(tallies, null, 2)}\n`);
  });
});
