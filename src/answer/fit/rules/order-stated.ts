import type { Fact } from "../../../briefing/types.js";
import { allPacks, languagePack } from "../../../knowledge/packs.js";
import type { QuestionAnalysis } from "../../analyze.js";
import { cueIn } from "../../cue.js";
import type { FitRule, Reason } from "../rule.js";
import { rejectIf } from "../rule.js";

/** The variant of the reason for a fact that only calls its thing the first (explain.yaml). */
const FIRST = "first";

/** The question asks for the one before (asked.yaml `previousAsked`: "the previous deal", 直前, "ngay trước đó"). */
export function asksPrevious(q: QuestionAnalysis): boolean {
  return cueIn(languagePack(q.lang).asked.previousAsked, q.question);
}

/** Every language that can tell says so of the fact's statement (`pick` its cue). */
function everyStatement(fact: Fact, pick: (p: ReturnType<typeof allPacks>[number]) => unknown): boolean {
  const telling = allPacks().filter((p) => pick(p) !== undefined);
  return (
    telling.length > 0 &&
    telling.every((p) => cueIn(pick(p) as Parameters<typeof cueIn>[0], fact.statement[p.lang] ?? ""))
  );
}

/**
 * "Which country was the UK's big trade deal just before that with?": the one before is asked.
 * A fact that puts nothing in order (no "after", "second", 続く, "sau") does not say which came
 * before; nor does one that only calls its own thing the first ("the first deal since
 * Liberation Day"): the first has none before it in that fact.
 */
export const orderStated: FitRule = {
  name: "order-stated",
  onlyWhileFitting: true,
  check({ q, fact }) {
    if (!asksPrevious(q)) return undefined;
    const reasons: Reason[] = [];
    if (!allPacks().some((p) => cueIn(p.asked.orderStated, fact.statement[p.lang] ?? "")))
      reasons.push({ key: this.name });
    else if (everyStatement(fact, (p) => p.asked.firstStated))
      reasons.push({ key: [this.name, FIRST].join(".") });
    return rejectIf(reasons);
  },
};
