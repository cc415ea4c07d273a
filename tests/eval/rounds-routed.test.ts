import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion, explainQuestion, suggestQuestions } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { BriefingStore } from "../../src/briefing/types.js";
import { routeQuestion } from "../../src/commands/route.js";
import { casesOf, isTrialRound, judge, keptBaseline, NOW, roundFiles } from "./kept-rounds.js";

/**
 * The kept rounds asked as a DM or an unbound channel asks them: with no briefing named, each
 * question routed among the shipped briefings (src/commands/route.ts). "Which briefing?"
 * counts as a refusal. Each round may not lose right answers nor gain wrong ones against
 * rounds/baseline-routed.json; `UPDATE_ROUND_BASELINE=1 npx vitest run tests/eval/rounds-routed.test.ts`
 * raises it. The gap to rounds/baseline.json is what routing costs.
 */

const engine = { answerQuestion, explainQuestion, suggestQuestions };
const baseline = keptBaseline("baseline-routed.json");
let store: BriefingStore;
beforeAll(() => {
  store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
});

const refused = { answered: false, text: "", citations: [] };
/** Rounds of the shipped briefings: a trial briefing's rounds are not routed among them. */
const shippedRounds = roundFiles.filter((f) => !isTrialRound(f));

describe("kept rounds, routed, do not regress", () => {
  it("has a baseline for every round", () => {
    const names = baseline.names();
    if (names) expect(names).toEqual(shippedRounds.map((f) => f.replace(/\.jsonl$/, "")));
  });
  it.each(shippedRounds)("%s", (file) => {
    const outcomes = casesOf(file).map((c) => {
      const routed = routeQuestion(engine, store, c.q, { now: NOW });
      return { id: c.id, outcome: judge(c, "answer" in routed ? routed.answer : refused) };
    });
    baseline.check(file.replace(/\.jsonl$/, ""), outcomes);
  });
  it("writes the baseline when asked", () => baseline.write());
});
