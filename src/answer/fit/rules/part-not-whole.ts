import type { FitRule } from "../rule.js";

/**
 * "How much of the $20 billion is Japan putting in?": a fact whose only numbers are that whole
 * restates the question; the part is what is asked.
 */
export const partNotWhole: FitRule = {
  name: "part-not-whole",
  onlyWhileFitting: true,
  check({ q, fact }) {
    if (q.partOf.length === 0 || fact.numbers.length === 0) return undefined;
    if (!fact.numbers.every((n) => q.partOf.includes(String(n.value)))) return undefined;
    return { reasons: [{ key: this.name, args: { whole: q.partOf.join(", ") } }], wholeOnly: true };
  },
};
