import type { Fact } from "../../../briefing/types.js";
import { allPacks, languagePack } from "../../../knowledge/packs.js";
import type { QuestionAnalysis } from "../../analyze.js";
import { cueIn } from "../../cue.js";
import type { FitRule } from "../rule.js";

/** The question asks what was agreed (asked.yaml `agreedAsked`): the agreement's content. */
export function asksAgreedContent(q: QuestionAnalysis): boolean {
  return cueIn(languagePack(q.lang).asked.agreedAsked, q.question);
}

/** Some language's statement reports an agreement, a pledge, a signing (asked.yaml `agreedStated`). */
export function statesAgreement(fact: Fact): boolean {
  return allPacks().some((p) => cueIn(p.asked.agreedStated, fact.statement[p.lang] ?? ""));
}

/**
 * "What did Ishiba and Trump agree on during their phone call?": the content of an agreement
 * is asked. A fact that only reports that the call or the meeting took place (its date, who
 * was on the line) says nothing of what was agreed: it does not answer. One that reports what
 * was agreed, signed or pledged does.
 */
export const agreedContentStated: FitRule = {
  name: "agreed-content-stated",
  onlyWhileFitting: true,
  check({ q, fact }) {
    if (!asksAgreedContent(q) || statesAgreement(fact)) return undefined;
    return { reasons: [{ key: this.name }] };
  },
};
