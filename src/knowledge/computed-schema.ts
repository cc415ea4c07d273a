import { z } from "zod";

/**
 * The schema of the computed answers' words (`knowledge/lang/<code>/computed.json`), apart from
 * ./computed-words.ts so that a warm start, which reads them validated from the knowledge
 * cache, never loads zod. A mistake names the file and the field.
 */

const pattern = z.string().refine((source) => {
  try {
    new RegExp(source, "iu");
    return true;
  } catch {
    return false;
  }
}, "is not a valid regular expression");

const rewrite = z.strictObject({ pattern, ask: z.string().min(1) });

/**
 * "How many days between A and B", "who called first, A or B": the pattern's named groups `a`
 * and `b` (and `verb`, a predicate both share) fill the two "when" questions asked of the
 * briefing. `kind`: `span` asks the time between, `first` which came first, `relative` how long
 * after or before (a span the sources state themselves answers that one first), `order` whether
 * the first event named was before or after the second ("was A before or after B?").
 */
const between = z.strictObject({
  pattern,
  a: z.string().min(1),
  b: z.string().min(1),
  kind: z.enum(["span", "first", "relative", "order"]),
});

const unitForms = z.strictObject({ value: z.string().min(1), difference: z.string().min(1) });

const templates = z.strictObject({
  compareEach: z.string(),
  compareJoin: z.string(),
  compareHigher: z.string(),
  compareLower: z.string(),
  compareSame: z.string(),
  /** Leads the comparison of the figures the compared ones replaced: {date} they were reported. */
  compareBefore: z.string(),
  compareHigherBefore: z.string(),
  compareLowerBefore: z.string(),
  compareSameBefore: z.string(),
  reportedAsOf: z.string(),
  ago: z.string(),
  agoFuture: z.string(),
  deadlinePassed: z.string(),
  deadlineAhead: z.string(),
  datePassed: z.string(),
  runEnded: z.string(),
  runActive: z.string(),
  horizon: z.string(),
  /** "Is X still prime minister?": the fact is as of its date, and today is not known. */
  holdsAsOf: z.string(),
  /** One event of a "between" answer: {label}, {date}, {cite}. */
  betweenEach: z.string(),
  /** Which came first and by how much: {label}, {other}, {span}. */
  betweenFirst: z.string(),
  /** "Was A before or after B?": A ({label}) was after B ({other}), by {span}. */
  betweenAfter: z.string(),
  /** "Was A before or after B?": A ({label}) was before B ({other}), by {span}. */
  betweenBefore: z.string(),
  /** A long span: {days}, and {span} in years and months. */
  betweenLong: z.string(),
  /** Both on one day: {date}. */
  betweenSame: z.string(),
  day: z.string(),
  days: z.string(),
  month: z.string(),
  months: z.string(),
  year: z.string(),
  years: z.string(),
  and: z.string(),
  /** Joins a span's years and months ("1年7か月"); `and` when not given. */
  spanJoin: z.string().optional(),
  /** A span in months rounded to the nearest month: {span} ("about {span}"). */
  about: z.string().optional(),
  /** A deadline named by its label and its date ({label}, {date}); a label that gives the whole date stands alone. */
  deadlineNamed: z.string(),
  /** How far apart the two figures of one fact are: {high}, {low}, {difference}, {cite}. */
  changeBy: z.string().optional(),
  /** Ends a computed sentence ("." or "。"). */
  sentenceEnd: z.string(),
  /** Between sentences: a space, or nothing in Japanese. */
  gap: z.string(),
  /** Groups thousands in numbers ("," or "."). */
  thousands: z.string(),
});

const computedFile = z.strictObject({
  $comment: z.string().optional(),
  compare: z.strictObject({
    higher: z.array(pattern).min(1),
    lower: z.array(pattern).min(1),
    /** Words that make the cue a question of which one ("which", "or"), not a statement. */
    choice: z.array(pattern).min(1),
    /**
     * Words that ask how far apart two figures are without saying which way ("gap", "compare",
     * "the same as"): answered as which is higher, and by how much.
     */
    gap: z.array(pattern),
    /** Question words that only ask for the comparison: not evidence of what is compared. */
    ignore: z.array(z.string()),
    /**
     * Words that ask of the figures as first planned ("the planned rates", "threatened",
     * "当初"): each side's figure a later one replaced is compared before the one in effect.
     */
    earlier: z.array(pattern).optional(),
  }),
  elapsed: z.strictObject({
    ago: z.array(rewrite),
    passed: z.array(rewrite),
    still: z.array(rewrite),
    /** Whether a state (an office someone holds) holds now: asked in the present tense. */
    holds: z.array(rewrite),
  }),
  /** How a number of a briefing unit is written; "*" for any other unit ({unit} is its name). */
  units: z.record(z.string(), unitForms).refine((u) => Object.keys(u).includes("*"), {
    message: 'needs a "*" entry for units not listed',
  }),
  /** A question of time that asks the count in days ("how many days", "何日"): said in days. */
  inDays: z.array(pattern),
  /** "How many days between A and B", "which came first, A or B": two events, two facts. */
  between: z.array(between),
  /**
   * "(today is 6 Dec 2026)", "今日は2026年12月6日です。": a clause that sets the day a question
   * of time is counted to; its optional group `date` is read with `dates`. Tried only when the
   * question with the clause is no question of time.
   */
  today: z.array(pattern),
  /**
   * ", and on what date?", "give me the date too", "発表日も教えてください": a clause that asks the
   * date as well, which an answer of time since gives anyway. Taken out only when the question
   * without it is a question of time.
   */
  dateToo: z.array(pattern).optional(),
  /**
   * "When did X take effect? How long ago was that?": a clause after a "when" question that asks
   * how long ago that was. The question without it is the "when" form of a question of time since.
   */
  agoToo: z.array(pattern).optional(),
  /**
   * "By how many points did the duty fall?": a question of how far apart the two figures of one
   * fact are (its rate before and after); answered with the fact and the difference.
   */
  change: z.array(pattern).optional(),
  /**
   * "between Xi leaving Vietnam and Ishiba arriving": an event named by its end (leaving,
   * ending) is dated by the last day of a fact's span (the fact's `until`), any other by its first.
   */
  spanEnd: z.array(pattern).optional(),
  /**
   * "the start of Xi's visit", "訪問の初日", "ngày đầu": words naming an event by its start. An
   * event no fact dates with them is asked without them and dated by its fact's first day.
   */
  spanStart: z.array(pattern).optional(),
  /** How a date in a "today" clause is written: named groups `y`, `d` and `m` (a number) or `mon` (a month's name). */
  dates: z.array(pattern),
  /** Briefing units that are spans of time, in days. */
  durations: z.record(z.string(), z.number().positive()),
  templates,
  /** Frames that make negatives for calibration: a "when" question on a fact with no date. */
  negatives: z.strictObject({ when: z.string().includes("{q}") }),
});

export type ComputedWordsFile = z.infer<typeof computedFile>;

/** Parses and validates one language's file; throws a message naming the file and field. */
export function validateComputedWords(text: string, file: string): ComputedWordsFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  const parsed = computedFile.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${file}: ${i.path.join(".") || "(top)"}: ${i.message}`);
    throw new Error(problems.join("\n"));
  }
  return parsed.data;
}
