import { allPacks } from "../../../knowledge/packs.js";
import { factTerms } from "../context.js";
import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

/**
 * "How many PhD students are already in Japan (not the new pledge)?", "what did the other two
 * documents cover (not the energy transition and chip R&D ones)?": the question sets a thing
 * aside by a phrase of its own. A fact that states every content word of that phrase is about
 * the thing set aside, not the other one asked for. A pledge, plan or target set aside is not
 * given by a fact that states one in other words ("committed to accept 250", "aims to have 500").
 */
export const setAsideThingNotAnswer: FitRule = {
  name: "set-aside-thing-not-answer",
  onlyWhileFitting: false,
  check({ q, fact, index }) {
    if (q.excludedThings.length === 0) return undefined;
    if (q.excludedPromise && allPacks().some((p) => p.promises?.test(fact.statement[p.lang])))
      return { reasons: [{ key: "set-aside-thing-not-answer.promise" }] };
    const have = factTerms(fact, index);
    const stated = q.excludedThings.filter((words) => words.every((terms) => terms.some((t) => have.has(t))));
    return rejectIf(stated.map(() => ({ key: this.name })));
  },
};
