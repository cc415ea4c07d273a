import type { Briefing, Fact } from "../../briefing/types.js";
import type { Lang } from "../../i18n/lang.js";
import { type ComputedWords, computedWords, fill } from "../../knowledge/computed-words.js";
import { languagePack } from "../../knowledge/packs.js";
import { foldMarks } from "../../knowledge/unmarked.js";
import type { QuestionAnalysis } from "../analyze.js";
import { compose } from "../compose.js";
import { formatDate } from "../messages.js";
import { type Answer, MAX_ANSWER_CHARS } from "../types.js";
import { citationsOf, isoDay, markers, notCovered } from "./cite.js";
import { holdsAnswer } from "./holds.js";
import { addDays, dayNumber, daysWords, spanWords } from "./span.js";

/**
 * Questions of time relative to today: "How long ago was the summit?", "Has the July deadline
 * passed?", "Is the 90-day pause still in effect?". The question is asked of the briefing as a
 * plain "when" question; the fact found gives the date (or deadline, or start and length), and
 * the answer adds how long ago that is from `now` and that nothing after the sources is known.
 */

export type ElapsedKind = keyof ComputedWords["elapsed"];

export interface ElapsedQuestion {
  kind: ElapsedKind;
  /** The question as a plain "when" question, to find the fact with. */
  ask: string;
  /** The question asks for a count of days ("how many days", "何日"). */
  inDays?: true;
}

/** The question's kind and its "when" form, or undefined when it does not ask about time since. */
export function elapsedQuestion(question: string, lang: Lang): ElapsedQuestion | undefined {
  const words = computedWords(lang);
  const text = question.trim();
  for (const kind of Object.keys(words.elapsed) as ElapsedKind[])
    for (const r of words.elapsed[kind]) {
      const m = r.pattern.exec(text);
      if (!m) continue;
      const ask = asTyped(r.ask, text, lang).replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? "");
      return words.inDays.some((re) => re.test(text)) ? { kind, ask, inDays: true } : { kind, ask };
    }
  return undefined;
}

/**
 * The "when" form's own words as the question types them: without marks when it has none
 * ("thoa thuan My Anh duoc cong bo cach day bao lau" asks "… khi nao?", not "… khi nào?"), so
 * the question stays one read as typed without marks and its names read as such ("My": Mỹ).
 */
function asTyped(template: string, question: string, lang: Lang): string {
  const letters = languagePack(lang).foldLetters;
  if (foldMarks(question, letters) !== question) return template;
  return foldMarks(template, letters);
}

/** A span of days a fact's numbers give ("a 90-day pause"), in days. */
function durationDays(fact: Fact, words: ComputedWords): number | undefined {
  for (const n of fact.numbers) {
    const perUnit = words.durations[n.unit];
    if (perUnit !== undefined && !n.approximate) return n.value * perUnit;
  }
  return undefined;
}

/** The epoch: composing "as of" it, a fact's deadline is never said to have passed. */
const BEFORE_ANY_DEADLINE = new Date(0);

/**
 * The computed answer from the plain answer to the "when" form: the fact, then the date and
 * its distance from today, each with the fact's citations. A fact with no date abstains.
 */
export function elapsedAnswer(
  kind: ElapsedKind,
  plain: Answer,
  briefing: Briefing,
  lang: Lang,
  now: Date,
  topicId: string | undefined,
  /** The analysis of the plain form: whom a "holds" question asks about. */
  q?: QuestionAnalysis,
  /** Say the span in days (with years and months when long). */
  inDays = false,
): Answer {
  if (!plain.answered) return plain;
  // Whether something other than a person's office still holds: the plain answer, whose facts
  // say their dates (one computed date would drop the facts that answer it).
  if (kind === "holds") return (q && holdsAnswer(q, plain, briefing, lang, now, topicId)) ?? plain;
  // The first fact of the answer that is dated: another source's undated version may lead.
  const facts = plain.factIds.map((id) => briefing.byId.fact.get(id));
  const fact = facts.find((f) => f?.date || f?.deadline);
  if (!fact) return notCovered(briefing, lang, topicId ?? facts[0]?.topics[0]);
  const words = computedWords(lang);
  const t = words.templates;
  const today = isoDay(now);
  const shown = formatDate(today, lang);
  const cite = markers(0, citationsOf(briefing, fact).length);
  const date = (iso: string) => formatDate(iso, lang);
  const since = (iso: string) => (inDays ? daysWords : spanWords)(iso, today, words);
  const past = (iso: string) => dayNumber(iso) < dayNumber(today);
  let claim: string;
  const length = durationDays(fact, words);
  if (kind === "still" && fact.date && length !== undefined) {
    const end = addDays(fact.date, length);
    const vars = {
      date: date(fact.date),
      length: fill(length === 1 ? t.day : t.days, { n: length }),
      end: date(end),
      ago: since(end),
      today: shown,
      cite,
    };
    claim = fill(past(end) ? t.runEnded : t.runActive, vars);
  } else if (kind !== "ago" && fact.deadline) {
    const d = fact.deadline;
    const label = d.label[lang];
    const named = labelGivesDate(label, d.date)
      ? label
      : fill(t.deadlineNamed, { label, date: date(d.date) });
    const vars = { label, deadline: named, date: date(d.date), ago: since(d.date), today: shown, cite };
    claim = fill(past(d.date) ? t.deadlinePassed : t.deadlineAhead, vars);
  } else {
    const iso = (fact.date ?? fact.deadline?.date)!;
    const vars = { date: date(iso), ago: since(iso), today: shown, cite };
    claim = fill(kind === "ago" ? (past(iso) ? t.ago : t.agoFuture) : t.datePassed, vars);
  }
  const horizon = fill(t.horizon, { asOf: date(briefing.meta.asOf) });
  // The fact as the engine writes it, then the computed claim (its markers are the fact's).
  // (The computed claim says whether its deadline passed: compose does not say it again.)
  const stated = compose(briefing, [{ fact, attributed: false }], lang, BEFORE_ANY_DEADLINE);
  let text = [stated.text, claim, horizon].join(t.gap);
  if (text.length > MAX_ANSWER_CHARS) text = [claim, horizon].join(t.gap);
  return { ...plain, text, citations: stated.citations, factIds: [fact.id] };
}

/**
 * Whether a deadline's label already gives its whole date ("until 30 June 2038"): its day and
 * year both written in it. "by July 2025" does not, and is followed by the date.
 */
export function labelGivesDate(label: string, iso: string): boolean {
  const numbers = new Set((label.normalize("NFKC").match(/\d+/g) ?? []).map(Number));
  const [year, , day] = iso.split("-").map(Number) as [number, number, number];
  return numbers.has(year) && numbers.has(day);
}
