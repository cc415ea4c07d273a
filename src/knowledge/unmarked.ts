/**
 * A pack's words as typed without diacritics, folded mechanically when the pack is compiled,
 * so no list is written twice. Folding merges words ("tiền" money and "tiến" in tiến sĩ are
 * both "tien"; "bạn" you and "Bản" of Nhật Bản both "ban"), so a word of one syllable is not
 * folded: only words of several syllables ("bao lâu", "hiện nay") are, which rarely fold onto
 * another phrase. A single syllable safe to read folded is listed as typed without marks too.
 * Patterns are never folded: a pattern says itself what it matches, marks or none.
 */

const MARKS = /[\u0300-\u036f]/g;
const SEVERAL_SYLLABLES = /[\s-]/u;

/** The text without its diacritics, case kept; `letters` folds what does not decompose (đ → d). */
export function foldMarks(text: string, letters: Readonly<Record<string, string>>): string {
  let out = text.normalize("NFD").replace(MARKS, "").normalize("NFC");
  for (const [from, to] of Object.entries(letters)) {
    out = out.replaceAll(from, to).replaceAll(from.toUpperCase(), to.toUpperCase());
  }
  return out;
}

/**
 * The words of a list as an unaccented question writes them: each word, and the folded form
 * of each marked word of several syllables. Undefined when folding adds nothing.
 */
export function unmarkedWords(
  list: readonly string[] | undefined,
  letters: Readonly<Record<string, string>>,
): string[] | undefined {
  if (!list) return undefined;
  const added = list
    .map((w) => foldMarks(w, letters))
    .filter((f, i) => f !== list[i] && SEVERAL_SYLLABLES.test(f.trim()) && !list.includes(f));
  return added.length > 0 ? [...list, ...new Set(added)] : undefined;
}
