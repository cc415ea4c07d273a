import type { LanguageModule } from "../types.js";

/**
 * Vietnamese is written a syllable at a time and a word often spans two ("thời tiết" is
 * weather, "thời hạn" a deadline): each pair of neighbouring content syllables is a term too,
 * on the index and the question side, joined as the stop list writes compounds ("nhat_ban").
 */
export const vietnamese: LanguageModule = {
  pairSyllables: (previous, next) => `${previous}_${next}`,
};
