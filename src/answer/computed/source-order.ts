import type { Briefing, Source } from "../../briefing/types.js";
import type { Lang } from "../../i18n/lang.js";
import { computedWords, fill } from "../../knowledge/computed-words.js";
import { languagePack } from "../../knowledge/packs.js";
import type { QuestionAnalysis } from "../analyze.js";
import { CueText, cueIn } from "../cue.js";
import { fold } from "../normalize.js";
import type { Answer, Citation } from "../types.js";
import { betweenQuestion } from "./between.js";
import { markers } from "./cite.js";
import {
  bestNamed,
  citationOf,
  dateOf,
  kindSources,
  namedSources,
  type PlainAnswer,
  plainName,
  titledSources,
} from "./source.js";
import { daysWords } from "./span.js";

/**
 * Questions comparing the sources themselves by when they came out: "Which came out first,
 * the Chamber's assessment or the S&P Global piece?", "did the AirlineGeeks piece come out
 * before the Downing Street release?", 「どっちの記事が先に出た？」, "bài nào đăng trước". The
 * answer is read from the two sources' records (publisher, date), each cited, with which came
 * first and the days between. The question must name exactly two sources of the briefing, each
 * one source (or several of one day): a source the briefing does not hold is no answer here.
 *
 * Two ways of asking: a cue of publication order (frames.yaml `sources.order`) with two
 * sources named anywhere in the question, or a question of which came first between two
 * things (computed.json `between`) whose two sides each name a source.
 */

/** How sure an answer read from two named sources' records is. */
const ORDER_CONFIDENCE = 0.9;

/** A full day (YYYY-MM-DD): a month or a year alone gives no count of days. */
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The sources a text names, by publisher or alias, web site, an entity of the briefing that is
 * the publisher, a headline, or the kind of publisher.
 */
function sourcesIn(text: string, q: QuestionAnalysis, briefing: Briefing, lang: Lang): Source[] {
  const byName = namedSources(text, q, briefing, lang);
  const entityNames = q.mentions
    .filter((m) => !m.external)
    .flatMap((m) => {
      const entity = briefing.byId.entity.get(m.id);
      return entity ? Object.values(entity.names).flat() : [];
    })
    .map((n) => fold(n));
  const byEntity = briefing.sources.filter((s) =>
    [s.publisher, ...(s.aliases ?? [])].some(
      (w) => entityNames.includes(fold(w)) || entityNames.includes(plainName(w)),
    ),
  );
  const found = new Set([...byName, ...byEntity, ...titledSources(text, briefing)]);
  if (found.size === 0) for (const s of kindSources(text, briefing)) found.add(s);
  return briefing.sources.filter((s) => found.has(s));
}

/** One source, or several of one day: what a naming stands for when dates are compared. */
function oneDay(named: readonly Source[], q: QuestionAnalysis, lang: Lang): Source[] | undefined {
  if (named.length === 0) return undefined;
  const best = named.length > 1 ? bestNamed(named, q, lang) : [...named];
  return new Set(best.map((s) => s.published)).size === 1 ? best : undefined;
}

/** The sources named, grouped by publisher: each group one naming. */
function byPublisher(sources: readonly Source[]): Source[][] {
  const groups = new Map<string, Source[]>();
  for (const s of sources) {
    const key = plainName(s.publisher);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()];
}

/** The two sources (each one or several of one day) the question compares, if it compares two. */
function comparedSources(
  question: string,
  lang: Lang,
  briefing: Briefing,
  plain: PlainAnswer,
  full: () => ReturnType<PlainAnswer>,
): [Source[], Source[]] | undefined {
  const frame = languagePack(lang).sources;
  const between = betweenQuestion(question, lang);
  if (between && (between.kind === "first" || between.kind === "span")) {
    const sides = between.labels.map((label) => {
      const { q } = plain(label);
      return oneDay(sourcesIn(label, q, briefing, lang), q, lang);
    });
    const [a, b] = sides;
    if (a && b && !a.some((s) => b.includes(s))) return [a, b];
  }
  if (!cueIn(frame?.order, new CueText(question))) return undefined;
  const { q } = full();
  const groups = byPublisher(sourcesIn(question, q, briefing, lang));
  if (groups.length !== 2) return undefined;
  const a = oneDay(groups[0]!, q, lang);
  const b = oneDay(groups[1]!, q, lang);
  return a && b ? [a, b] : undefined;
}

/** The answer to a question comparing two sources by date, or undefined when it is no such question. */
export function sourceOrderAnswer(
  question: string,
  qLang: Lang,
  lang: Lang,
  briefing: Briefing,
  plain: PlainAnswer,
): ReturnType<PlainAnswer> | undefined {
  const frame = languagePack(lang).sources;
  if (!frame) return undefined;
  let read: ReturnType<PlainAnswer> | undefined;
  const whole = () => {
    read ??= plain(question);
    return read;
  };
  const pair = comparedSources(question, qLang, briefing, plain, whole);
  if (!pair) return undefined;
  const full = whole();
  const [first, second] = [...pair].sort((x, y) => x[0]!.published.localeCompare(y[0]!.published)) as [
    Source[],
    Source[],
  ];
  const words = computedWords(lang);
  const t = words.templates;
  const ranked = [...full.candidates.map((c) => c.fact), ...briefing.facts];
  const citations: Citation[] = [];
  const factIds: string[] = [];
  const each = [first, second].map((group) => {
    const start = citations.length;
    for (const s of group) {
      // The words it is cited for: the quote of the fact nearest the question that cites it.
      const fact = ranked.find((f) => f.citations.some((c) => c.source === s.id));
      const quote = fact?.citations.find((c) => c.source === s.id)?.quote ?? s.title ?? s.publisher;
      citations.push(citationOf(s, quote));
      if (fact && !factIds.includes(fact.id)) factIds.push(fact.id);
    }
    return fill(t.betweenEach, {
      label: labelOf(group),
      date: dateOf(group[0]!, frame, lang),
      cite: markers(start, group.length),
    });
  });
  const a = first[0]!.published;
  const b = second[0]!.published;
  const sentences = [each.join(t.compareJoin) + t.sentenceEnd];
  // A month or a year alone orders nothing to the day: both dates are said, and no more.
  if (a === b) sentences.push(fill(t.betweenSame, { date: dateOf(first[0]!, frame, lang) }));
  else if (FULL_DAY.test(a) && FULL_DAY.test(b))
    sentences.push(
      fill(t.betweenFirst, {
        label: labelOf(first),
        other: labelOf(second),
        span: daysWords(a, b, words),
      }),
    );
  const answer: Answer = {
    ...full.answer,
    answered: true,
    kind: "answer",
    text: sentences.join(t.gap).trim(),
    citations,
    factIds,
    confidence: Math.max(full.answer.confidence, ORDER_CONFIDENCE),
    suggestions: [],
    lang,
    briefing: briefing.id,
  };
  return { ...full, answer };
}

/** A naming as the answer writes it: its publisher. */
function labelOf(group: readonly Source[]): string {
  return group[0]!.publisher;
}
