import { weekdayOf } from "../context.js";
import type { FitRule } from "../rule.js";

/**
 * "What did Tokyo say on Friday about the split?": a day of the week the question names
 * (weekdays.yaml `names`) is when it happened; a fact dated another day, or not to the day,
 * is another event, unless its statement names the day itself.
 */
export const weekdayStated: FitRule = {
  name: "weekday-stated",
  onlyWhileFitting: false,
  check({ q, fact, terms }) {
    const day = fact.date === undefined ? undefined : weekdayOf(fact.date);
    const reasons = q.words
      .filter((w) => !w.aside && w.weekday !== undefined && w.weekday !== day && !w.terms.some((t) => terms.has(t)))
      .map((w) => ({ key: this.name, args: { day: w.word } }));
    return reasons.length > 0 ? { reasons } : undefined;
  },
};
