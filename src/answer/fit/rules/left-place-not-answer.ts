import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";
import { leftSet } from "./left-place-not-destination.js";

/**
 * "After leaving Hanoi, who did Ishiba meet?", "Rời Hà Nội ông Ishiba gặp ai?": the place left
 * is where the answer is not. A fact answers only if it sets something somewhere else: a
 * location or a place beyond the one left, its country or its capital (the talks in Hanoi,
 * "in Vietnam", are the stay left, not what came after).
 */
export const leftPlaceNotAnswer: FitRule = {
  name: "left-place-not-answer",
  onlyWhileFitting: false,
  check({ q, fact, index }) {
    if (q.leftPlaces.length === 0) return undefined;
    const entity = (id: string) => index.briefing.byId.entity.get(id);
    // The place left, the country it is the capital of, and the capital of a country left.
    const left = leftSet(q.leftPlaces, index);
    const elsewhere = fact.entities.some(
      (e) => !left.has(e.entity) && (e.role === "location" || entity(e.entity)?.kind === "place"),
    );
    return rejectIf(elsewhere ? [] : [{ key: this.name, args: { entity: q.leftPlaces.join(", ") } }]);
  },
};
