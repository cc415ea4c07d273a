import type { Lang } from "../i18n/lang.js";

/**
 * A question that asks two things at once ("When did Ishiba land, and when did he meet
 * Chinh?", "OSAで合意できた？そもそもOSAってどんな制度？") split into its questions, each
 * answered on its own. Only clear joins split: a second sentence, or "and" before a question
 * word; anything else stays one question.
 */

const QUESTION_START_EN =
  "(?:what|when|where|who|whom|whose|which|why|how|did|does|do|is|are|was|were|will|would|can|could|has|have|at what|in what|on what|by when|by how)\\b";
const JOIN_EN = new RegExp(
  `\\s*(?:[,;]\\s*|\\s)and\\s+(?=${QUESTION_START_EN})|;\\s*(?=${QUESTION_START_EN})`,
  "giu",
);
const QUESTION_WORD_VI =
  "(?:khi nào|bao giờ|ai|gì|sao|vì sao|tại sao|bao nhiêu|mấy|đâu|ở đâu|như thế nào|thế nào|hôm nào|ngày nào|khi nao|bao gio|vi sao|tai sao|bao nhieu|may|o dau|the nao|hom nao|ngay nao)(?![\\p{L}])";
// Vietnamese puts the question word last: ", và …ngày nào?" joins two questions when the piece
// before the comma asks something too.
const JOIN_VI =
  /\s*,\s*(?:và|còn)\s+|\s+(?:và|va)\s+(?=(?:khi nào|bao giờ|vì sao|tại sao|ở đâu)(?![\p{L}]))/giu;
const QUESTION_WORD_VI_ANY = new RegExp(`(?<![\\p{L}])${QUESTION_WORD_VI}|thì sao|[?？]`, "iu");

/** A question mark with more text after it: one sentence ends, another begins. */
const SENTENCE_END = /(?<=[?？])\s*(?=\S)/gu;

/** Pieces shorter than this (in letters) are not a question of their own ("…, and why?"). */
const MIN_LETTERS = 8;
/** …nor, in English and Vietnamese, pieces of fewer words than this. */
const MIN_WORDS = 3;

export function compoundParts(question: string, lang: Lang): string[] {
  let pieces = question.split(SENTENCE_END);
  if (lang === "en") pieces = pieces.flatMap((p) => p.split(JOIN_EN));
  else if (lang === "vi")
    pieces = pieces.flatMap((p) => {
      const split = p.split(JOIN_VI);
      return split.every((piece) => QUESTION_WORD_VI_ANY.test(piece)) ? split : [p];
    });
  pieces = pieces.map((p) => p.trim()).filter((p) => p.length > 0);
  const letters = (p: string) => p.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  // "Which firms and which provinces…" joins two nouns, not two questions: each piece of a
  // Latin-script question must be a clause of a few words.
  const words = (p: string) => p.split(/\s+/).filter(Boolean).length;
  if (
    pieces.length < 2 ||
    pieces.some((p) => letters(p) < MIN_LETTERS || (lang !== "ja" && words(p) < MIN_WORDS))
  )
    return [question];
  return pieces.slice(0, 3);
}
