/**
 * Folds a question for grouping in the curators' gap report: NFKC (full-width forms become
 * ASCII), lower case, apostrophes dropped, other punctuation and symbols as spaces, spaces
 * collapsed. Diacritics stay: in Vietnamese they change the word.
 */
export function normaliseQuestion(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['’‘`]/gu, "")
    .replace(/[\p{P}\p{S}\p{Cc}]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim()
    .slice(0, 500);
}
