import type { QuestionAnalysis } from "../../analyze.js";
import type { FitRule } from "../rule.js";

/**
 * The figures a number question gives rather than asks: the whole it asks a part of, and the
 * figure it states ("of the $20 billion pledged, how much is Japan putting in?"). A yes/no
 * question, a claim to check or a figure offered last ("…, 46%?") states the figure asked to be
 * confirmed; two figures are alternatives or a comparison ("46% or 20%?").
 */
function givenFigures(q: QuestionAnalysis): { figures: string[]; stated: boolean } {
  const asksNumber =
    q.wants.includes("number") &&
    !q.wants.includes("yesno") &&
    !q.checksClaim &&
    q.figures.length === 1 &&
    q.offered === undefined;
  const stated = asksNumber ? q.figures.filter((f) => !q.partOf.includes(f)) : [];
  return { figures: [...q.partOf, ...stated], stated: stated.length > 0 };
}

/**
 * "How much of the $20 billion is Japan putting in?": a fact whose only numbers are that whole
 * restates the question; the part is what is asked. So too a figure the question states: it is
 * given, and a share of it, a conversion or another figure beside it is asked.
 */
export const partNotWhole: FitRule = {
  name: "part-not-whole",
  onlyWhileFitting: true,
  check({ q, fact }) {
    const { figures, stated } = givenFigures(q);
    if (figures.length === 0 || fact.numbers.length === 0) return undefined;
    if (!fact.numbers.every((n) => figures.includes(String(n.value)))) return undefined;
    const key = stated ? "part-not-whole.given" : this.name;
    return { reasons: [{ key, args: { whole: figures.join(", ") } }], wholeOnly: true };
  },
};
