import type { Lang } from "../i18n/lang.js";
import { languagePack } from "../knowledge/packs.js";
import { compilePattern } from "../lang/pattern.js";

/** A letter or a digit. */
const HAS_WORD = compilePattern("[\\p{L}\\p{N}]", "u");

/**
 * A question as people type it in chat, made plain before it is read: chat spellings written
 * out ("whos" → "who is", "collab" → "collaboration", "rn" → "right now") and the courtesies
 * around it dropped ("Hello! Could you kindly tell me …? Thank you so much."). Every later step
 * (question frames, compound parts, names, words) then reads the plain question. The words are
 * the pack's (chat.yaml); a question that would be left empty is kept as it was.
 */
export function plainQuestion(question: string, lang: Lang): string {
  const { chat } = languagePack(lang);
  let out = question;
  for (const re of chat.wrappers) out = out.replace(re, " ");
  if (chat.words) out = out.replace(chat.words, (w) => chat.plain[w.toLowerCase()] ?? w);
  out = out.replace(/\s+/g, " ").trim();
  return HAS_WORD.test(out) ? out : question;
}
