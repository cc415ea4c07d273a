import { validateComputedWords } from "./computed-schema.js";
import { type ComputedWords, compileComputedWords } from "./computed-words.js";

/** One language's computed.json text, validated and compiled (tests; `briefbot check` reads via ./read.ts). */
export function parseComputedWords(text: string, file: string): ComputedWords {
  return compileComputedWords(validateComputedWords(text, file));
}
