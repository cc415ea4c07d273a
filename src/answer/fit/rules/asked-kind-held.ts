import { factHolds, HARD_WANTS, type Want } from "../../question-intent.js";
import type { FitRule, Reason } from "../rule.js";
import { rejectIf } from "../rule.js";

/**
 * The kind of answer asked for is in the fact: a number for "how many" (in the unit asked:
 * "how many workers" is not answered in litres), a date for "when", a person beyond those named
 * for "who" ("which Chinese leader…": the one named by office is the one asked for).
 */
export const askedKindHeld: FitRule = {
  name: "asked-kind-held",
  onlyWhileFitting: false,
  check({ q, fact, personIds }) {
    const holds = (want: Want) => {
      const named = want === "person" ? q.entityIdsForPerson : q.entityIds;
      return factHolds(fact, want, named, personIds, q.numberKind, q.numberUnits);
    };
    // "付き合いは何年ですか": a year or a number of years, whichever the fact holds.
    const either = q.wantsEither ?? [];
    const eitherHeld = either.some((want) => HARD_WANTS.has(want) && holds(want));
    const reasons = q.wants
      .filter((want) => HARD_WANTS.has(want) && !holds(want) && !(eitherHeld && either.includes(want)))
      .map((want): Reason => {
        // "How many workers…" of a fact with only litres: it holds a number, not one in that unit.
        const inUnit =
          want === "number" && q.numberUnits.length > 0 && factHolds(fact, want, q.entityIds, personIds);
        return inUnit
          ? { key: "asked-kind-held.unit", args: { want, units: q.numberUnits.join(", ") } }
          : { key: this.name, args: { want } };
      });
    return rejectIf(reasons, { wantMissing: true });
  },
};
