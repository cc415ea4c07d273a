import type { FitRule } from "../rule.js";

/**
 * "Which country signed a deal with the US hours before Japan?": a country beyond those the
 * question names is the answer; a fact that holds only the named ones (the U.S., Japan) does
 * not give it.
 */
export const countryHeld: FitRule = {
  name: "country-held",
  onlyWhileFitting: false,
  check({ q, fact, index }) {
    if (!q.asksCountry) return undefined;
    const other = fact.entities.some(
      (e) => !q.entityIds.has(e.entity) && index.briefing.byId.entity.get(e.entity)?.kind === "country",
    );
    return other ? undefined : { reasons: [{ key: this.name }], wantMissing: true };
  },
};
