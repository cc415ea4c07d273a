import { allPacks } from "../../../knowledge/packs.js";
import type { FitRule } from "../rule.js";

/** "What came of the Marcos meeting?": a fact that it was planned says nothing of its outcome. */
export const outcomeNotPlan: FitRule = {
  name: "outcome-not-plan",
  onlyWhileFitting: true,
  check({ q, fact }) {
    if (!q.asksOutcome) return undefined;
    if (!allPacks().some((p) => p.planned?.test(fact.statement[p.lang]))) return undefined;
    return { reasons: [{ key: this.name }] };
  },
};
