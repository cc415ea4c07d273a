import type { LanguagePack } from "../knowledge/packs.js";
import { compilePattern } from "../lang/pattern.js";
import { fold } from "./normalize.js";

/**
 * Whether a text typed without diacritics reads as the language of `pack` (chat Vietnamese:
 * "thue my voi nhat bao nhieu") rather than as English. Folded, such a language's syllables
 * are often English words too ("to", "do", "the", "an"), and its names stand in English
 * questions ("When did To Lam call Trump?"), so one word proves nothing: most of the words
 * must be the pack's common syllables, at least MIN_SIGNALS of them not English words too,
 * outnumbering the English words RATIO to one. A capitalised word inside the text is a name
 * and no evidence either way.
 */
export function readsAsUnmarked(text: string, pack: LanguagePack, english: ReadonlySet<string>): boolean {
  const words = evidenceWords(text);
  if (words.length === 0) return false;
  let ours = 0;
  let only = 0;
  let theirs = 0;
  for (const word of words) {
    const own = pack.syllables.has(word);
    const other = english.has(word);
    if (own) ours++;
    if (own && !other) only++;
    if (other && !own) theirs++;
  }
  return only >= MIN_SIGNALS && only >= RATIO * theirs && ours / words.length > MIN_SHARE;
}

/** Words of the pack's own that are not English words too ("la", "cua", "khong"). */
const MIN_SIGNALS = 2;
/** How many such words outweigh one English word ("ban on tin exports" stays English). */
const RATIO = 3;
/** The share of the words that must be the pack's syllables: more than half. */
const MIN_SHARE = 0.5;

const WORD = compilePattern("[\\p{L}\\p{N}]+", "gu");
const HAS_DIGIT = compilePattern("\\p{N}", "u");
const CAPITAL = compilePattern("\\p{Lu}", "u");
const LOWER = compilePattern("\\p{Ll}", "u");

/**
 * The folded words of a text that can be evidence: no figures ("2+2", "100k"), and no word
 * with a capital after the first, a name or an acronym, unless the whole text is in capitals.
 */
export function evidenceWords(text: string): string[] {
  const written = text.normalize("NFC").match(WORD) ?? [];
  const allCaps = !LOWER.test(text);
  return written
    .filter((w, i) => !HAS_DIGIT.test(w) && (i === 0 || allCaps || !CAPITAL.test(w)))
    .map((w) => fold(w));
}
