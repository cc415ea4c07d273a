import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

/** People or goods from X are not those from Y: the question's origin must be the fact's. */
export const originAgrees: FitRule = {
  name: "origin-agrees",
  onlyWhileFitting: false,
  check(ctx) {
    const origins = [...ctx.origins].join("/");
    return rejectIf(
      ctx.q.mentions
        .filter((m) => ctx.caseOf(m) === "origin-mismatch")
        .map((m) => ({ key: this.name, args: { entity: m.id, origins } })),
    );
  },
};
