import type { Briefing, Fact, Source } from "../../briefing/types.js";
import type { Lang } from "../../i18n/lang.js";
import { fill } from "../../knowledge/computed-words.js";
import { SOURCE_FIELDS } from "../../knowledge/cue-source.js";
import { languagePack, type SourceField, type SourceFrame } from "../../knowledge/packs.js";
import type { Answer, Citation } from "../types.js";
import { markers } from "./cite.js";

/**
 * "Whose report is the Dailywrap story based on?", "Which ministry does the piece attribute the
 * announcement to?", "bài của Dailywrap dẫn nguồn từ cơ quan nào?", "is it their own reporting,
 * where does it originally come from?": what a source is based on, from its record (`agency`,
 * `attributes`, `origin`), never from a fact about something else. A named
 * source that records neither is said to, with no answer.
 */

const PUBLISHER = SOURCE_FIELDS[0];
const AGENCY = SOURCE_FIELDS[4];
const ATTRIBUTION = SOURCE_FIELDS[5];
const ORIGIN = SOURCE_FIELDS[6];

/** Whether a field asks what a source is based on (its agency, the bodies it cites, its origin). */
export function isBasisField(field: SourceField): boolean {
  return field === AGENCY || field === ATTRIBUTION || field === ORIGIN;
}

/** The helpers of the source answer this one shares. */
export interface SourceWriting {
  citationOf: (source: Source, quote: string) => Citation;
  dateOf: (source: Source, frame: SourceFrame, lang: Lang) => string;
  joined: (sentences: string[], lang: Lang, frame: SourceFrame) => string;
}

/** The display names of the bodies a source attributes its account to, in the answer's language. */
export function bodiesOf(source: Source, briefing: Briefing, lang: Lang): string[] {
  return (source.attributes ?? [])
    .map((id) => briefing.byId.entity.get(id))
    .flatMap((e) => (e ? [e.names[lang]?.[0] ?? e.names.en?.[0] ?? e.id] : []));
}

/** Whether the source records what was asked of its basis. */
function holds(source: Source, fields: readonly SourceField[]): boolean {
  return (
    (fields.includes(AGENCY) && source.agency !== undefined) ||
    (fields.includes(ATTRIBUTION) && (source.attributes?.length ?? 0) > 0) ||
    // Where it comes from: the curator's note of its origin, else the agency whose report it carries.
    (fields.includes(ORIGIN) && (source.origin !== undefined || source.agency !== undefined))
  );
}

/** The fact whose quote shows the basis: one citing the source that names a body it cites, else any citing it. */
function quotedFact(source: Source, ranked: readonly Fact[]): Fact | undefined {
  const citing = ranked.filter((f) => f.citations.some((c) => c.source === source.id));
  const bodies = new Set(source.attributes ?? []);
  return citing.find((f) => f.entities.some((e) => bodies.has(e.entity))) ?? citing[0];
}

/**
 * The answer about what the sources in question are based on: each one that records it, with
 * its citation. Undefined when none records it and none was named (the question is then read
 * as any other); an abstention naming what is missing when the question named them.
 */
export function basisAnswer(
  sources: readonly Source[],
  fields: readonly SourceField[],
  named: boolean,
  ranked: readonly Fact[],
  plain: Answer,
  briefing: Briefing,
  lang: Lang,
  writing: SourceWriting,
): Answer | undefined {
  const frame = languagePack(lang).sources!;
  const t = frame.templates;
  const asked = fields.filter(isBasisField);
  const held = sources.filter((s) => holds(s, asked));
  // Asked its publisher too ("which news agency wrote it?"): the source's record answers that.
  if (held.length === 0)
    return named && !fields.includes(PUBLISHER)
      ? missingBasis(sources, plain, briefing, lang, writing)
      : undefined;
  const citations: Citation[] = [];
  const factIds: string[] = [];
  const sentences: string[] = [];
  held.forEach((s, i) => {
    const fact = quotedFact(s, ranked);
    const quote = fact?.citations.find((c) => c.source === s.id)?.quote ?? s.title ?? s.publisher;
    citations.push(writing.citationOf(s, quote));
    if (fact && !factIds.includes(fact.id)) factIds.push(fact.id);
    const vars = { publisher: s.publisher, date: writing.dateOf(s, frame, lang), cite: markers(i, 1) };
    const bodies = bodiesOf(s, briefing, lang);
    const origin = asked.includes(ORIGIN) ? s.origin?.[lang] : undefined;
    if (origin && t.origin) sentences.push(fill(t.origin, { ...vars, origin }).trim());
    else if ((asked.includes(AGENCY) || asked.includes(ORIGIN)) && s.agency && t.agency)
      sentences.push(fill(t.agency, { ...vars, agency: s.agency }).trim());
    if (asked.includes(ATTRIBUTION) && bodies.length > 0 && t.attribution)
      sentences.push(fill(t.attribution, { ...vars, bodies: bodies.join(t.listJoin ?? " ") }).trim());
  });
  if (sentences.length === 0) return undefined;
  return {
    ...plain,
    answered: true,
    kind: "answer",
    text: writing.joined(sentences, lang, frame),
    citations,
    factIds,
    // Read from the source's own record: nothing is inferred.
    confidence: Math.max(plain.confidence, RECORD_CONFIDENCE),
    suggestions: [],
    lang,
    briefing: briefing.id,
  };
}

/** How sure an answer from a source's own record is. */
const RECORD_CONFIDENCE = 0.9;

/** Named sources that record no basis: said so, with their link, and no answer. */
function missingBasis(
  sources: readonly Source[],
  plain: Answer,
  briefing: Briefing,
  lang: Lang,
  writing: SourceWriting,
): Answer | undefined {
  const frame = languagePack(lang).sources!;
  const template = frame.templates.noBasis;
  if (!template) return undefined;
  const sentences = sources.map((s) =>
    fill(template, { publisher: s.publisher, date: writing.dateOf(s, frame, lang), url: s.url }).trim(),
  );
  return {
    ...plain,
    answered: false,
    kind: "abstain",
    text: writing.joined(sentences, lang, frame),
    citations: [],
    factIds: [],
    confidence: 0,
    suggestions: [],
    lang,
    briefing: briefing.id,
  };
}
