export { comparisonAnswer, comparisonDirection, findSides } from "./compare.js";
export { type ElapsedKind, elapsedAnswer, elapsedQuestion } from "./elapsed.js";
export { checkComputedWords, computedWords, parseComputedWords } from "./words.js";
