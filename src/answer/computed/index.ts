export { checkComputedWords, computedWords } from "../../knowledge/computed-words.js";
export { comparisonAnswer, comparisonDirection, findSides } from "./compare.js";
export { type ElapsedKind, elapsedAnswer, elapsedQuestion } from "./elapsed.js";
