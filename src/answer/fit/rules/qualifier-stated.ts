import type { Fact } from "../../../briefing/types.js";
import { allPacks, languagePack } from "../../../knowledge/packs.js";
import type { QuestionAnalysis } from "../../analyze.js";
import { cueIn } from "../../cue.js";
import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

/** The kinds of question a condition is asked of: a figure under it, or whether it holds. */
const QUALIFIED_WANTS = new Set(["number", "yesno"]);

/** The names of the conditions the question asks a figure or a yes/no under (asked.yaml `qualifiers`). */
export function askedQualifiers(q: QuestionAnalysis): string[] {
  if (!q.wants.some((w) => QUALIFIED_WANTS.has(w))) return [];
  const { qualifiers } = languagePack(q.lang).asked;
  return Object.entries(qualifiers)
    .filter(([, cue]) => cueIn(cue.asked, q.question))
    .map(([name]) => name);
}

/** Whether some language's statement of the fact states the named condition. */
export function statesQualifier(fact: Fact, name: string): boolean {
  return allPacks().some((p) => cueIn(p.asked.qualifiers[name]?.stated, fact.statement[p.lang] ?? ""));
}

/**
 * "How many tonnes of British beef can go into the US *tariff-free*?", 「英国産牛肉の無関税枠は何
 * トン？」, "bao nhiêu tấn … miễn thuế": a figure asked under a condition. A fact that gives a
 * figure of the same goods but does not state the condition ("the U.S. reallocates 13,000
 * tonnes of its beef quota to the UK") does not say the figure is that: the bot would lend it
 * a condition its source does not state.
 */
export const qualifierStated: FitRule = {
  name: "qualifier-stated",
  onlyWhileFitting: true,
  check({ q, fact }) {
    const missing = askedQualifiers(q).filter((name) => !statesQualifier(fact, name));
    return rejectIf(missing.map((name) => ({ key: this.name, args: { qualifier: name } })));
  },
};
