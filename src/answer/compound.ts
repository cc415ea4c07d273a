import type { Lang } from "../i18n/lang.js";
import { languagePack } from "../knowledge/packs.js";
import { compilePattern } from "../lang/pattern.js";

const LETTER_OR_DIGIT_ALL = compilePattern("[\\p{L}\\p{N}]", "gu");

/**
 * A question that asks two things at once ("When did Ishiba land, and when did he meet
 * Chinh?", "OSAで合意できた？そもそもOSAってどんな制度？") split into its questions, each
 * answered on its own. Only clear joins split: a second sentence, or "and" before a question
 * word; anything else stays one question.
 */

/** A question mark with more text after it: one sentence ends, another begins. */
const SENTENCE_END = /(?<=[?？])\s*(?=\S)/gu;

/** Pieces shorter than this (in letters) are not a question of their own ("…, and why?"). */
const MIN_LETTERS = 8;

export function compoundParts(question: string, lang: Lang): string[] {
  const { compoundJoin: join, eachPieceAsks: asks, compoundMinWords: minWords } = languagePack(lang);
  let pieces = question.split(SENTENCE_END);
  if (join)
    pieces = pieces.flatMap((p) => {
      const split = p.split(join);
      return !asks || split.every((piece) => asks.test(piece)) ? split : [p];
    });
  pieces = pieces.map((p) => p.trim()).filter((p) => p.length > 0);
  const letters = (p: string) => p.match(LETTER_OR_DIGIT_ALL)?.length ?? 0;
  // "Which firms and which provinces…" joins two nouns, not two questions: each piece of a
  // question written with spaces must be a clause of a few words (the pack's minWords).
  const words = (p: string) => p.split(/\s+/).filter(Boolean).length;
  if (
    pieces.length < 2 ||
    pieces.some((p) => letters(p) < MIN_LETTERS || (minWords !== undefined && words(p) < minWords))
  )
    return [question];
  return pieces.slice(0, 3);
}
