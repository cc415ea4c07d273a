import { fileURLToPath } from "node:url";
import { analyzeQuestion } from "../../../src/answer/analyze.js";
import { FitContext } from "../../../src/answer/fit/context.js";
import { reasonText } from "../../../src/answer/fit/explain.js";
import type { FitRule } from "../../../src/answer/fit/rule.js";
import { universalGroups } from "../../../src/answer/fit.js";
import { indexFor } from "../../../src/answer/index-build.js";
import { detectLang } from "../../../src/answer/language.js";
import { personIds } from "../../../src/answer/rank.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import { languageModule } from "../../../src/lang/registry.js";

/**
 * `judge` (cases.ts) on a trial briefing of tests/eval/briefings (its id), built once per
 * briefing: a rule's table may hold cases of the rounds' briefings too.
 */
export function judgeInTrial(
  briefingId: string,
): (rule: FitRule, question: string, factId: string) => string[] {
  const store = createBriefingStore(fileURLToPath(new URL("../../eval/briefings", import.meta.url)));
  const briefing = store.get(briefingId);
  if (!briefing) throw new Error(`no trial briefing ${briefingId}`);
  const index = indexFor(briefing);
  return (rule, question, factId) => {
    const lang = detectLang(question);
    const text = languageModule(lang).numbersToDigits?.(question) ?? question;
    const q = analyzeQuestion(text, lang, index);
    const fact = briefing.byId.fact.get(factId);
    if (!fact) throw new Error(`no fact ${factId} in the trial briefing ${briefingId}`);
    const verdict = rule.check(new FitContext(q, fact, index, personIds(briefing), universalGroups(index)));
    return verdict?.reasons.map(reasonText) ?? [];
  };
}
