import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

/**
 * Every entity the question names is in the fact: listed, written in its text, or standing in
 * through a partner ("Japan and Vietnam"), its capital, its leader or "every country".
 */
export const namedEntitiesInFact: FitRule = {
  name: "named-entities-in-fact",
  onlyWhileFitting: false,
  check(ctx) {
    return rejectIf(
      ctx.q.mentions
        .filter((m) => ctx.caseOf(m) === "absent")
        .map((m) => ({ key: this.name, args: { entity: m.id } })),
    );
  },
};
