import type { Briefing, Fact } from "../../briefing/types.js";
import type { Lang } from "../../i18n/lang.js";
import { formatDate, message } from "../messages.js";
import { suggestQuestions } from "../suggest.js";
import { type Answer, type Citation, MAX_ANSWER_CHARS } from "../types.js";

/** A fact's citations as an answer gives them, numbered from `start` (0-based). */
export function citationsOf(briefing: Briefing, fact: Fact): Citation[] {
  const out: Citation[] = [];
  for (const c of fact.citations) {
    const s = briefing.byId.source.get(c.source);
    if (s)
      out.push({
        sourceId: s.id,
        publisher: s.publisher,
        title: s.title,
        url: s.url,
        published: s.published,
        quote: c.quote,
      });
  }
  return out;
}

/** "[3][4]": the markers of citations numbered from `start` (0-based). */
export function markers(start: number, count: number): string {
  let s = "";
  for (let i = 0; i < count; i++) s += `[${start + i + 1}]`;
  return s;
}

/** The date a fact was reported on: its first cited source's publication date. */
export function reportedOn(briefing: Briefing, fact: Fact): string | undefined {
  for (const c of fact.citations) {
    const s = briefing.byId.source.get(c.source);
    if (s) return s.published;
  }
  return undefined;
}

/** The plain "not covered" answer, with suggestions from the closest topic. */
export function notCovered(briefing: Briefing, lang: Lang, topicId: string | undefined): Answer {
  return {
    answered: false,
    kind: "abstain",
    text: message("abstain", lang, {
      title: briefing.meta.title[lang],
      date: formatDate(briefing.meta.asOf, lang),
    }),
    citations: [],
    factIds: [],
    confidence: 0,
    lang,
    briefing: briefing.id,
    suggestions: suggestQuestions(briefing, lang, 3, topicId),
  };
}

/** A YYYY-MM-DD date of a Date, in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * An answer computed from two facts: the computed sentence, then the two facts as stated when
 * they fit the length limit (their markers number as the computed sentence's do).
 */
export function twoFactAnswer(
  briefing: Briefing,
  lang: Lang,
  facts: readonly [Fact, Fact],
  computed: string,
  stated: { text: string; factIds: readonly string[] },
  gap: string,
  confidence: number,
): Answer {
  const full = `${computed}${gap}${stated.text}`;
  const text = stated.factIds.length === 2 && full.length <= MAX_ANSWER_CHARS ? full : computed;
  return {
    answered: true,
    kind: "answer",
    text,
    citations: [...citationsOf(briefing, facts[0]), ...citationsOf(briefing, facts[1])],
    factIds: [facts[0].id, facts[1].id],
    confidence,
    lang,
    briefing: briefing.id,
    suggestions: [],
  };
}
