export { checkComputedWords, computedWords } from "../../knowledge/computed-words.js";
export { type BetweenQuestion, betweenAnswer, betweenQuestion, statesSpan } from "./between.js";
export { comparisonAnswer, comparisonDirection, findSides } from "./compare.js";
export { type ElapsedKind, elapsedAnswer, elapsedQuestion } from "./elapsed.js";
export { type TimeFrame, timeFrame } from "./frame.js";
export {
  type PlainAnswer,
  type SourceQuestion,
  sourceAnswer,
  sourceQuestion,
  sourceTopic,
} from "./source.js";
export { readDate, referenceDay, type TodayClause, todayClause } from "./today.js";
