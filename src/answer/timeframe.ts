import type { Briefing, Fact } from "../briefing/types.js";
import type { Lang } from "../i18n/lang.js";
import { type Cue, languagePack } from "../knowledge/packs.js";
import { CueText, cueExec, cueFind, cueFindAll, cueIn } from "./cue.js";
import { fold, lowerExact } from "./normalize.js";

/**
 * Questions about a time the briefing cannot speak for: "now", "currently", "the final deal",
 * a later year. The briefing reports what its sources said on their dates; a fact that itself
 * says "currently" answers "currently" as reported, anything else is out of its period. The
 * words are the language pack's (time.yaml).
 */

/** Facts are read in their English statement, with the English pack. */
const FACT_LANG: Lang = "en";

export interface PeriodMarker {
  word: string;
  /** True for outcomes and later years (abstain); false for "now" words (answer, dated). */
  beyond: boolean;
  /** Whether something happened in a later month: no fact answers, even one naming that month as a deadline. */
  strict?: boolean;
  /** The question's other outcome words ("ended up being … the final chip": "final"). */
  also?: readonly string[];
}

/** The words in the question that point past the briefing's dates, if any. */
export function periodMarker(question: string, lang: Lang, briefing: Briefing): PeriodMarker | undefined {
  const text = new CueText(question);
  const now = cueFind(languagePack(lang).time.present, text);
  const later =
    happenedLater(text, lang, briefing) ??
    asOfLater(text, lang, briefing.meta.asOf) ??
    monthAfter(text, lang, languagePack(lang).time.eventMonth, briefing.meta.asOf);
  if (later) return { word: later, beyond: true, strict: true };
  const beyond = beyondPeriod(text, lang, briefing);
  if (beyond) return { word: beyond, beyond: true, also: cueFindAll(languagePack(lang).time.outcome, text) };
  return now ? { word: now, beyond: false } : undefined;
}

/** Words in the question that point past the briefing's period (outcomes, later years), if any. */
function beyondPeriod(text: CueText, lang: Lang, briefing: Briefing): string | undefined {
  const { time } = languagePack(lang);
  const marker = cueFind(time.outcome, text) ?? cueFind(time.after, text);
  if (marker) return marker;
  const endYear = Number(briefing.meta.period.end.slice(0, 4));
  for (const m of lowerExact(text.text).matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/g))
    if (Number(m[0]) > endYear) return m[0];
  return undefined;
}

/**
 * "Did they conclude a deal in July 2025?": whether something happened in a month after the
 * briefing's period (asking what was due by then, "what happens without a deal by July
 * 2025", is answerable).
 */
function happenedLater(text: CueText, lang: Lang, briefing: Briefing): string | undefined {
  const { time } = languagePack(lang);
  if (!cueIn(time.happened, text)) return undefined;
  // "Is the deadline in July 2025?" asks what was set for then, which a fact can say; "did the
  // talks conclude by the July 2025 deadline?" asks what came of it.
  if (cueIn(time.deadline, text) && !cueIn(time.settled, text)) return undefined;
  return laterMonth(text, lang, briefing.meta.period.end);
}

/**
 * "Did they end up agreeing on OSA?", "OSAって結局合意したの？": whether talks came to an
 * agreement, asked of talks the sources report. A fact that reports how they came out (dated,
 * not a plan: "reached no consensus at their April 28 talks", time.yaml `outcomeReported`) is
 * that outcome as reported, not a time after the sources.
 */
export function settledAsReported(question: string, lang: Lang, fact: Fact): boolean {
  const factTime = languagePack(FACT_LANG).time;
  return (
    fact.date !== undefined &&
    cueIn(languagePack(lang).time.settled, question) &&
    cueIn(factTime.outcomeReported, fact.statement.en) &&
    !cueIn(factTime.planned, fact.statement.en)
  );
}

/**
 * "…before the July deadline", "期限までに", "trước hạn chót": the deadline an outcome is asked
 * against (time.yaml `byDeadline`). A dated fact of the outcome answers it by its date, so these
 * words are not the fact's to state.
 */
export function deadlineAsked(question: string, lang: Lang): string | undefined {
  return cueFind(languagePack(lang).time.byDeadline, question);
}

/**
 * "How many PhD students has Japan accepted so far?": a question about what has been done
 * since, which a fact about the plan cannot answer.
 */
export function asksProgressOfPlan(question: string, lang: Lang, fact: Fact): boolean {
  const { time } = languagePack(lang);
  const factTime = languagePack(FACT_LANG).time;
  const text = new CueText(question);
  // "How much has Japan pledged so far?" asks the pledge itself.
  if (cueIn(time.planVerbs, text)) return false;
  if (!cueIn(factTime.planned, fact.statement.en)) return false;
  // "How many Vietnamese PhD students are in Japan right now?": a count today, not the plan.
  // (A question in the plan's own terms, "how many will Japan accept, as of today", asks the plan.)
  return (
    cueIn(time.progress, text) ||
    (cueIn(time.howManyNow, text) &&
      !cueIn(time.planTense, text) &&
      !cueIn(factTime.statedNow, fact.statement.en))
  );
}

/**
 * Whether the fact says the marker or another outcome word of the question: "what ended up
 * being Japan's final bargaining chip?" asks what the fact itself calls final.
 */
export function factSaysAnyMarker(fact: Fact, marker: PeriodMarker, lang: Lang): boolean {
  return [marker.word, ...(marker.also ?? [])].some((w) => factSaysMarker(fact, w, lang));
}

/** Whether the fact itself speaks in those terms ("600,000 Vietnamese currently live…"). */
export function factSaysMarker(fact: Fact, marker: string, lang: Lang): boolean {
  const needle = fold(marker);
  return fold(fact.statement[lang]).includes(needle) || fold(fact.statement.en).includes(needle);
}

/**
 * "As of December", "12月時点", "tính đến tháng 12": a date the question asks about that is after
 * `end` (YYYY-MM-DD: the briefing's own date, asOf). A month without its year is read in that year: "as of
 * March" may be the sources' own March, "as of December" is past them either way.
 */
export function asOfLater(text: CueText, lang: Lang, end: string): string | undefined {
  const pack = languagePack(lang);
  const m = cueExec(pack.time.asOf, text);
  const asked = m?.groups?.month;
  if (!m || asked === undefined) return undefined;
  const month = monthNumber(asked, pack.months);
  if (month === 0) return undefined;
  const [endYear, endMonth] = end.split("-").map(Number) as [number, number];
  const year = m.groups?.year === undefined ? endYear : Number(m.groups.year);
  return year > endYear || (year === endYear && month > endMonth) ? m[0] : undefined;
}

/** A month as the question writes it (a number, or a name of messages.yaml `months`): 1 to 12, 0 if none. */
function monthNumber(asked: string, months: readonly string[]): number {
  if (/^\d+$/.test(asked)) return Number(asked) >= 1 && Number(asked) <= 12 ? Number(asked) : 0;
  return months.findIndex((name) => fold(name) === fold(asked)) + 1;
}

/** A month named with its year that comes after `end` (YYYY-MM-DD), as written in the question. */
function laterMonth(text: CueText, lang: Lang, end: string): string | undefined {
  const pack = languagePack(lang);
  // "later in 2025", "by the end of 2025": after the sources when the period ends in that year
  // or before it.
  const late = cueExec(pack.time.laterInYear, text);
  if (late?.groups?.year !== undefined && Number(late.groups.year) >= Number(end.slice(0, 4))) return late[0];
  return monthAfter(text, lang, pack.time.monthYear, end);
}

/**
 * The month and year the cue finds in the question ("in September 2025", "the September 2025
 * deal"), as written, when it comes after `end` (YYYY-MM-DD).
 */
function monthAfter(text: CueText, lang: Lang, cue: Cue | undefined, end: string): string | undefined {
  const pack = languagePack(lang);
  const m = cueExec(cue, text);
  const asked = m?.groups?.month;
  if (!m || asked === undefined || m.groups?.year === undefined) return undefined;
  const year = Number(m.groups.year);
  const month = monthNumber(asked, pack.months);
  if (month === 0) return undefined;
  const [endYear, endMonth] = end.split("-").map(Number) as [number, number];
  return year > endYear || (year === endYear && month > endMonth) ? m[0] : undefined;
}
