import type { Lang } from "../i18n/lang.js";
import { languagePack } from "../knowledge/packs.js";
import { fold } from "./normalize.js";

/**
 * The language a question is written in: any kana or kanji → Japanese; Vietnamese letters on
 * a good share of the words, or several Vietnamese words typed without marks → Vietnamese;
 * otherwise English. A Vietnamese place name inside an English question stays English.
 */
export function detectLang(text: string): Lang {
  const ja = languagePack("ja");
  const vi = languagePack("vi");
  if (ja.letters?.test(text)) return "ja";
  const words = text
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return "en";
  const marked = words.filter((w) => vi.letters?.test(w)).length;
  if (marked >= 2 && marked / words.length >= 0.3) return "vi";
  if (marked === 1 && words.length <= 3) return "vi";
  const folded = fold(text);
  const hits = vi.unmarkedWords ? (folded.match(vi.unmarkedWords)?.length ?? 0) : 0;
  if (hits >= 2) return "vi";
  return "en";
}
