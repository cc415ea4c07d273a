import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

/** "…in 2024": a fact must speak of the same year, in its words or its date. */
export const yearAgrees: FitRule = {
  name: "year-agrees",
  onlyWhileFitting: false,
  check(ctx) {
    return rejectIf(
      ctx.q.years
        .filter((year) => !ctx.text.includes(year) && !ctx.fact.date?.startsWith(year))
        .map((year) => ({ key: this.name, args: { year } })),
    );
  },
};
