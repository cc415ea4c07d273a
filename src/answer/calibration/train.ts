import type { Briefing, Fact } from "../../briefing/types.js";
import { LANGS, type Lang } from "../../i18n/lang.js";
import { computedWords, fill } from "../../knowledge/computed-words.js";
import { type BriefingIndex, indexFor } from "../index-build.js";
import { MARGIN_FEATURE } from "./features.js";
import { fitLogistic, type LogisticModel, predict } from "./logistic.js";

/**
 * Calibrated confidence, fitted per briefing: the briefing's own alternate questions are
 * labelled data (each names its fact), and negatives are made from them: another entity of the
 * same kind swapped in, two named parties swapped, a "when" frame on a fact with no date. An
 * answer is right when it uses the question's fact.
 *
 * The alternates are themselves indexed, so a question asked against the full index finds its
 * fact perfectly and teaches nothing. Training is held out instead (k-fold): the facts fall in
 * FOLDS folds by a hash of their id, and each fold's alternates (and their negatives) are
 * answered against an index built WITHOUT that fold's alternates (statements and other fields
 * stay). A logistic model on the engine's features gives P(right). The threshold is the lowest
 * confidence at which the out-of-fold predictions (each fold scored by a model fitted on the
 * others) stay right TARGET_PRECISION of the time; the margin cut of the "did you mean" gate is
 * chosen on the same predictions (gateMarginFor).
 */

/** What the engine answers a question with, before the calibration gate. */
export interface Probe {
  factIds: readonly string[];
  features: number[];
  /** The entities the question names and the roles it reads for them. */
  mentions: readonly { id: string; surface: string; role: string | undefined }[];
}

/** Answers a question against an index without the calibration gate. */
export type Prober = (question: string, lang: Lang, index: BriefingIndex) => Probe | undefined;

/** The fitted model: plain numbers, saved with the compiled briefing (compiled-cache.ts). */
export interface Calibration {
  /** CALIBRATION_VERSION when fitted: a saved model of another version is fitted again. */
  version: number;
  model: LogisticModel;
  /** Answers below this confidence may abstain ("did you mean …?"). */
  threshold: number;
  /** Below the threshold, a runner-up fact this close (margin feature below it) makes the bot ask. */
  gateMargin: number;
  /** Training questions the engine answered (positives and negatives), all scored held out. */
  examples: number;
  /** Facts the fit was made on (a deterministic sample of a large briefing). */
  facts: number;
  /** Precision of the out-of-fold answers at or above the threshold. */
  heldOutPrecision: number;
  /** How long the fit took (ms), for the report. */
  fitMs: number;
}

/** Bump when the features, the engine or the training change what a model means. */
export const CALIBRATION_VERSION = 2;
/** Precision the threshold keeps on held-out answers. */
export const TARGET_PRECISION = 0.97;
const FOLDS = 4;
/** A larger briefing is fitted on a deterministic sample of this many facts (a sub-briefing). */
const MAX_FIT_FACTS = 300;
/** Alternate questions asked at most (each makes up to four answers): bounds the fit's time. */
const MAX_QUESTIONS = 120;

interface Example {
  x: number[];
  y: number;
  fold: number;
  /** An alternate question itself (right or wrong fact), not a negative made from one. */
  own: boolean;
}

/** FNV-1a of a fact id: the same fact always falls in the same fold and sample. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A briefing of some of the facts (the entities, topics and sources stay). */
function withFacts(briefing: Briefing, facts: Fact[]): Briefing {
  return { ...briefing, facts, byId: { ...briefing.byId, fact: new Map(facts.map((f) => [f.id, f])) } };
}

/** The facts to fit on: all of a small briefing, a hash-chosen sample of a large one. */
function sampleOf(briefing: Briefing): Briefing {
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

/** The labelled answers made from one fact's alternate question, asked against `index`. */
function examplesOf(
  index: BriefingIndex,
  fact: Fact,
  question: string,
  lang: Lang,
  salt: number,
  probe: Prober,
): Omit<Example, "fold">[] {
  const briefing = index.briefing;
  const ask = (q: string) => probe(q, lang, index);
  const out: Omit<Example, "fold">[] = [];
  const negative = (p: Probe) => out.push({ x: p.features, y: 0, own: false });
  const own = ask(question);
  const usesFact = (p: Probe) =>
    p.factIds.includes(fact.id) || fact.links.some((l) => l.type === "same-as" && p.factIds.includes(l.fact));
  if (own) out.push({ x: own.features, y: usesFact(own) ? 1 : 0, own: true });
  const mentions = own?.mentions ?? [];
  // Another entity swapped in: the fact does not name it, so answering with it is wrong.
  const first = mentions.find((m) => briefing.byId.entity.has(m.id));
  const other = first && otherEntity(briefing, fact, first.id, salt);
  const swappedIn = other && swapped(question, first.surface, other.names[lang][0] ?? other.id);
  if (other && swappedIn) {
    const p = ask(swappedIn);
    if (
      p &&
      (usesFact(p) ||
        !p.factIds.some((id) => briefing.byId.fact.get(id)?.entities.some((e) => e.entity === other.id)))
    )
      negative(p);
  }
  // Two parties swapped ("Japanese students to Vietnam"): wrong when the fact gives them other roles.
  const [a, b] = mentions;
  const roleOf = (id: string) => fact.entities.find((e) => e.entity === id)?.role;
  if (a && b && a.id !== b.id && roleOf(a.id) && roleOf(b.id) && roleOf(a.id) !== roleOf(b.id)) {
    const placeholder = "\u0000";
    const step = swapped(question, a.surface, placeholder);
    const twice = step && swapped(step, b.surface, a.surface);
    const roleSwapped = twice && swapped(twice, placeholder, b.surface);
    const p = roleSwapped ? ask(roleSwapped) : undefined;
    if (p && usesFact(p)) negative(p);
  }
  // A question of another kind: a "when" frame on a fact with no date cannot be answered by it.
  if (!fact.date && !fact.deadline) {
    const framed = fill(computedWords(lang).negatives.when, { q: question.replace(/[?？]\s*$/u, "") });
    const p = ask(framed);
    if (p && usesFact(p)) negative(p);
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

/** The lowest confidence at which answers are right at least TARGET_PRECISION of the time. */
function thresholdFor(scored: readonly { p: number; y: number }[]): { threshold: number; precision: number } {
  const sorted = [...scored].sort((a, b) => b.p - a.p);
  let right = 0;
  let best = { threshold: 1, precision: 1 };
  sorted.forEach((s, i) => {
    right += s.y;
    const precision = right / (i + 1);
    // Ties share a threshold: only a cut between distinct confidences counts.
    const next = sorted[i + 1];
    if (precision >= TARGET_PRECISION && (!next || next.p < s.p)) best = { threshold: s.p, precision };
  });
  return best;
}

const MARGIN_CUTS = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3];
const GATE_WRONG_SHARE = 2 / 3;

/**
 * The margin below which an answer under the threshold becomes "did you mean": the cut that
 * removes the most wrong answers net of right ones among the held-out answers, where what it
 * removes is wrong at least GATE_WRONG_SHARE of the time (the held-out answers are harder than a
 * user's, whose fact keeps its alternates: a cut that only just pays there turned right answers
 * into "did you mean" on the eval rounds); 0 (never) when no cut does.
 */
function gateMarginFor(
  scored: readonly { p: number; y: number; margin: number }[],
  threshold: number,
): number {
  let best = { cut: 0, gain: 0 };
  for (const cut of MARGIN_CUTS) {
    let right = 0;
    let wrong = 0;
    for (const s of scored) if (s.p < threshold && s.margin < cut) s.y === 1 ? right++ : wrong++;
    const gain = wrong - right;
    if (gain > best.gain && wrong >= GATE_WRONG_SHARE * (right + wrong)) best = { cut, gain };
  }
  return best.cut;
}

function fitOn(examples: readonly Example[]): LogisticModel {
  return fitLogistic(
    examples.map((e) => e.x),
    examples.map((e) => e.y),
  );
}

export function trainCalibration(briefing: Briefing, probe: Prober): Calibration | undefined {
  const started = performance.now();
  const sample = sampleOf(briefing);
  const questions = trainingQuestions(sample.facts);
  const examples: Example[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const asked = questions.filter((t) => t.fold === k);
    if (asked.length === 0) continue;
    const index = indexFor(foldBriefing(sample, k));
    asked.forEach((t, i) => {
      for (const e of examplesOf(index, t.fact, t.question, t.lang, i, probe))
        examples.push({ ...e, fold: k });
    });
  }
  // Too few answers, or one label only: nothing to fit (the engine's own confidence stands).
  if (examples.length < 40 || new Set(examples.map((e) => e.y)).size < 2) return undefined;
  // Each fold scored by a model that did not see it: honest confidences to set the cuts on.
  const scored: { p: number; y: number; margin: number; own: boolean }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const rest = examples.filter((e) => e.fold !== k);
    const own = examples.filter((e) => e.fold === k);
    if (own.length === 0 || new Set(rest.map((e) => e.y)).size < 2) continue;
    const model = fitOn(rest);
    for (const e of own)
      scored.push({ p: predict(model, e.x), y: e.y, margin: e.x[MARGIN_FEATURE]!, own: e.own });
  }
  const { threshold, precision } = thresholdFor(scored);
  return {
    version: CALIBRATION_VERSION,
    model: fitOn(examples),
    threshold,
    // "Did you mean" is for telling two facts apart: cut on the alternates' own answers (right
    // fact or another one), not on the negatives, whose answer is "not covered", not a choice.
    gateMargin: gateMarginFor(
      scored.filter((s) => s.own),
      threshold,
    ),
    examples: examples.length,
    facts: sample.facts.length,
    heldOutPrecision: precision,
    fitMs: Math.round(performance.now() - started),
  };
}
