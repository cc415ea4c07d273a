import type { Briefing, Fact } from "../../briefing/types.js";
import { LANGS, type Lang } from "../../i18n/lang.js";
import { computedWords, fill } from "../../knowledge/computed-words.js";
import { type BriefingIndex, indexFor } from "../index-build.js";

/**
 * The labelled answers a calibration is fitted on. The briefing's own alternate questions are
 * labelled data (each names its fact), and negatives are made from them: another entity of the
 * same kind swapped in, two named parties swapped, a "when" frame on a fact with no date. An
 * answer is right when it uses the question's fact.
 *
 * The alternates are themselves indexed, so a question asked against the full index finds its
 * fact perfectly and teaches nothing. The answers are held out instead (k-fold): the facts' alternates
 * fall in FOLDS folds by a hash of their id, and each fold's alternates (and their negatives)
 * are answered against an index built WITHOUT that fold's alternates (statements and other
 * fields stay).
 */

export const FOLDS = 4;
/** A larger briefing is fitted on a deterministic sample of this many facts (a sub-briefing). */
const MAX_FIT_FACTS = 300;
/** Alternate questions asked at most (each makes up to four answers): bounds the fit's time. */
const MAX_QUESTIONS = 120;

/** What the engine answers a question with, before the calibration gate. */
export interface Probe {
  factIds: readonly string[];
  features: number[];
  /** The entities the question names and the roles it reads for them. */
  mentions: readonly { id: string; surface: string; role: string | undefined }[];
  /** What the question asks for (a number, a date…). */
  wants: readonly string[];
}

/** Answers a question against an index without the calibration gate. */
export type Prober = (question: string, lang: Lang, index: BriefingIndex) => Probe | undefined;

/** What a labelled answer was made from: an alternate itself, or one of its negatives. */
export const Kind = { own: 0, entity: 1, roles: 2, when: 3 } as const;
export type ExampleKind = (typeof Kind)[keyof typeof Kind];

export interface Example {
  x: number[];
  y: number;
  fold: number;
  kind: ExampleKind;
  /** The question asked and the facts answered with (to read a fit's examples). */
  question: string;
  factIds: readonly string[];
}

/** FNV-1a of a fact id: the same fact always falls in the same fold and sample. */
export function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A briefing of some of the facts (the entities, topics and sources stay). */
function withFacts(briefing: Briefing, facts: Fact[]): Briefing {
  return { ...briefing, facts, byId: { ...briefing.byId, fact: new Map(facts.map((f) => [f.id, f])) } };
}

/** The facts to fit on: all of a small briefing, a hash-chosen sample of a large one. */
export function sampleOf(briefing: Briefing): Briefing {
  if (briefing.facts.length <= MAX_FIT_FACTS) return briefing;
  // IDF in the sample differs a little from the full index's: acceptable for a calibration.
  const hashed = briefing.facts.map((f) => ({ id: f.id, h: hashOf(f.id) }));
  const keep = new Set(
    hashed
      .sort((a, b) => a.h - b.h)
      .slice(0, MAX_FIT_FACTS)
      .map((f) => f.id),
  );
  return withFacts(
    briefing,
    briefing.facts.filter((f) => keep.has(f.id)),
  );
}

/** The fold of a fact's j-th alternate in a language: alternates of one fact spread over folds. */
function foldOf(fact: Fact, lang: Lang, j: number): number {
  return (hashOf(fact.id) + LANGS.indexOf(lang) + j) % FOLDS;
}

/**
 * The briefing as the index of fold k sees it: every fact without its alternates of fold k
 * (statements and other fields stay). Every fact keeps the rest of its alternates, as a fact
 * does when a user asks in words of their own: removing all of some facts' alternates instead
 * made their rivals, which kept theirs, win ties they do not win in use.
 */
function foldBriefing(briefing: Briefing, k: number): Briefing {
  const kept = (fact: Fact, lang: Lang) => fact.questions[lang].filter((_, j) => foldOf(fact, lang, j) !== k);
  return withFacts(
    briefing,
    briefing.facts.map((f) => ({
      ...f,
      questions: { en: kept(f, "en"), ja: kept(f, "ja"), vi: kept(f, "vi") },
    })),
  );
}

/** A question with one name swapped for another's (first occurrence), or undefined. */
function swapped(question: string, from: string, to: string): string | undefined {
  const at = question.indexOf(from);
  return at < 0 ? undefined : question.slice(0, at) + to + question.slice(at + from.length);
}

/** The same-kind entity a fact does not name, chosen by position (deterministic). */
function otherEntity(briefing: Briefing, fact: Fact, id: string, salt: number) {
  const kind = briefing.byId.entity.get(id)?.kind;
  const named = new Set(fact.entities.map((e) => e.entity));
  const pool = briefing.entities.filter((e) => e.kind === kind && !named.has(e.id));
  return pool.length > 0 ? pool[salt % pool.length] : undefined;
}

/** How many questions of each kind were asked (by Kind): a negative weighs by the traps tried, not answered. */
export type Tries = number[];

/** The role each named entity is read in, by id. */
const rolesRead = (p: Probe | undefined, ids: readonly string[]) =>
  ids.map((id) => p?.mentions.find((m) => m.id === id)?.role).join("|");

/** The labelled answers made from one fact's alternate question, asked against `index`. */
function examplesOf(
  index: BriefingIndex,
  fact: Fact,
  question: string,
  lang: Lang,
  salt: number,
  probe: Prober,
  tries: Tries,
  askers: ReadonlyMap<string, readonly string[]>,
): Omit<Example, "fold">[] {
  const briefing = index.briefing;
  const ask = (q: string, kind: ExampleKind) => {
    tries[kind] = (tries[kind] ?? 0) + 1;
    return probe(q, lang, index);
  };
  const out: Omit<Example, "fold">[] = [];
  const negative = (p: Probe, kind: ExampleKind, asked: string) =>
    out.push({ x: p.features, y: 0, kind, question: asked, factIds: p.factIds });
  const own = ask(question, Kind.own);
  // The question's fact, another source's version of it, or another fact curated with the very
  // same question (held out from one, the other still has it: answering with it is right).
  const right = new Set([
    fact.id,
    ...fact.links.filter((l) => l.type === "same-as").map((l) => l.fact),
    ...(askers.get(question) ?? []),
  ]);
  const usesFact = (p: Probe) => p.factIds.some((id) => right.has(id));
  if (own)
    out.push({ x: own.features, y: usesFact(own) ? 1 : 0, kind: Kind.own, question, factIds: own.factIds });
  const mentions = own?.mentions ?? [];
  // Another entity swapped in: the fact does not name it, so answering with it is wrong.
  const first = mentions.find((m) => briefing.byId.entity.has(m.id));
  const other = first && otherEntity(briefing, fact, first.id, salt);
  const swappedIn = other && swapped(question, first.surface, other.names[lang][0] ?? other.id);
  if (other && swappedIn) {
    const p = ask(swappedIn, Kind.entity);
    if (
      p &&
      (usesFact(p) ||
        !p.factIds.some((id) => briefing.byId.fact.get(id)?.entities.some((e) => e.entity === other.id)))
    )
      negative(p, Kind.entity, swappedIn);
  }
  // Two parties swapped ("Japanese students to Vietnam"): wrong when the fact gives them other
  // roles, and the swap changed the roles the question is read to give them ("Ishiba met Chinh"
  // and "Chinh met Ishiba" ask the same).
  const [a, b] = mentions;
  const roleOf = (id: string) => fact.entities.find((e) => e.entity === id)?.role;
  if (a && b && a.id !== b.id && roleOf(a.id) && roleOf(b.id) && roleOf(a.id) !== roleOf(b.id)) {
    const placeholder = "\u0000";
    const step = swapped(question, a.surface, placeholder);
    const twice = step && swapped(step, b.surface, a.surface);
    const roleSwapped = twice && swapped(twice, placeholder, b.surface);
    const p = roleSwapped ? ask(roleSwapped, Kind.roles) : undefined;
    const changed = rolesRead(p, [a.id, b.id]) !== rolesRead(own, [a.id, b.id]);
    if (p && roleSwapped && changed && usesFact(p)) negative(p, Kind.roles, roleSwapped);
  }
  // A question of another kind: a "when" frame on a fact curated to answer no date (and a
  // question that did not ask one) cannot be answered by it.
  if (!fact.date && !fact.deadline && !fact.answers.includes("date") && !own?.wants.includes("date")) {
    const framed = fill(computedWords(lang).negatives.when, { q: question.replace(/[?？]\s*$/u, "") });
    const p = ask(framed, Kind.when);
    if (p && usesFact(p)) negative(p, Kind.when, framed);
  }
  return out;
}

interface Asked {
  fact: Fact;
  question: string;
  lang: Lang;
  fold: number;
}

/** The alternates to ask: each fact's in turn, languages rotating, up to MAX_QUESTIONS. */
function trainingQuestions(facts: readonly Fact[]): Asked[] {
  const out: Asked[] = [];
  const deepest = Math.max(0, ...facts.flatMap((f) => LANGS.map((l) => f.questions[l].length)));
  for (let round = 0; round < deepest * LANGS.length && out.length < MAX_QUESTIONS; round++) {
    facts.forEach((fact, i) => {
      const lang = LANGS[(round + i) % LANGS.length]!;
      const question = fact.questions[lang][Math.floor(round / LANGS.length)];
      const j = Math.floor(round / LANGS.length);
      if (question !== undefined && out.length < MAX_QUESTIONS)
        out.push({ fact, question, lang, fold: foldOf(fact, lang, j) });
    });
  }
  return out;
}

/** Every held-out labelled answer of the briefing's (sampled) facts, fold by fold. */
export function heldOutExamples(sample: Briefing, probe: Prober): { examples: Example[]; tries: Tries } {
  const questions = trainingQuestions(sample.facts);
  const askers = new Map<string, string[]>();
  for (const f of sample.facts)
    for (const lang of LANGS)
      for (const q of f.questions[lang]) askers.set(q, [...(askers.get(q) ?? []), f.id]);
  const examples: Example[] = [];
  const tries: Tries = [0, 0, 0, 0];
  for (let k = 0; k < FOLDS; k++) {
    const asked = questions.filter((t) => t.fold === k);
    if (asked.length === 0) continue;
    const index = indexFor(foldBriefing(sample, k));
    asked.forEach((t, i) => {
      for (const e of examplesOf(index, t.fact, t.question, t.lang, i, probe, tries, askers))
        examples.push({ ...e, fold: k });
    });
  }
  return { examples, tries };
}
