import type { LanguageModule } from "../types.js";
import { numberWordsToDigits } from "./numbers.js";
import { stem } from "./stem.js";

/** English: a light stemmer and spelled-out numbers; its words are in knowledge/lang/en/. */
export const english: LanguageModule = { stem, numbersToDigits: numberWordsToDigits };
