import type { Briefing, Fact, Source } from "../../briefing/types.js";
import type { Lang } from "../../i18n/lang.js";
import { fill } from "../../knowledge/computed-words.js";
import { SOURCE_FIELDS } from "../../knowledge/cue-source.js";
import { type Cue, languagePack, type SourceField, type SourceFrame } from "../../knowledge/packs.js";
import { compilePattern } from "../../lang/pattern.js";
import type { QuestionAnalysis } from "../analyze.js";
import { spaceLatinApart } from "../compose.js";
import { CueText, cueIn } from "../cue.js";
import { formatDate } from "../messages.js";
import { fold } from "../normalize.js";
import type { Candidate } from "../rank.js";
import { stem } from "../tokenize.js";
import { type Answer, type Citation, MAX_ANSWER_CHARS } from "../types.js";
import { markers, notCovered } from "./cite.js";
import { basisAnswer, isBasisField, type SourceWriting } from "./source-basis.js";
import { topicSourcesAnswer } from "./source-topic.js";
import { datesIn } from "./today.js";

const WORDS = compilePattern("[\\p{L}\\p{N}]+", "gu");

/**
 * Questions about the sources themselves: "Who published the report on X?", "When was the
 * Hogan Lovells piece published?", "出典は？", "bài báo đăng ngày nào". The answer comes from
 * a source's metadata (publisher, date, headline, link): the source of the fact that answers
 * the topic, or the source the question names. No fact for the topic, no source named: the
 * engine abstains as for any question.
 */

export interface SourceQuestion {
  /** What is asked of the source (the publisher and date when the question does not say). */
  fields: readonly SourceField[];
  /** The question without its words about the source: what the source reported. */
  topic: string;
  /** The question speaks of the sources as a whole ("when were these articles published"). */
  all: boolean;
  /** The question asks for several sources of its topic ("which outlets reported X"). */
  many: boolean;
}

/** The plain answer to a text, and how it was read: the engine's usual path. */
export type PlainAnswer = (text: string) => { answer: Answer; q: QuestionAnalysis; candidates: Candidate[] };

const SOURCE_KIND = "source";
/** Asked for when a question about a source does not say what of it. */
const DEFAULT_FIELDS: readonly SourceField[] = SOURCE_FIELDS.slice(0, 2);

/** Whether the question asks about a source, and what of it. */
export function sourceQuestion(question: string, lang: Lang): SourceQuestion | undefined {
  const pack = languagePack(lang);
  const frame = pack.sources;
  if (!frame) return undefined;
  const text = new CueText(question);
  if (!pack.asks.some((a) => a.kind === SOURCE_KIND && cueIn(a.cue, text))) return undefined;
  const fields = SOURCE_FIELDS.filter((f) => cueIn(frame.fields[f], text));
  return {
    fields: fields.length > 0 ? fields : DEFAULT_FIELDS,
    topic: sourceTopic(question, lang),
    all: cueIn(frame.all, text),
    many: cueIn(frame.many, text),
  };
}

/**
 * The question without its words about the source: what the source reported. Words about the
 * sources as a whole ("この件", "these articles") are no topic either.
 */
export function sourceTopic(question: string, lang: Lang): string {
  const frame = languagePack(lang).sources;
  return frame ? without(without(question, frame.about), frame.all) : question;
}

/** The text with every match of the cue blanked (in the text as written when the cue's form keeps its length). */
export function without(question: string, cue: Cue | undefined): string {
  if (!cue) return question;
  const text = new CueText(question);
  const form = text.form(cue.form);
  const all = compilePattern(text.expression(cue).source, "gu");
  const trimmed = question.trim();
  const base = form.length === trimmed.length ? trimmed : form;
  let out = base;
  for (const m of form.matchAll(all))
    out = out.slice(0, m.index) + " ".repeat(m[0].length) + out.slice(m.index + m[0].length);
  return out.replace(/\s+/g, " ").trim();
}

/** Stems of a source's own words (publisher, headline, date as written): a question's words about it. */
function ownStems(source: Source, lang: Lang): Set<string> {
  const text = `${source.publisher} ${(source.kind ?? []).join(" ")} ${source.title ?? ""} ${formatDate(source.published, lang)} ${hostOf(source)}`;
  return new Set([...fold(text).matchAll(WORDS)].map((m) => stem(m[0])));
}

/** The question's words that speak of none of the named sources: its topic. */
function topicWords(q: QuestionAnalysis, named: readonly Source[], lang: Lang): string[] {
  const own = named.map((s) => ownStems(s, lang));
  return q.words.map((w) => w.word).filter((w) => !own.some((set) => set.has(stem(fold(w)))));
}

/** Of several sources named alike ("the White House fact sheet"), those the question describes best. */
export function bestNamed(named: readonly Source[], q: QuestionAnalysis, lang: Lang): Source[] {
  const words = q.words.map((w) => stem(fold(w.word)));
  const scores = named.map((s) => {
    const own = ownStems(s, lang);
    return words.filter((w) => own.has(w)).length;
  });
  const top = Math.max(...scores);
  return named.filter((_, i) => scores[i] === top);
}

/**
 * The answer to a question about a source. The whole question first (it may find the fact as
 * asked); then its topic alone; then the source it names, when nothing else is asked of it.
 */
export function sourceAnswer(
  sq: SourceQuestion,
  question: string,
  lang: Lang,
  briefing: Briefing,
  plain: PlainAnswer,
) {
  const full = plain(question);
  // "Which outlet says Xi came 'just two weeks' earlier?": the engine's answer already gives
  // each fact with its publisher, each source's version where they differ.
  // ("Which paper ran this article?" speaks of the sources as a whole, "which outlets reported
  // the summit?" asks for several: read on below.)
  const publisherOnly =
    full.answer.answered && full.q.asksSource && sq.fields.every((f) => f === SOURCE_FIELDS[0]);
  // "…published the release titled 'UK-US trade deal kicks into gear'?": a headline quoted
  // names its source, whatever fact the question's other words find.
  const quoted = titledSources(question, briefing, true);
  const citesQuoted = factOf(full.answer, briefing)?.citations.some((c) =>
    quoted.some((s) => s.id === c.source),
  );
  if (quoted.length > 0 && !citesQuoted)
    return { ...full, answer: namedAnswer(quoted, sq.fields, full, briefing, lang) };
  if (publisherOnly && !sq.all && !sq.many) return full;
  // "Which outlet ran the 'Trump hails US-UK trade deal' story?": no publisher named, but a
  // headline is, in words no other source's headline has.
  const byName = namedSources(question, full.q, briefing, lang);
  // "Who wrote the AirlineGeeks piece?": its author, not its publisher; only the source's own
  // record of who wrote it answers (fit rule author-of-named-source), else the bot abstains.
  if (full.q.asksAuthor && full.q.sources.length > 0) return full;
  // "Which law firm wrote …": the kind of publisher it is (`sources[].kind`) describes it.
  const byTitle = byName.length === 0 ? titledSources(question, briefing) : [];
  const byKind = byName.length === 0 ? kindSources(question, briefing) : [];
  const both = byTitle.filter((s) => byKind.includes(s));
  const described = both.length > 0 ? both : byTitle.length > 0 ? byTitle : byKind;
  const named = byName.length > 0 ? byName : described;
  // "What's the Japan Times headline?": a headline the briefing does not hold is said to be
  // missing, never answered with some fact of that source.
  const missing = missingTitle(sq.fields, named, briefing, lang);
  if (missing) return { ...full, answer: missing };
  const topic = plain(sq.topic);
  const asked = topicWords(topic.q, named, lang);
  // What is left once the words about the source are gone must still say a topic: a name, or
  // two words ("the two articles" leaves "two", which is no topic).
  const topical = topic.q.mentions.some((m) => !m.external) || asked.length >= MIN_TOPIC_WORDS;
  // "When were these articles published?", "which outlets are your sources?": no topic, no
  // source named, the sources as a whole: each one's record.
  // "Whose report is the Dailywrap story based on?": the source's record of its basis.
  if (sq.fields.some(isBasisField)) {
    const found =
      named.length > 0
        ? bestNamed(named, topic.q, lang)
        : factSources(full, topical ? topic : undefined, briefing);
    // "What language was the original written in?": no source named, no topic: the sources
    // whose record says where their report originally comes from.
    const scope =
      named.length === 0 && !topical && sq.fields.includes(SOURCE_FIELDS[6])
        ? briefing.sources.filter((s) => s.origin !== undefined)
        : found;
    const ranked = [...full.candidates.map((c) => c.fact), ...briefing.facts];
    const basis = basisAnswer(
      scope,
      sq.fields,
      named.length > 0,
      ranked,
      full.answer,
      briefing,
      lang,
      WRITING,
    );
    if (basis) return { ...full, answer: basis };
  }
  if (sq.all && named.length === 0 && !topical)
    return { ...full, answer: everySourceAnswer(sq.fields, full, briefing, lang) };
  // "Which outlets is your info on the Hanoi summit from?": each publisher of the facts on it.
  const listed =
    sq.many && named.length === 0 && topical ? topicListAnswer(sq, full, topic, briefing, lang) : undefined;
  if (listed) return { ...full, answer: listed };
  if (publisherOnly) return full;
  // "S&P Globalのバイオエタノール記事の公開日は？": one word of topic left, but a fact of the
  // named source answers it.
  const topicFact = factOf(topic.answer, briefing);
  const ofNamed = topicFact?.citations.some((c) => named.some((s) => s.id === c.source)) ?? false;
  const fact = factOf(full.answer, briefing) ?? (topical || ofNamed ? topicFact : undefined);
  if (fact) {
    const cited = citedSources(fact, briefing, named);
    if (named.length === 0 || cited.some((s) => named.includes(s)))
      return { ...full, answer: reportedAnswer(fact, cited, sq.fields, full.answer, briefing, lang) };
    // A fact answers the question as asked, and its sources hold none of the headline's words.
    if (described.length > 0 && full.answer.answered) return full;
  }
  // "Which Indian paper reported Trump calling the deal fair?": the publisher's country
  // (`sources[].country`) describes it; the fact asked about, read without the country, must
  // cite that very source.
  const fromCountry = named.length === 0 ? countryAnswer(sq, full, briefing, lang, plain) : undefined;
  if (fromCountry) return fromCountry;
  // "Which outlet reported on the Rolls-Royce tariff exemption?": no fact says it in those
  // words, but a source's headline does, every word of it.
  const headlined = named.length === 0 && topical ? headlinedSources(topic.q, briefing, lang) : [];
  if (headlined.length > 0)
    return { ...full, answer: namedAnswer(headlined, sq.fields, full, briefing, lang) };
  if (named.length === 0) return full;
  // A named source, but what it reported is not in the briefing: not some other fact.
  // (A headline matched is the source asked about, whatever else the question says of it.)
  if (asked.length > 0 && byTitle.length === 0)
    return { ...full, answer: notCovered(briefing, lang, topicOf(full.candidates)) };
  const chosen = bestNamed(named, topic.q, lang);
  return { ...full, answer: namedAnswer(chosen, sq.fields, full, briefing, lang) };
}

/**
 * The reply when a question asks for the headline of named sources that print none: what the
 * briefing holds of them instead (the date, the link), and no answer.
 */
function missingTitle(
  fields: readonly SourceField[],
  named: readonly Source[],
  briefing: Briefing,
  lang: Lang,
): Answer | undefined {
  const frame = languagePack(lang).sources!;
  const template = frame.templates.noTitle;
  if (!template || !fields.includes(SOURCE_FIELDS[2]) || named.length === 0) return undefined;
  if (named.some((s) => s.title)) return undefined;
  const sentences = named.map((s) =>
    fill(template, { publisher: s.publisher, date: dateOf(s, frame, lang), url: s.url }).trim(),
  );
  return {
    answered: false,
    kind: "abstain",
    text: joined(sentences, lang, frame),
    citations: [],
    factIds: [],
    confidence: 0,
    lang,
    briefing: briefing.id,
    suggestions: [],
  };
}

/** A publisher as people write it: "Dailywrap (PAP)" → "dailywrap", "The Japan Times" → "japan times". */
export function plainName(publisher: string): string {
  const words = fold(publisher)
    .replace(/\s*\(.*?\)\s*/g, " ")
    .replace(/,.*$/, "")
    .trim()
    .split(/\s+/);
  const stop = languagePack(NAME_LANG).stop;
  while (words.length > 1 && stop.has(words[0]!)) words.shift();
  return words.join(" ");
}

/** Content words that make a topic of what is left of a question about a source. */
const MIN_TOPIC_WORDS = 2;

/** Publishers are named in English. */
const NAME_LANG: Lang = "en";

/** The web sites a question writes ("gov.uk", "japantimes.co.jp"). */
const SITE = compilePattern("[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+", "gu");

/** Whether the question names the source's web site: its host, or the host's tail ("gov.uk" for www.gov.uk). */
function namesSite(text: string, source: Source): boolean {
  const host = hostOf(source);
  if (!host) return false;
  return [...text.matchAll(SITE)].some(([site]) => host === site || host.endsWith(`.${site}`));
}

function hostOf(source: Source): string {
  try {
    return new URL(source.url).hostname;
  } catch {
    return "";
  }
}

/** Whether the folded text holds the name as a word of its own. */
function holdsName(text: string, name: string): boolean {
  if (name.length < 3 && LATIN_ONLY.test(name)) return false;
  const at = text.indexOf(name);
  return (
    at >= 0 && !LATIN_OR_DIGIT.test(text[at - 1] ?? "") && !LATIN_OR_DIGIT.test(text[at + name.length] ?? "")
  );
}

/**
 * The sources a question names by publisher or web site, in any script around them ("Hogan
 * Lovellsの記事", "the gov.uk press release"); of several, those published on a day it names.
 */
export function namedSources(
  question: string,
  q: QuestionAnalysis,
  briefing: Briefing,
  lang: Lang,
): Source[] {
  const text = fold(question);
  const named = briefing.sources.filter((s) => {
    if (q.sources.includes(s.id)) return true;
    if (namesSite(text, s)) return true;
    return [s.publisher, ...(s.aliases ?? [])].some((written) => holdsName(text, plainName(written)));
  });
  const days = datesIn(question, lang);
  const dated = named.filter((s) => days.includes(s.published));
  return dated.length > 0 ? dated : named;
}

const LATIN_OR_DIGIT = compilePattern("[\\p{Script=Latin}\\p{N}]", "u");
const LATIN_ONLY = compilePattern("^[\\p{Script=Latin}\\s]*$", "u");

/** The sources whose kind of publisher (`sources[].kind`: "law firm") the question names. */
export function kindSources(question: string, briefing: Briefing): Source[] {
  const text = fold(question);
  return briefing.sources.filter((s) => (s.kind ?? []).some((kind) => holdsName(text, fold(kind))));
}

/** Folded, stemmed words of a text, in order. */
function stemsOf(text: string): string[] {
  return [...fold(text).matchAll(WORDS)].map((m) => stem(m[0]));
}

/** A phrase the question sets in quote marks: 'key takeaways', “fair, open”, 「…」. */
const QUOTED = compilePattern(
  '(?:(?<![\\p{L}\\p{N}])["\'‘“]|[「『])([^"“”「」『』]+?)(?:["\'’”](?![\\p{L}\\p{N}])|[」』])',
  "gu",
);

/** Words of a headline written as a run in a question: at least this many, unquoted. */
const MIN_TITLE_RUN = 3;
/** A quoted phrase names a headline that holds all of it, in order, from this many words. */
const MIN_QUOTED_RUN = 2;

/** Whether `run` occurs in `words` as consecutive words. */
function holdsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++)
    if (run.every((w, k) => words[i + k] === w)) return true;
  return false;
}

/** The longest run of the question's words that the headline holds in order, as words. */
function longestRun(question: readonly string[], title: readonly string[]): string[] {
  let best: string[] = [];
  for (let i = 0; i < question.length; i++)
    for (let n = best.length + 1; i + n <= question.length; n++) {
      const run = question.slice(i, i + n);
      if (!holdsRun(title, run)) break;
      best = run;
    }
  return best;
}

/**
 * The sources a question names by their headline, in part, quoted or not ("the 'key
 * takeaways' note", "the trump hails us-uk trade deal story"): a quoted phrase the headline
 * holds whole, or a run of three of its words, either with a word no other headline has.
 */
export function titledSources(question: string, briefing: Briefing, quotedOnly = false): Source[] {
  const stop = languagePack(NAME_LANG).stop;
  const titles = briefing.sources.map((s) => (s.title ? stemsOf(s.title) : []));
  const words = stemsOf(question);
  const quoted = [...question.matchAll(QUOTED)].map((m) => stemsOf(m[1] ?? ""));
  const scores = briefing.sources.map((_, i) => {
    const title = titles[i]!;
    if (title.length === 0) return 0;
    const own = (run: readonly string[]) =>
      run.some((w) => !stop.has(w) && titles.every((t, j) => j === i || !t.includes(w)));
    const whole = quoted.filter((q) => q.length >= MIN_QUOTED_RUN && holdsRun(title, q) && own(q));
    if (whole.length > 0) return Math.max(...whole.map((q) => q.length));
    if (quotedOnly) return 0;
    const run = longestRun(words, title);
    const content = run.filter((w) => !stop.has(w));
    return run.length >= MIN_TITLE_RUN && content.length >= MIN_QUOTED_RUN && own(run) ? run.length : 0;
  });
  const top = Math.max(0, ...scores);
  return top > 0 ? briefing.sources.filter((_, i) => scores[i] === top) : [];
}

/**
 * The answer naming the sources whose publisher's country (`sources[].country`) the question
 * names, when the fact it asks about, read without that country, cites one of them.
 */
function countryAnswer(
  sq: SourceQuestion,
  full: ReturnType<PlainAnswer>,
  briefing: Briefing,
  lang: Lang,
  plain: PlainAnswer,
): ReturnType<PlainAnswer> | undefined {
  const mentions = full.q.mentions.filter((m) =>
    briefing.sources.some((s) => s.country !== undefined && s.country === m.id),
  );
  if (mentions.length === 0) return undefined;
  const described = briefing.sources.filter((s) => mentions.some((m) => m.id === s.country));
  let topic = sq.topic;
  for (const m of mentions)
    topic = topic.replace(compilePattern(m.surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "giu"), " ");
  const read = plain(topic.replace(/\s+/g, " ").trim());
  const fact = factOf(read.answer, briefing);
  if (!fact) return undefined;
  const cited = citedSources(fact, briefing, described);
  if (!cited.some((s) => described.includes(s))) return undefined;
  return { ...read, answer: reportedAnswer(fact, cited, sq.fields, read.answer, briefing, lang) };
}

/** Sources whose own words (headline, publisher, date) hold every word and name of the topic. */
function headlinedSources(q: QuestionAnalysis, briefing: Briefing, lang: Lang): Source[] {
  const words = [...q.words.map((w) => w.word), ...q.mentions.map((m) => m.surface)].flatMap((w) =>
    [...fold(w).matchAll(WORDS)].map((m) => stem(m[0])),
  );
  if (words.length === 0) return [];
  return briefing.sources.filter((s) => {
    const own = ownStems(s, lang);
    return words.every((w) => own.has(w));
  });
}

/** The sources of the fact that answers the question (or its topic): what a question about them means. */
function factSources(
  full: ReturnType<PlainAnswer>,
  topic: ReturnType<PlainAnswer> | undefined,
  briefing: Briefing,
): Source[] {
  const fact = factOf(full.answer, briefing) ?? (topic ? factOf(topic.answer, briefing) : undefined);
  return fact ? citedSources(fact, briefing, []) : [];
}

function factOf(answer: Answer, briefing: Briefing): Fact | undefined {
  return answer.answered ? briefing.byId.fact.get(answer.factIds[0] ?? "") : undefined;
}

/** The fact's sources, the named ones only when it cites one. */
function citedSources(fact: Fact, briefing: Briefing, named: readonly Source[]): Source[] {
  const all = [...new Set(fact.citations.map((c) => briefing.byId.source.get(c.source)))].filter(
    (s): s is Source => s !== undefined,
  );
  const preferred = all.filter((s) => named.includes(s));
  return preferred.length > 0 ? preferred : all;
}

/**
 * Cites a source for the words of the fact nearest the question that cites it (the first of
 * `ranked`), and counts that fact once among the answer's facts.
 */
export function citeSource(
  source: Source,
  ranked: readonly Fact[],
  citations: Citation[],
  factIds: string[],
): void {
  const fact = ranked.find((f) => f.citations.some((c) => c.source === source.id));
  const quote =
    fact?.citations.find((c) => c.source === source.id)?.quote ?? source.title ?? source.publisher;
  citations.push(citationOf(source, quote));
  if (fact && !factIds.includes(fact.id)) factIds.push(fact.id);
}

export function citationOf(source: Source, quote: string): Citation {
  return {
    sourceId: source.id,
    publisher: source.publisher,
    ...(source.title ? { title: source.title } : {}),
    url: source.url,
    published: source.published,
    ...(source.publishedInferred ? { publishedInferred: true } : {}),
    quote,
  };
}

export function dateOf(source: Source, frame: SourceFrame, lang: Lang): string {
  const date = formatDate(source.published, lang);
  return source.publishedInferred ? fill(frame.templates.inferred, { date }) : date;
}

/** The headline and link lines a question asked for. */
function extras(
  source: Source,
  fields: readonly SourceField[],
  frame: SourceFrame,
  skipTitle: boolean,
): string[] {
  const t = frame.templates;
  const out: string[] = [];
  if (fields.includes(SOURCE_FIELDS[2]) && source.title && !skipTitle)
    out.push(fill(t.title, { title: source.title }));
  if (fields.includes(SOURCE_FIELDS[3])) out.push(fill(t.link, { url: source.url }));
  return out;
}

/** Sentences joined, in the language's spacing, dropped from the end to fit the answer's length. */
function joined(sentences: string[], lang: Lang, frame: SourceFrame): string {
  const { spaceLatin } = languagePack(lang).writing;
  for (let n = sentences.length; n >= 1; n--) {
    const text = sentences.slice(0, n).join(frame.templates.gap).trim();
    const spaced = spaceLatin ? spaceLatinApart(text, spaceLatin) : text;
    if (spaced.length <= MAX_ANSWER_CHARS || n === 1) return spaced.slice(0, MAX_ANSWER_CHARS);
  }
  return "";
}

/** "The Japan Times reported it on April 28, 2025: …": the fact, said with its sources. */
function reportedAnswer(
  fact: Fact,
  sources: readonly Source[],
  fields: readonly SourceField[],
  plain: Answer,
  briefing: Briefing,
  lang: Lang,
): Answer {
  const frame = languagePack(lang).sources!;
  const t = frame.templates;
  const citations = sources.map((s) =>
    citationOf(s, fact.citations.find((c) => c.source === s.id)?.quote ?? s.title ?? s.publisher),
  );
  const sentences: string[] = [];
  sources.forEach((s, i) => {
    const vars = {
      publisher: s.publisher,
      date: dateOf(s, frame, lang),
      title: s.title ?? "",
      statement: fact.statement[lang].trim(),
      cite: markers(i, 1),
    };
    if (i === 0) sentences.push(fill(t.reported, vars).trim());
    else sentences.push(fill(s.title ? t.named : t.namedUntitled, vars).trim());
    sentences.push(...extras(s, fields, frame, i > 0));
  });
  return {
    ...plain,
    answered: true,
    kind: "answer",
    text: joined(sentences, lang, frame),
    citations,
    factIds: [fact.id],
    lang,
    briefing: briefing.id,
  };
}

/** "Hogan Lovells published “…” on July 9, 2025.": what the briefing records of a named source. */
function namedAnswer(
  sources: readonly Source[],
  fields: readonly SourceField[],
  full: ReturnType<PlainAnswer>,
  briefing: Briefing,
  lang: Lang,
): Answer {
  const frame = languagePack(lang).sources!;
  const t = frame.templates;
  const ranked = [...full.candidates.map((c) => c.fact), ...briefing.facts];
  const citations: Citation[] = [];
  const factIds: string[] = [];
  const sentences: string[] = [];
  sources.forEach((s, i) => {
    citeSource(s, ranked, citations, factIds);
    const vars = {
      publisher: s.publisher,
      date: dateOf(s, frame, lang),
      title: s.title ?? "",
      cite: markers(i, 1),
    };
    sentences.push(fill(s.title ? t.named : t.namedUntitled, vars).trim());
    sentences.push(...extras(s, fields, frame, true));
  });
  return {
    ...full.answer,
    answered: true,
    kind: "answer",
    text: joined(sentences, lang, frame),
    citations,
    factIds,
    // The source is named in the question and its record read as it is: nothing is inferred.
    confidence: Math.max(full.answer.confidence, NAMED_CONFIDENCE),
    suggestions: [],
    lang,
    briefing: briefing.id,
  };
}

/**
 * Every source of the briefing, by date: "April 28, 2025: Dailywrap (PAP) [1], The Japan Times
 * [2]. July 2, 2025: …". A headline or a link asked for (or a pack that writes no list):
 * each source in a sentence of its own.
 */
function everySourceAnswer(
  fields: readonly SourceField[],
  full: ReturnType<PlainAnswer>,
  briefing: Briefing,
  lang: Lang,
): Answer {
  const frame = languagePack(lang).sources!;
  const t = frame.templates;
  const byDate = (a: Source, b: Source) => a.published.localeCompare(b.published);
  // The briefing's main reports first (all of them when none is marked), then the others.
  const marked = briefing.sources.some((s) => s.main);
  const main = briefing.sources.filter((s) => !marked || s.main).sort(byDate);
  const others = briefing.sources.filter((s) => !main.includes(s)).sort(byDate);
  const sources = [...main, ...others];
  const named = namedAnswer(sources, fields, full, briefing, lang);
  const listed = t.listed;
  if (fields.some((f) => f === SOURCE_FIELDS[2] || f === SOURCE_FIELDS[3]) || !listed) return named;
  const list = (group: readonly Source[], start: number) => {
    const groups = new Map<string, string[]>();
    group.forEach((s, i) => {
      const date = dateOf(s, frame, lang);
      groups.set(date, [...(groups.get(date) ?? []), `${s.publisher} ${markers(start + i, 1)}`]);
    });
    return [...groups].map(([date, publishers]) =>
      fill(listed, { date, publishers: publishers.join(t.listJoin ?? " ") }).trim(),
    );
  };
  const rest = list(others, main.length);
  const sentences = [...list(main, 0), ...(rest.length > 0 && t.others ? [t.others] : []), ...rest];
  return { ...named, text: joined(sentences, lang, frame) };
}

/**
 * The publishers of the facts on the topic (else on the question), when several facts are: the
 * facts its answer uses, and those that fit it as fully and were left out for length.
 */
function topicListAnswer(
  sq: SourceQuestion,
  full: ReturnType<PlainAnswer>,
  topic: ReturnType<PlainAnswer>,
  briefing: Briefing,
  lang: Lang,
): Answer | undefined {
  const read = topic.answer.answered ? topic : full;
  if (!read.answer.answered) return undefined;
  const used = read.answer.factIds.flatMap((id) => briefing.byId.fact.get(id) ?? []);
  const usedFit = read.candidates.filter((c) => used.includes(c.fact)).map((c) => c.fit.coverage);
  const least = usedFit.length > 0 ? Math.min(...usedFit) : Number.POSITIVE_INFINITY;
  const alike = read.candidates
    .filter((c) => c.fit.ok && !used.includes(c.fact) && c.fit.coverage >= least)
    .map((c) => c.fact);
  return topicSourcesAnswer([...used, ...alike], sq.fields, read.answer, briefing, lang, WRITING);
}

/** How the answer about a source's basis writes its sources. */
const WRITING: SourceWriting = { citationOf, dateOf, joined };

/** How sure an answer from a named source's own record is. */
const NAMED_CONFIDENCE = 0.9;

/** The topic of the closest candidate, for suggestions. */
function topicOf(candidates: readonly Candidate[]): string | undefined {
  return candidates[0]?.fact.topics[0];
}
