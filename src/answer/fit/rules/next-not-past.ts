import type { Fact } from "../../../briefing/types.js";
import { allPacks, languagePack } from "../../../knowledge/packs.js";
import type { QuestionAnalysis } from "../../analyze.js";
import { cueIn } from "../../cue.js";
import type { FitRule } from "../rule.js";
import { aheadOfSources } from "./outcome-not-plan.js";

/** Some language's statement itself speaks of a next occurrence ("the next round", "次回"). */
function speaksOfNext(fact: Fact): boolean {
  return allPacks().some((p) => cueIn(p.time.upcoming, fact.statement[p.lang] ?? ""));
}

/** Whether the question asks a next occurrence: read once per question, not once per fact. */
const asksNext = new WeakMap<QuestionAnalysis, boolean>();
function asksNextOccurrence(q: QuestionAnalysis): boolean {
  let asks = asksNext.get(q);
  if (asks === undefined) {
    asks = cueIn(languagePack(q.lang).time.upcoming, q.question);
    asksNext.set(q, asks);
  }
  return asks;
}

/**
 * "When is the next Japan-Vietnam summit?", "次の首脳会談は？", "hội nghị tiếp theo": the
 * question asks an occurrence after the ones reported (time.yaml `upcoming`). A fact of a past
 * occurrence (the summit held on April 28) does not answer it, nor does a plan of another
 * thing ("will meet Marcos"); one that itself speaks of a next occurrence, sets a deadline, or
 * is dated after its sources may.
 */
export const nextNotPast: FitRule = {
  name: "next-not-past",
  onlyWhileFitting: false,
  check({ q, fact, index }) {
    if (q.wants.includes("yesno")) return undefined;
    if (!asksNextOccurrence(q)) return undefined;
    if (fact.deadline || speaksOfNext(fact) || aheadOfSources(fact, index.briefing)) return undefined;
    return { reasons: [{ key: this.name }], wantMissing: true };
  },
};
