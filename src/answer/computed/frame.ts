import type { Lang } from "../../i18n/lang.js";
import { computedWords } from "../../knowledge/computed-words.js";
import { compilePattern } from "../../lang/pattern.js";
import { type BetweenQuestion, betweenQuestion } from "./between.js";
import { withoutClauses } from "./clauses.js";
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

const HAS_WORD = compilePattern("[\\p{L}\\p{N}]", "u");

function read(text: string, lang: Lang): Omit<TimeFrame, "stripped"> | undefined {
  const elapsed = elapsedQuestion(text, lang);
  if (elapsed) return { text, elapsed };
  const between = betweenQuestion(text, lang);
  return between ? { text, between } : undefined;
}

/** The question's frame of time; `{ text }` alone when it asks none. */
export function timeFrame(question: string, lang: Lang): TimeFrame {
  // The clauses first: a frame's loose capture would otherwise take them in as the event.
  const clause = todayClause(question, lang);
  const today = clause?.date ? { today: clause.date } : {};
  const base = clause?.text ?? question;
  const words = computedWords(lang);
  // "When did X? How long ago was that?": the "when" question, asked as time since.
  const when = withoutClauses(base, words.agoToo);
  if (when && HAS_WORD.test(when))
    return { text: when, elapsed: { kind: "ago", ask: when }, stripped: true, ...today };
  // "…, and on what date?": the answer of time since says the date anyway.
  const bare = withoutClauses(base, words.dateToo);
  for (const text of [bare, clause?.text]) {
    const inner = text === undefined ? undefined : read(text, lang);
    if (inner) return { ...inner, stripped: true, ...today };
  }
  const direct = read(question, lang);
  return direct ? { ...direct, stripped: false } : { text: question, stripped: false };
}
