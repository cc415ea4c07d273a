import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { expect } from "vitest";
import { answeredRight } from "../../bench/eval-rules.js";
import type { Answer } from "../../src/answer/types.js";

/**
 * The kept rounds and their baselines, shared by the per-briefing and the routed regression
 * tests: each round, judged as ../shared/eval/score.mjs judges, may not lose right answers nor
 * gain wrong ones against its baseline file.
 */

export interface Case {
  id: string;
  q: string;
  expect: "answer" | "abstain";
  must?: string[][];
}
export interface Tally {
  right: number;
  wrong: number;
  questions: number;
}
export type Outcome = "right" | "wrong" | "missed";

const ROUNDS = new URL("./rounds/", import.meta.url);
/** The day the rounds were last scored: questions of time relative to today read it. */
export const NOW = new Date("2026-12-06T12:00:00Z");

export const roundFiles = readdirSync(ROUNDS)
  .filter((f) => f.endsWith(".jsonl"))
  .sort();

/** The briefing a round was written for: its file name says so (round-usuk-1 → us-uk-2025). */
export function briefingOf(file: string): string {
  const trial = Object.entries(TRIAL_ROUNDS).find(([tag]) => file.includes(tag));
  if (trial) return trial[1];
  return file.includes("usuk") ? "us-uk-2025" : "japan-vietnam-2025";
}

/** The tag in a trial round's file name, and the trial briefing it was written for. */
const TRIAL_ROUNDS: Record<string, string> = { ukeu: "uk-eu-2025", usjp: "us-japan-2025" };

/**
 * Briefings kept for their rounds only, not shipped: a curator's trial of the format
 * (tests/eval/briefings). Their rounds are asked of them alone, never routed.
 */
export const TRIAL_BRIEFINGS_DIR = new URL("./briefings/", import.meta.url).pathname;

/** A round written for a trial briefing (round-ukeu-2 → uk-eu-2025, round-usjp-2 → us-japan-2025). */
export function isTrialRound(file: string): boolean {
  return Object.keys(TRIAL_ROUNDS).some((tag) => file.includes(tag));
}

export function casesOf(file: string): Case[] {
  return readFileSync(new URL(file, ROUNDS), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
}

/** "right", "wrong" (a trap answered, or an answer that misses a group) or "missed" (refused). */
export function judge(c: Case, a: Pick<Answer, "answered" | "text" | "citations">): Outcome {
  if (c.expect === "abstain") return a.answered ? "wrong" : "right";
  if (!a.answered) return "missed";
  return answeredRight(a, c.must) ? "right" : "wrong";
}

/** A baseline file of rounds/ and the checks against it; `UPDATE_ROUND_BASELINE=1` rewrites it. */
export function keptBaseline(file: string) {
  const url = new URL(file, ROUNDS);
  const baseline = JSON.parse(readFileSync(url, "utf8")) as Record<string, Tally>;
  const tallies: Record<string, Tally> = {};
  return {
    /** The rounds it has a tally for; when rewriting it, whichever rounds there are. */
    names: () => (process.env.UPDATE_ROUND_BASELINE ? undefined : Object.keys(baseline).sort()),
    /** Records a round's outcomes and, unless updating, checks them against the baseline. */
    check(round: string, outcomes: { id: string; outcome: Outcome }[]): void {
      const tally: Tally = {
        right: outcomes.filter((o) => o.outcome === "right").length,
        wrong: outcomes.filter((o) => o.outcome === "wrong").length,
        questions: outcomes.length,
      };
      tallies[round] = tally;
      if (process.env.UPDATE_ROUND_BASELINE) return;
      const was = baseline[round]!;
      const wrongIds = outcomes.filter((o) => o.outcome === "wrong").map((o) => o.id);
      expect(tally.questions, `${round}: questions added or removed`).toBe(was.questions);
      expect(tally.right, `${round}: right answers`).toBeGreaterThanOrEqual(was.right);
      expect(tally.wrong, `${round}: wrong answers (${wrongIds.join(", ")})`).toBeLessThanOrEqual(was.wrong);
    },
    write(): void {
      if (process.env.UPDATE_ROUND_BASELINE) writeFileSync(url, `${JSON.stringify(tallies, null, 2)}\n`);
    },
  };
}
