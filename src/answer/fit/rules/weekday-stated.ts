import { languagePack } from "../../../knowledge/packs.js";
import { fold } from "../../normalize.js";
import { weekdayOf } from "../context.js";
import type { FitRule } from "../rule.js";

/**
 * "What did Tokyo say on Friday about the split?": a day of the week the question names
 * (weekdays.yaml `names`) is when it happened; a fact dated another day, or not to the day,
 * is another event, unless its statement names the day itself. A day named as a bound ("after
 * Tuesday", 火曜日以降: weekdays.yaml `bounds`) is not when it happened.
 */
export const weekdayStated: FitRule = {
  name: "weekday-stated",
  onlyWhileFitting: false,
  check({ q, fact, terms }) {
    const day = fact.date === undefined ? undefined : weekdayOf(fact.date);
    const folded = fold(q.question).toLowerCase();
    const bounds = languagePack(q.lang).weekdayBounds;
    const bound = (word: string) =>
      bounds.some((b) => folded.includes(`${b} ${word}`) || folded.includes(`${word}${b}`));
    const reasons = q.words
      .filter(
        (w) =>
          !w.aside &&
          w.weekday !== undefined &&
          w.weekday !== day &&
          !w.terms.some((t) => terms.has(t)) &&
          !bound(w.word),
      )
      .map((w) => ({ key: this.name, args: { day: w.word } }));
    return reasons.length > 0 ? { reasons } : undefined;
  },
};
