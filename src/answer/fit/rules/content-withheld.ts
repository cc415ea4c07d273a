import type { Fact } from "../../../briefing/types.js";
import { allPacks, languagePack } from "../../../knowledge/packs.js";
import type { QuestionAnalysis } from "../../analyze.js";
import { cueIn } from "../../cue.js";
import type { FitRule } from "../rule.js";

/**
 * The question asks what a document says (its text, what it lists or commits each side to),
 * not whether or when it was published: a fact saying so answers that.
 */
export function asksContent(q: QuestionAnalysis): boolean {
  const pack = languagePack(q.lang);
  return cueIn(pack.contentAsked, q.question) && !cueIn(pack.publicationAsked, q.question);
}

/** The fact says, in some language's statement, that a content was not published. */
export function saysWithheld(fact: Fact): boolean {
  return allPacks().some((p) => cueIn(p.contentWithheld, fact.statement[p.lang] ?? ""));
}

/**
 * "Can you give me the full text of the semiconductor R&D document?": a fact that says the
 * texts were not published tells that the briefing cannot give it; it is no answer, and the
 * bot refuses rather than answer with a weaker fact (`withheld`). "Were the texts published?"
 * is answered by it.
 */
export const contentWithheld: FitRule = {
  name: "content-withheld",
  onlyWhileFitting: false,
  check({ q, fact }) {
    if (!asksContent(q) || !saysWithheld(fact)) return undefined;
    return { reasons: [{ key: this.name }], wantMissing: true, withheld: true };
  },
};
