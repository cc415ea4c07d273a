import type { Fact } from "../../../briefing/types.js";
import { allPacks } from "../../../knowledge/packs.js";
import type { QuestionAnalysis } from "../../analyze.js";
import { cueIn } from "../../cue.js";
import type { FitRule } from "../rule.js";

/** The question asks only why (its one frame is a reason), not also how many or when. */
export function asksOnlyReason(q: QuestionAnalysis): boolean {
  return q.wants.length === 1 && q.wants[0] === "reason";
}

/**
 * The fact gives a reason: curated so (`answers: [reason]`), or its statement in some language
 * holds that language's words of a reason or purpose (frames.yaml `reasonStated`).
 */
function givesReason(fact: Fact): boolean {
  return (
    fact.answers.includes("reason") ||
    allPacks().some((p) => cueIn(p.reasonStated, fact.statement[p.lang] ?? ""))
  );
}

/**
 * "Why did Ishiba call Trump after To Lam?": a fact that only says when or what happened is not
 * the reason. It answers when it gives one ("because", "as a result of", "ため", "nhằm"), or
 * when the other source's version it differs from gives one: that version is always shown
 * beside it.
 */
export const reasonStated: FitRule = {
  name: "reason-stated",
  onlyWhileFitting: false,
  check({ q, fact, index }) {
    if (!asksOnlyReason(q) || givesReason(fact)) return undefined;
    const other = fact.links
      .filter((l) => l.type === "differs-from")
      .map((l) => index.briefing.byId.fact.get(l.fact));
    if (other.some((f) => f !== undefined && givesReason(f))) return undefined;
    return { reasons: [{ key: this.name }], wantMissing: true };
  },
};
