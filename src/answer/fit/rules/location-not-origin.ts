import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

/** "Vietnamese in Japan" is not "Japanese in Vietnam": a place asked about is not whose people the fact places elsewhere. */
export const locationNotOrigin: FitRule = {
  name: "location-not-origin",
  onlyWhileFitting: false,
  check(ctx) {
    return rejectIf(
      ctx.q.mentions
        .filter((m) => ctx.caseOf(m) === "location-as-origin")
        .map((m) => ({ key: this.name, args: { entity: m.id } })),
      { roleConflict: true },
    );
  },
};
