import type { Fact } from "../../../briefing/types.js";
import { languagePack } from "../../../knowledge/packs.js";
import type { QuestionAnalysis } from "../../analyze.js";
import { CueText } from "../../cue.js";
import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

/** A relation the question ties to a name: the word it writes, and its relation's words. */
export interface RelationAsked {
  word: string;
  words: readonly string[];
}

const LETTER = /[\p{L}\p{N}]/u;

/** Where `word` stands in `text` as a whole word (by its edges, unless read by characters). */
function placesOf(text: string, word: string, byCharacters: boolean): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = text[i - 1] ?? "";
    const after = text[i + word.length] ?? "";
    if (byCharacters || (!LETTER.test(before) && !LETTER.test(after))) at.push(i);
  }
  return at;
}

/** `text` from `at` starts with one of `words`, as a whole word (a letter may not follow unless by characters). */
function startsWithAny(text: string, words: readonly string[], byCharacters: boolean): boolean {
  return words.some(
    (w) => w.length > 0 && text.startsWith(w) && (byCharacters || !LETTER.test(text[w.length] ?? "")),
  );
}

/**
 * The relations the question ties to a name (asked.yaml `relations`): "Ishiba's wife", "the
 * wife of Ishiba", 「石破首相の夫人」, "vợ ông Ishiba". A relation word stands tied where a mark
 * of `relationBefore` is right before it, a word of `relationAfter` or a name the question
 * gives right after it.
 */
export function relationsAsked(q: QuestionAnalysis): RelationAsked[] {
  const pack = languagePack(q.lang);
  const { relations, relationBefore, relationAfter, relationForm } = pack.asked;
  if (relations.length === 0) return [];
  const byCharacters = pack.reading.byCharacters;
  const text = new CueText(q.question).form(relationForm);
  const names = q.mentions.map((m) => new CueText(m.surface).form(relationForm)).filter((n) => n.length > 0);
  const out: RelationAsked[] = [];
  for (const words of relations)
    for (const word of words) {
      const tied = placesOf(text, word, byCharacters).some((at) => {
        const before = text.slice(0, at).trimEnd();
        const after = text.slice(at + word.length).trimStart();
        return (
          relationBefore.some((mark) => before.endsWith(mark)) ||
          startsWithAny(after, relationAfter, byCharacters) ||
          startsWithAny(after, names, true)
        );
      });
      if (tied) {
        out.push({ word, words });
        break;
      }
    }
  return out;
}

/** Whether the fact's statement in the question's language writes one of `words`. */
export function statesRelation(q: QuestionAnalysis, fact: Fact, words: readonly string[]): boolean {
  const pack = languagePack(q.lang);
  const text = new CueText(fact.statement[q.lang] ?? "").form(pack.asked.relationForm);
  return words.some((w) => placesOf(text, w, pack.reading.byCharacters).length > 0);
}

/**
 * "Who did Ishiba's *wife* meet in Hanoi?": a relation tied to a name makes the person asked
 * about someone else (the wife, the spokesperson, the son). A fact about the named person that
 * does not state the relation is about them, not the one asked about: what Ishiba did does not
 * answer what his wife did. The relation words are data (asked.yaml `relations`).
 */
export const relationStated: FitRule = {
  name: "relation-stated",
  onlyWhileFitting: false,
  check({ q, fact }) {
    const missing = relationsAsked(q).filter((r) => !statesRelation(q, fact, r.words));
    return rejectIf(missing.map((r) => ({ key: this.name, args: { word: r.word } })));
  },
};
