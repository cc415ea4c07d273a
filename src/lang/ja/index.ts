import type { LanguageModule } from "../types.js";
import { numeralsToDigits } from "./numerals.js";
import { JAPANESE_SCRIPT, questionWords } from "./words.js";

/** Japanese: written without spaces (cut into words here), kanji numerals; its words are in knowledge/lang/ja/. */
export const japanese: LanguageModule = {
  script: JAPANESE_SCRIPT,
  questionWords,
  numbersToDigits: numeralsToDigits,
};
