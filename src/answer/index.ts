/**
 * The answering engine's public surface: answer a question from a briefing store, explain how
 * an answer was chosen (for curators), and suggest questions a briefing can answer.
 */
export { answerQuestion, calibrationDerive, explainQuestion } from "./answer.js";
export { detectLang } from "./language.js";
export { suggestQuestions } from "./suggest.js";
export type { Answer, AnswerKind, AnswerOptions, Citation, Explanation } from "./types.js";
export { MAX_ANSWER_CHARS, MAX_QUESTION_CHARS } from "./types.js";
