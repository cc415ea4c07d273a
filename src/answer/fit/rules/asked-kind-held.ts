import { factHolds, HARD_WANTS } from "../../question-intent.js";
import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

/**
 * The kind of answer asked for is in the fact: a number for "how many", a date for "when", a
 * person beyond those named for "who" ("which Chinese leader…": the one named by office is the
 * one asked for).
 */
export const askedKindHeld: FitRule = {
  name: "asked-kind-held",
  onlyWhileFitting: false,
  check({ q, fact, personIds }) {
    const reasons = q.wants
      .filter((want) => {
        const named = want === "person" ? q.entityIdsForPerson : q.entityIds;
        return HARD_WANTS.has(want) && !factHolds(fact, want, named, personIds, q.numberKind);
      })
      .map((want) => ({ key: this.name, args: { want } }));
    return rejectIf(reasons, { wantMissing: true });
  },
};
