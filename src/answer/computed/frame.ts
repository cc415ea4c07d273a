import type { Lang } from "../../i18n/lang.js";
import { type BetweenQuestion, betweenQuestion } from "./between.js";
import { type ElapsedQuestion, elapsedQuestion } from "./elapsed.js";
import { todayClause } from "./today.js";

/**
 * Which question of time a question asks, if any: time since (`elapsed`) or between two events
 * (`between`). A "today is …" clause is taken out when the question without it is one.
 */
export interface TimeFrame {
  /** The question as read: without its "today" clause when that was taken out. */
  text: string;
  elapsed?: ElapsedQuestion;
  between?: BetweenQuestion;
  /** The day the question says today is (YYYY-MM-DD). */
  today?: string;
  /** The question was read without a clause it had. */
  stripped: boolean;
}

function read(text: string, lang: Lang): Omit<TimeFrame, "stripped"> | undefined {
  const elapsed = elapsedQuestion(text, lang);
  if (elapsed) return { text, elapsed };
  const between = betweenQuestion(text, lang);
  return between ? { text, between } : undefined;
}

/** The question's frame of time; `{ text }` alone when it asks none. */
export function timeFrame(question: string, lang: Lang): TimeFrame {
  // The clause first: a frame's loose capture would otherwise take it in as the event.
  const clause = todayClause(question, lang);
  const inner = clause && read(clause.text, lang);
  if (inner) return { ...inner, stripped: true, ...(clause.date ? { today: clause.date } : {}) };
  const direct = read(question, lang);
  return direct ? { ...direct, stripped: false } : { text: question, stripped: false };
}
