import type { Briefing, Fact } from "../../briefing/types.js";
import { LANGS, type Lang } from "../../i18n/lang.js";
import { computedWords, fill } from "../computed/words.js";
import { fitLogistic, type LogisticModel, predict } from "./logistic.js";

/**
 * Calibrated confidence, fitted per briefing when its index is first used: the briefing's own
 * alternate questions are labelled data (each names its fact), and negatives are made from
 * them: another entity of the same kind swapped in, two named parties swapped, a "when" frame
 * on a fact with no date. Each question is answered by the engine (without this gate); an
 * answer is right when it uses the question's fact. A logistic model on the engine's features
 * gives P(right); the threshold is the lowest confidence that keeps precision on held-out
 * questions at the target.
 */

/** What the engine answers a question with, before the calibration gate. */
export interface Probe {
  factIds: readonly string[];
  features: number[];
  /** The entities the question names and the roles it reads for them. */
  mentions: readonly { id: string; surface: string; role: string | undefined }[];
}

export type Prober = (question: string, lang: Lang) => Probe | undefined;

export interface Calibration {
  model: LogisticModel;
  /** Answers below this confidence abstain ("did you mean …?"). */
  threshold: number;
  /** Training questions the engine answered (positives and negatives), and held out of them. */
  examples: number;
  heldOut: number;
  /** Precision on the held-out answers at or above the threshold. */
  heldOutPrecision: number;
}

/** Precision the threshold keeps on held-out answers. */
export const TARGET_PRECISION = 0.97;
/** Training questions asked at most: bounded so a 100k-fact briefing trains in bounded time. */
const MAX_QUESTIONS_SMALL = 100;
const MAX_QUESTIONS_LARGE = 40;
const LARGE_FROM = 5_000;
/** Every fourth example is held out to set the threshold. */
const HOLD_OUT_EVERY = 4;

interface Example {
  x: number[];
  y: number;
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

/** The labelled questions made from one fact's alternate question. */
function examplesOf(
  briefing: Briefing,
  fact: Fact,
  question: string,
  lang: Lang,
  salt: number,
  probe: Prober,
): Example[] {
  const out: Example[] = [];
  const own = probe(question, lang);
  const usesFact = (p: Probe) =>
    p.factIds.includes(fact.id) || fact.links.some((l) => l.type === "same-as" && p.factIds.includes(l.fact));
  if (own) out.push({ x: own.features, y: usesFact(own) ? 1 : 0 });
  const mentions = own?.mentions ?? probe(question, lang)?.mentions ?? [];
  // Another entity swapped in: the fact does not name it, so answering with it is wrong.
  const first = mentions.find((m) => briefing.byId.entity.has(m.id));
  const other = first && otherEntity(briefing, fact, first.id, salt);
  const swappedIn = other && swapped(question, first.surface, other.names[lang][0] ?? other.id);
  if (other && swappedIn) {
    const p = probe(swappedIn, lang);
    if (
      p &&
      (usesFact(p) ||
        !p.factIds.some((id) => briefing.byId.fact.get(id)?.entities.some((e) => e.entity === other.id)))
    )
      out.push({ x: p.features, y: 0 });
  }
  // Two parties swapped ("Japanese students to Vietnam"): wrong when the fact gives them other roles.
  const [a, b] = mentions;
  const roleOf = (id: string) => fact.entities.find((e) => e.entity === id)?.role;
  if (a && b && a.id !== b.id && roleOf(a.id) && roleOf(b.id) && roleOf(a.id) !== roleOf(b.id)) {
    const placeholder = "\u0000";
    const step = swapped(question, a.surface, placeholder);
    const twice = step && swapped(step, b.surface, a.surface);
    const roleSwapped = twice && swapped(twice, placeholder, b.surface);
    const p = roleSwapped ? probe(roleSwapped, lang) : undefined;
    if (p && usesFact(p)) out.push({ x: p.features, y: 0 });
  }
  // A "when" frame on a fact with no date: that fact cannot say when.
  if (!fact.date && !fact.deadline) {
    const framed = fill(computedWords(lang).negatives.when, { q: question.replace(/[?？]\s*$/u, "") });
    const p = probe(framed, lang);
    if (p && usesFact(p)) out.push({ x: p.features, y: 0 });
  }
  return out;
}

/** The facts and questions to train on: every fact's alternates in turn, up to the budget. */
function trainingQuestions(briefing: Briefing): { fact: Fact; question: string; lang: Lang }[] {
  const facts = briefing.facts;
  const budget = facts.length >= LARGE_FROM ? MAX_QUESTIONS_LARGE : MAX_QUESTIONS_SMALL;
  const out: { fact: Fact; question: string; lang: Lang }[] = [];
  // Spread over the briefing: every k-th fact, then the next alternate of each, and so on.
  const stride = Math.max(1, Math.floor(facts.length / budget));
  const chosen = facts.filter((_, i) => i % stride === 0);
  for (let round = 0; out.length < budget; round++) {
    let added = false;
    for (const fact of chosen) {
      const lang = LANGS[(round + out.length) % LANGS.length]!;
      const question = fact.questions[lang][Math.floor(round / LANGS.length)];
      if (question === undefined) continue;
      out.push({ fact, question, lang });
      added = true;
      if (out.length >= budget) break;
    }
    if (!added && round >= LANGS.length * 8) break;
  }
  return out;
}

/** The lowest confidence at which held-out answers are right at least TARGET_PRECISION of the time. */
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

export function trainCalibration(briefing: Briefing, probe: Prober): Calibration | undefined {
  const examples: Example[] = [];
  trainingQuestions(briefing).forEach((t, i) => {
    examples.push(...examplesOf(briefing, t.fact, t.question, t.lang, i, probe));
  });
  const train = examples.filter((_, i) => i % HOLD_OUT_EVERY !== HOLD_OUT_EVERY - 1);
  const held = examples.filter((_, i) => i % HOLD_OUT_EVERY === HOLD_OUT_EVERY - 1);
  // Too few answers, or one label only: nothing to fit (the engine's own confidence stands).
  if (train.length < 20 || held.length === 0 || new Set(train.map((e) => e.y)).size < 2) return undefined;
  const model = fitLogistic(
    train.map((e) => e.x),
    train.map((e) => e.y),
  );
  const { threshold, precision } = thresholdFor(held.map((e) => ({ p: predict(model, e.x), y: e.y })));
  return { model, threshold, examples: examples.length, heldOut: held.length, heldOutPrecision: precision };
}
