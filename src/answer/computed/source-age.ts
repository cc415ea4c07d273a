import type { Briefing, Source } from "../../briefing/types.js";
import type { Lang } from "../../i18n/lang.js";
import { computedWords, fill } from "../../knowledge/computed-words.js";
import { AGE_UNITS } from "../../knowledge/cue-source.js";
import { type AgeUnit, languagePack, type SourceAgeFrame } from "../../knowledge/packs.js";
import type { QuestionAnalysis } from "../analyze.js";
import { CueText, cueIn } from "../cue.js";
import { formatDate } from "../messages.js";
import type { Answer, Citation } from "../types.js";
import { isoDay, markers } from "./cite.js";
import {
  bestNamed,
  citeSource,
  dateOf,
  namedSources,
  type PlainAnswer,
  sourceTopic,
  titledSources,
  without,
} from "./source.js";
import { addDays, dayNumber, monthsAfter, spanWords } from "./span.js";

/**
 * A source's age from today: "Is the Japan Times article more than a year old now?", "The
 * Reuters piece on profit sharing: how long ago was it published?", 「セマフォーの「…」って今日
 * から見てどのくらい前の記事？」, "bài của VietnamPlus đăng cách đây bao lâu?". The question cues
 * an age and speaks of a piece (frames.yaml `sourceAge`); the piece is the source it names (by
 * publisher, site or headline) or, naming none, the source of the fact its topic asks about.
 * The answer is the source's date and how long before today that is; asked whether it is older
 * than a span, yes or no first. No source found: undefined, and the question is read as before.
 */

/** How sure an answer read from a source's record and today is. */
const AGE_CONFIDENCE = 0.9;

/** Whether the question asks a piece's age, with the language's frame. */
function ageFrame(question: string, lang: Lang): SourceAgeFrame | undefined {
  const frame = languagePack(lang).sourceAge;
  if (!frame) return undefined;
  const text = new CueText(question);
  return cueIn(frame.asked, text) && cueIn(frame.piece, text) ? frame : undefined;
}

/** The sources of the fact that answers the text, when it answers. */
function topicSources(read: ReturnType<PlainAnswer>, briefing: Briefing): Source[] {
  if (!read.answer.answered) return [];
  const fact = briefing.byId.fact.get(read.answer.factIds[0] ?? "");
  const ids = new Set(fact?.citations.map((c) => c.source) ?? []);
  return briefing.sources.filter((s) => ids.has(s.id));
}

/**
 * The pieces asked about: those named (of several, those the topic's fact cites, else those
 * the question describes best), else the topic's fact's sources when all are of one day.
 */
function askedSources(
  question: string,
  q: QuestionAnalysis,
  frame: SourceAgeFrame,
  lang: Lang,
  briefing: Briefing,
  plain: PlainAnswer,
): Source[] {
  const byName = [
    ...new Set([...namedSources(question, q, briefing, lang), ...titledSources(question, briefing)]),
  ];
  const named = byName.length > 0 ? byName : inLanguage(question, frame, briefing);
  if (named.length === 1) return named;
  // What the piece reported: the question without its words of age and of the source.
  const topic = plain(sourceTopic(without(question, frame.asked), lang));
  const cited = topicSources(topic, briefing);
  if (named.length > 1) {
    const both = named.filter((s) => cited.includes(s));
    return both.length > 0 ? both : bestNamed(named, q, lang);
  }
  // Named by its topic alone ("the article about the summit"), the piece must be asked when it
  // came out: "how long before Ishiba's visit" is a span between events.
  if (!cueIn(frame.published, new CueText(question))) return [];
  return new Set(cited.map((s) => s.published)).size === 1 ? cited : [];
}

/** The sources written in the language the question names them by ("the Vietnamese article"). */
function inLanguage(question: string, frame: SourceAgeFrame, briefing: Briefing): Source[] {
  const text = new CueText(question);
  const codes = Object.keys(frame.languages).filter((code) => cueIn(frame.languages[code], text));
  return briefing.sources.filter((s) => s.language !== undefined && codes.includes(s.language));
}

/** The span an older- or younger-than question names, as the day that long before `today`. */
interface Limit {
  day: string;
  /** The question asks whether it is younger ("less than a year old"), not older. */
  younger: boolean;
}

function limitOf(question: string, frame: SourceAgeFrame, today: string): Limit | undefined {
  const text = question.normalize("NFKC");
  for (const [younger, patterns] of [
    [true, frame.younger],
    [false, frame.older],
  ] as const)
    for (const re of patterns) {
      const g = re.exec(text)?.groups;
      const unit = g?.unit ? unitOf(g.unit, frame) : undefined;
      if (!unit) continue;
      const n = g?.n ? Number(g.n) : 1;
      return { day: before(today, unit, n), younger };
    }
  return undefined;
}

function unitOf(written: string, frame: SourceAgeFrame): AgeUnit | undefined {
  const w = written.toLowerCase();
  return (Object.keys(frame.units) as AgeUnit[]).find((u) =>
    frame.units[u]?.some((x) => x.toLowerCase() === w),
  );
}

/** The day `n` units before `today`. */
function before(today: string, unit: AgeUnit, n: number): string {
  const span: { months?: number; days?: number } = AGE_UNITS[unit];
  return span.months ? monthsAfter(today, -span.months * n) : addDays(today, -(span.days ?? 1) * n);
}

/** The answer to a question of a piece's age, or undefined when it asks none or names no piece. */
export function sourceAgeAnswer(
  question: string,
  qLang: Lang,
  lang: Lang,
  briefing: Briefing,
  plain: PlainAnswer,
  now: Date,
): ReturnType<PlainAnswer> | undefined {
  const asked = ageFrame(question, qLang);
  const frame = languagePack(lang).sourceAge;
  const sourceFrame = languagePack(lang).sources;
  if (!asked || !frame || !sourceFrame) return undefined;
  const full = plain(question);
  const sources = askedSources(question, full.q, asked, qLang, briefing, plain);
  if (sources.length === 0) return undefined;
  const today = isoDay(now);
  const limit = limitOf(question, asked, today);
  const t = frame.templates;
  const words = computedWords(lang);
  const ranked = [...full.candidates.map((c) => c.fact), ...briefing.facts];
  const citations: Citation[] = [];
  const factIds: string[] = [];
  const sentences = sources.map((s, i) => {
    citeSource(s, ranked, citations, factIds);
    const vars = {
      publisher: s.publisher,
      title: s.title ?? "",
      date: dateOf(s, sourceFrame, lang),
      ago: spanWords(s.published, today, words),
      today: formatDate(today, lang),
      cite: markers(i, 1),
    };
    return fill(s.title ? t.age : t.ageUntitled, vars).trim();
  });
  // Older (or younger) than the span asked: every piece published before the day that long ago.
  if (limit) {
    const older = sources.every((s) => dayNumber(s.published) < dayNumber(limit.day));
    const newer = sources.every((s) => dayNumber(s.published) >= dayNumber(limit.day));
    if (older || newer) sentences.unshift(older !== limit.younger ? t.older : t.newer);
  }
  const answer: Answer = {
    ...full.answer,
    answered: true,
    kind: "answer",
    text: sentences.join(sourceFrame.templates.gap).trim(),
    citations,
    factIds,
    confidence: Math.max(full.answer.confidence, AGE_CONFIDENCE),
    suggestions: [],
    lang,
    briefing: briefing.id,
  };
  return { ...full, answer };
}
