import { kindAnswers, measureKind } from "../../question-intent.js";
import type { FitRule } from "../rule.js";

/**
 * "Exactly how many cars did the UK export last year?" of a fact whose one figure is the
 * 100,000-car quota: what a figure is of (its measure's kind: a quota, a fund, a tariff) is not
 * what the question asks the figure of (exports). A number question that names kinds is
 * answered only by a fact with a figure of one of them; a figure whose measure names no kind is
 * not judged. A yes/no question checks a figure it states, whatever it is of.
 */
export const figureKindAsked: FitRule = {
  name: "figure-kind-asked",
  onlyWhileFitting: false,
  check({ q, fact }) {
    if (!q.wants.includes("number") || q.wants.includes("yesno") || q.checksClaim) return undefined;
    if (q.figureKinds.length === 0 || fact.numbers.length === 0) return undefined;
    const kinds = fact.numbers.map((n) => measureKind(n.measure));
    if (kinds.some((k) => k === undefined || kindAnswers(k, q.figureKinds))) return undefined;
    const measured = [...new Set(kinds)].join(", ");
    return {
      reasons: [{ key: this.name, args: { asked: q.figureKinds.join(", "), measured } }],
      wantMissing: true,
    };
  },
};
