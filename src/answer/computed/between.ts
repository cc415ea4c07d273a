import type { Briefing, Fact } from "../../briefing/types.js";
import type { Lang } from "../../i18n/lang.js";
import { type BetweenRule, computedWords, fill } from "../../knowledge/computed-words.js";
import type { QuestionAnalysis } from "../analyze.js";
import { compose } from "../compose.js";
import { formatDate } from "../messages.js";
import { fold } from "../normalize.js";
import type { Answer } from "../types.js";
import { citationsOf, markers, twoFactAnswer } from "./cite.js";
import type { PlainAnswer } from "./source.js";
import { daysWords } from "./span.js";

/**
 * Questions about the time between two events: "How many days between the announcement and
 * the tariff cuts taking effect?", "Who got Trump on the phone first, Lam or Ishiba?". Each
 * event is asked of the briefing as a plain "when" question; each must be answered by its own
 * fact with a full date. The answer gives both dates, each cited, which came first and the
 * days between. Nothing is computed from a date no fact holds: an event not found, or found
 * only as the other one's fact, is no answer.
 */

export type BetweenKind = BetweenRule["kind"];

export interface BetweenQuestion {
  kind: BetweenKind;
  /** The two "when" questions, in the order the question names the events. */
  asks: [string, string];
  /** How the question names each event. */
  labels: [string, string];
}

/** `$<name>` in a template filled with the match's named group. */
function withGroups(template: string, groups: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\$<(\w+)>/g, (_, k: string) => (groups[k] ?? "").trim());
}

/**
 * A figure in brackets after an event ("Xi's visit ending (15 Apr)", "訪問（4月15日）"): the
 * asker's note of its date. The event is found by its words; its date is the fact's.
 */
const BRACKETED_FIGURE = /\s*[(（[][^()（）[\]]*\d[^()（）[\]]*[)）\]]/g;

/** The event's words without the asker's bracketed notes of a date. */
function withoutNotes(
  groups: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(groups)) out[k] = v?.replace(BRACKETED_FIGURE, "");
  return out;
}

/** The question's two events and what it asks of them, or undefined when it asks no such thing. */
export function betweenQuestion(question: string, lang: Lang): BetweenQuestion | undefined {
  const text = question.trim();
  for (const rule of computedWords(lang).between) {
    const found = rule.pattern.exec(text)?.groups;
    const g = found && withoutNotes(found);
    if (!g?.a?.trim() || !g.b?.trim()) continue;
    return {
      kind: rule.kind,
      asks: [withGroups(rule.a, g), withGroups(rule.b, g)],
      labels: [g.a.trim(), g.b.trim()],
    };
  }
  return undefined;
}

/** A full day (YYYY-MM-DD): a month or a year alone gives no count of days. */
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

interface Event {
  fact: Fact;
  date: string;
  label: string;
  confidence: number;
}

/**
 * The event a "when" question finds: the first fact of its answer dated to the day, unless
 * that is one of the facts already `taken` by the other event. A question that names only someone ("when was Ishiba?") is no event.
 * An event named by its end ("Xi leaving Vietnam") that no fact dates by itself is the end of
 * a stay a fact dates as a span: asked without the words of leaving, only a fact with `until`
 * answers it.
 */
function eventOf(
  ask: string,
  label: string,
  plain: PlainAnswer,
  briefing: Briefing,
  lang: Lang,
  taken: ReadonlySet<string>,
): Event | undefined {
  const found = datedEvent(ask, label, plain, briefing, lang, taken, false);
  if (found !== undefined) return found || undefined;
  // "the start of Xi's visit": asked as "Xi's visit", dated by its first day.
  if (startNamed(label, lang)) {
    const event = without(computedWords(lang).spanStart, ask);
    return event === ask
      ? undefined
      : datedEvent(event, label, plain, briefing, lang, taken, false) || undefined;
  }
  if (!endNamed(label, lang)) return undefined;
  const stay = withoutEndWords(ask, lang);
  return stay === ask ? undefined : datedEvent(stay, label, plain, briefing, lang, taken, true) || undefined;
}

/** The event, undefined when no fact of the answer is dated to the day, false when the other event's fact was found again. */
function datedEvent(
  ask: string,
  label: string,
  plain: PlainAnswer,
  briefing: Briefing,
  lang: Lang,
  taken: ReadonlySet<string>,
  spanOnly: boolean,
): Event | false | undefined {
  const { answer, q } = plain(ask);
  // Without its words of leaving the question names only who left where ("Xi … Vietnam"):
  // the stay is the fact's span, and the fact must name them all.
  if (!answer.answered || (!spanOnly && onlyActors(q, briefing))) return undefined;
  // An event not named by its end ("Ishiba's visit") is dated by a fact of its start before one
  // of its end ("set to leave Hanoi on April 29"), whichever the answer gives first.
  const ends = (id: string) => {
    const fact = briefing.byId.fact.get(id);
    return fact !== undefined && computedWords(lang).spanEnd.some((re) => re.test(fact.statement[lang]));
  };
  const ids = endNamed(label, lang)
    ? answer.factIds
    : [...answer.factIds.filter((id) => !ends(id)), ...answer.factIds.filter(ends)];
  for (const id of ids) {
    const fact = briefing.byId.fact.get(id);
    if (!fact?.date || !FULL_DAY.test(fact.date)) continue;
    if (spanOnly && (fact.until === undefined || !namesAll(fact, q))) continue;
    // The other event's fact found again: the two were not told apart.
    if (taken.has(id)) return false;
    return {
      fact,
      date: dayOf(fact, fact.date, label, lang),
      label: labelOf(label, q.mentions, briefing, lang),
      confidence: answer.confidence,
    };
  }
  return undefined;
}

/** Whether the fact names every entity of the briefing the question names. */
function namesAll(fact: Fact, q: QuestionAnalysis): boolean {
  const named = new Set(fact.entities.map((e) => e.entity));
  return q.mentions.every((m) => m.external || named.has(m.id));
}

/** Whether the question names the event by its end ("leaving", "離れて", "rời"). */
function endNamed(label: string, lang: Lang): boolean {
  return computedWords(lang).spanEnd.some((re) => re.test(label));
}

/** Whether the question names the event by its start ("the start of", "初日", "bắt đầu"). */
function startNamed(label: string, lang: Lang): boolean {
  return computedWords(lang).spanStart.some((re) => re.test(label));
}

/** The "when" question without the words `res` match. */
function without(res: readonly RegExp[], ask: string): string {
  let out = ask;
  for (const re of res) while (re.test(out)) out = out.replace(re, " ");
  return out.replace(/\s{2,}/g, " ");
}

/** The "when" question without its words of leaving or ending: it asks of the stay. */
function withoutEndWords(ask: string, lang: Lang): string {
  return without(computedWords(lang).spanEnd, ask);
}

/**
 * The day an event is dated by: the last day of its fact's span when the question names it by
 * its end ("Xi leaving Vietnam", "習主席がベトナムを離れて"), else the first.
 */
export function dayOf(fact: Fact, first: string, label: string, lang: Lang): string {
  return fact.until !== undefined && endNamed(label, lang) ? fact.until : first;
}

/** Kinds of entity that do things rather than happen: a name of one alone is no event. */
const ACTOR_KINDS: ReadonlySet<string> = new Set(["person", "country", "group", "organization", "place"]);

/** The question names only actors ("when was Ishiba?"): it asks of no event. */
function onlyActors(q: QuestionAnalysis, briefing: Briefing): boolean {
  return (
    q.words.every((w) => w.unknown) &&
    q.mentions.every((m) => m.external || ACTOR_KINDS.has(briefing.byId.entity.get(m.id)?.kind ?? ""))
  );
}

/** A label that is only a name ("lam") as the briefing writes the name ("To Lam"). */
function labelOf(
  label: string,
  mentions: readonly { id: string; surface: string; external?: boolean }[],
  briefing: Briefing,
  lang: Lang,
): string {
  const named = mentions.find((m) => !m.external && fold(m.surface) === fold(label));
  return (named && briefing.byId.entity.get(named.id)?.names[lang][0]) ?? label;
}

/**
 * The answer to a question about two events, or undefined when either is not found (the
 * caller says what then: not covered, or the plain answer for a span the sources state).
 * `compact`: the computed sentences alone, without the two facts as stated (one part of a
 * question in parts).
 */
export function betweenAnswer(
  bq: BetweenQuestion,
  plain: PlainAnswer,
  briefing: Briefing,
  lang: Lang,
  compact = false,
): Answer | undefined {
  const first = eventOf(bq.asks[0], bq.labels[0], plain, briefing, lang, new Set());
  if (!first) return undefined;
  const second = eventOf(bq.asks[1], bq.labels[1], plain, briefing, lang, new Set([first.fact.id]));
  if (!second) return undefined;
  // "Was A before or after B?": said of A, as asked; otherwise the earlier event first.
  const events: [Event, Event] =
    bq.kind === "order" ? [first, second] : first.date <= second.date ? [first, second] : [second, first];
  return written(events, bq.kind, briefing, lang, compact);
}

/** Of A and B in the order asked: "A was after B, by 12 days." */
function orderSentence(a: Event, b: Event, words: ReturnType<typeof computedWords>): string {
  const t = words.templates;
  const [early, late] = a.date < b.date ? [a, b] : [b, a];
  return fill(a.date < b.date ? t.betweenBefore : t.betweenAfter, {
    label: a.label,
    other: b.label,
    span: daysWords(early.date, late.date, words),
  });
}

function written(
  events: [Event, Event],
  kind: BetweenKind,
  briefing: Briefing,
  lang: Lang,
  compact: boolean,
): Answer {
  const words = computedWords(lang);
  const t = words.templates;
  const [a, b] = events;
  const countA = citationsOf(briefing, a.fact).length;
  const countB = citationsOf(briefing, b.fact).length;
  const each = [
    fill(t.betweenEach, { label: a.label, date: formatDate(a.date, lang), cite: markers(0, countA) }),
    fill(t.betweenEach, { label: b.label, date: formatDate(b.date, lang), cite: markers(countA, countB) }),
  ].join(t.compareJoin);
  const result =
    a.date === b.date
      ? fill(t.betweenSame, { date: formatDate(a.date, lang) })
      : kind === "order"
        ? orderSentence(a, b, words)
        : fill(t.betweenFirst, { label: a.label, other: b.label, span: daysWords(a.date, b.date, words) });
  const computed = `${each}${t.sentenceEnd}${t.gap}${result}`;
  // The two facts as stated follow when they fit; their markers number as the events' do.
  const stated = compact
    ? { text: "", factIds: [] }
    : compose(
        briefing,
        events.map((e) => ({ fact: e.fact, attributed: false })),
        lang,
        new Date(0),
      );
  return twoFactAnswer(
    briefing,
    lang,
    [a.fact, b.fact],
    computed,
    stated,
    t.gap,
    Math.min(a.confidence, b.confidence),
  );
}

/**
 * Whether an answer's facts state a span of time themselves ("three days after To Lam's
 * call"): for "how long after X did Y", the sources' own words come before arithmetic.
 */
export function statesSpan(answer: Answer, briefing: Briefing, lang: Lang): boolean {
  const { durations } = computedWords(lang);
  return (
    answer.answered &&
    answer.factIds.some((id) => briefing.byId.fact.get(id)?.numbers.some((n) => n.unit in durations))
  );
}
