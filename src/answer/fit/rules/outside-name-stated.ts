import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

/** "What tariff will the US put on Thailand?": a name the briefing does not cover must be in the fact's words. */
export const outsideNameStated: FitRule = {
  name: "outside-name-stated",
  onlyWhileFitting: false,
  check(ctx) {
    return rejectIf(
      ctx.q.mentions
        .filter((m) => ctx.caseOf(m) === "external-unstated")
        .map((m) => ({ key: this.name, args: { surface: m.surface, entity: m.id } })),
    );
  },
};
