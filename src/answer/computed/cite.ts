import type { Briefing, Fact } from "../../briefing/types.js";
import type { Lang } from "../../i18n/lang.js";
import { formatDate, message } from "../messages.js";
import { suggestQuestions } from "../suggest.js";
import type { Answer, Citation } from "../types.js";

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
