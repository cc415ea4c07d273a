import type { QuestionMention } from "../../analyze.js";
import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

/** "Vietnamese in Japan" is not "Japanese in Vietnam": a place asked about is not whose people the fact places elsewhere. */
export const locationNotOrigin: FitRule = {
  name: "location-not-origin",
  onlyWhileFitting: false,
  check(ctx) {
    return rejectIf(
      ctx.q.mentions
        .filter((m) => ctx.caseOf(m) === "location-as-origin" && !namedAsWhole(m, ctx.q.mentions))
        .map((m) => ({ key: this.name, args: { entity: m.id } })),
      { roleConflict: true },
    );
  },
};

/**
 * "nhà máy Ensus ở Wilton" (Ensus's plant at Wilton): the entity is named once more, not as a
 * place; its second name is where its part is, not a place its people are from.
 */
function namedAsWhole(m: QuestionMention, mentions: readonly QuestionMention[]): boolean {
  return mentions.some((o) => o !== m && o.id === m.id && o.role !== "location" && o.surface !== m.surface);
}
