import type { Lang } from "../i18n/lang.js";
import { fromPacks, languagePack } from "../knowledge/packs.js";
import { compilePattern } from "../lang/pattern.js";
import { readsAsUnmarked } from "./language-unmarked.js";

/** What separates words. */
const NOT_WORD = compilePattern("[^\\p{L}\\p{N}]+", "u");

/** English words that count against another language typed without marks: its stop words. */
const englishWords = fromPacks(() => {
  const en = languagePack("en");
  return new Set([...en.stop, ...en.questionStop]);
});

/**
 * The language a question is written in: any kana or kanji → Japanese; Vietnamese letters on
 * a good share of the words, or mostly its common syllables typed without marks (as in chat)
 * → Vietnamese; otherwise English. A Vietnamese place name inside an English question stays
 * English.
 */
export function detectLang(text: string): Lang {
  const ja = languagePack("ja");
  const vi = languagePack("vi");
  if (ja.letters?.test(text)) return "ja";
  const words = text.normalize("NFC").split(NOT_WORD).filter(Boolean);
  if (words.length === 0) return "en";
  const marked = words.filter((w) => vi.letters?.test(w)).length;
  if (marked >= 2 && marked / words.length >= 0.3) return "vi";
  if (marked === 1 && words.length <= 3) return "vi";
  if (readsAsUnmarked(text, vi, englishWords())) return "vi";
  return "en";
}
