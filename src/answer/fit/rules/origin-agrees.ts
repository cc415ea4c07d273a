import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

/**
 * People or goods from X are not those from Y: the question's origin must be the fact's. The
 * other side's goods are the swapped-roles trap ("British ethanol" against U.S. ethanol), so a
 * weaker fact that happens to fit is not the answer either.
 */
export const originAgrees: FitRule = {
  name: "origin-agrees",
  onlyWhileFitting: false,
  check(ctx) {
    const origins = [...ctx.origins].join("/");
    return rejectIf(
      ctx.q.mentions
        .filter((m) => ctx.caseOf(m) === "origin-mismatch")
        .map((m) => ({ key: this.name, args: { entity: m.id, origins } })),
      { roleConflict: true },
    );
  },
};
