import { allPacks } from "../../../knowledge/packs.js";
import { fold } from "../../normalize.js";
import type { FitRule } from "../rule.js";

/** "Which day of the week…", "何曜日", "thứ mấy": only a fact that names the weekday answers. */
export const weekdayNamed: FitRule = {
  name: "weekday-named",
  onlyWhileFitting: false,
  check({ q, fact }) {
    const packs = allPacks();
    const folded = fold(q.question);
    if (!packs.some((p) => p.weekdayQuestion?.test(folded))) return undefined;
    if (packs.some((p) => p.weekday?.test(fact.statement[p.lang]))) return undefined;
    return { reasons: [{ key: this.name }] };
  },
};
