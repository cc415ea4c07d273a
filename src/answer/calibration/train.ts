import type { Briefing } from "../../briefing/types.js";
import { type Example, FOLDS, heldOutExamples, Kind, type Prober, sampleOf, type Tries } from "./examples.js";
import { MARGIN_FEATURE } from "./features.js";
import { fitLogistic, type LogisticModel, predict } from "./logistic.js";

/**
 * Calibrated confidence, fitted per briefing on the held-out answers of its own alternate
 * questions and of negatives made from them (examples.ts). A weighted logistic model on the
 * engine's features gives P(right).
 *
 * The negatives are made several per alternate, so as they come they would make nearly every
 * other answer a trap. Each weighs by the traps TRIED (answered or not), so that all the traps
 * asked weigh TRAP_SHARE of all questions, as in use: a trap the engine already refuses adds
 * nothing, one it answers counts as wrong. The L2 penalty is the one of PENALTIES whose
 * out-of-fold predictions have the least weighted log loss: negatives that a feature separates
 * perfectly (as they are made, not as users ask) must not make that feature a sure sign.
 *
 * The threshold is the lowest confidence at which the out-of-fold predictions (each fold scored
 * by a model fitted on the others), weighted the same way, stay right TARGET_PRECISION of the
 * time; the margin cut of the "did you mean" gate is chosen on the same predictions
 * (gateMarginFor).
 */

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
  /** The L2 penalty chosen: the one whose out-of-fold answers were scored best (log loss). */
  penalty: number;
  /** How long the fit took (ms), for the report. */
  fitMs: number;
}

/** Bump when the features, the engine or the training change what a model means. */
export const CALIBRATION_VERSION = 3;
/** Precision the threshold keeps on held-out answers. */
export const TARGET_PRECISION = 0.97;
/**
 * The share of users' questions the briefing does not answer (traps: other entities, roles
 * swapped, another kind of question): the base rate the negatives are weighted to. About a
 * quarter in the curators' own question sets.
 */
export const TRAP_SHARE = 0.25;

/** An out-of-fold prediction: its confidence, label, weight and margin to the runner-up. */
interface Scored {
  p: number;
  y: number;
  w: number;
  margin: number;
  own: boolean;
}

/** The lowest confidence at which weighted answers are right at least TARGET_PRECISION of the time. */
export function thresholdFor(scored: readonly Omit<Scored, "margin" | "own">[]): {
  threshold: number;
  precision: number;
} {
  const sorted = [...scored].sort((a, b) => b.p - a.p);
  let right = 0;
  let all = 0;
  let best = { threshold: 1, precision: 1 };
  sorted.forEach((s, i) => {
    right += s.w * s.y;
    all += s.w;
    const precision = right / all;
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
 * user's, whose fact keeps its alternates: a cut that only just pays there turns right answers
 * into "did you mean"); 0 (never) when no cut does.
 */
export function gateMarginFor(scored: readonly Omit<Scored, "own">[], threshold: number): number {
  let best = { cut: 0, gain: 0 };
  for (const cut of MARGIN_CUTS) {
    let right = 0;
    let wrong = 0;
    for (const s of scored) {
      if (s.p >= threshold || s.margin >= cut) continue;
      if (s.y === 1) right += s.w;
      else wrong += s.w;
    }
    const gain = wrong - right;
    if (gain > best.gain && wrong >= GATE_WRONG_SHARE * (right + wrong)) best = { cut, gain };
  }
  return best.cut;
}

/** Each example's weight: 1 for an alternate, its share of the traps tried for a negative. */
export function weightsOf(examples: readonly Example[], tries: Tries): number[] {
  const asked = tries[Kind.own] ?? 0;
  const traps = tries.reduce((sum, n, kind) => (kind === Kind.own ? sum : sum + n), 0);
  const trapWeight = traps > 0 ? ((TRAP_SHARE / (1 - TRAP_SHARE)) * asked) / traps : 0;
  return examples.map((e) => (e.kind === Kind.own ? 1 : trapWeight));
}

function fitOn(
  examples: readonly Example[],
  weights: ReadonlyMap<Example, number>,
  penalty: number,
): LogisticModel {
  return fitLogistic(
    examples.map((e) => e.x),
    examples.map((e) => e.y),
    examples.map((e) => weights.get(e)!),
    penalty,
  );
}

/** L2 penalties tried; the one the held-out answers favour is kept. */
const PENALTIES = [0.01, 0.03, 0.1, 0.3, 1];

/** Each fold scored by a model fitted on the others: honest confidences to set the cuts on. */
function outOfFold(examples: readonly Example[], weights: ReadonlyMap<Example, number>, penalty: number) {
  const scored: Scored[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const rest = examples.filter((e) => e.fold !== k);
    const own = examples.filter((e) => e.fold === k);
    if (own.length === 0 || new Set(rest.map((e) => e.y)).size < 2) continue;
    const model = fitOn(rest, weights, penalty);
    for (const e of own)
      scored.push({
        p: predict(model, e.x),
        y: e.y,
        w: weights.get(e)!,
        margin: e.x[MARGIN_FEATURE]!,
        own: e.kind === Kind.own,
      });
  }
  return scored;
}

/** Weighted mean log loss of predictions (clipped away from 0 and 1). */
export function logLoss(scored: readonly { p: number; y: number; w: number }[]): number {
  let loss = 0;
  let total = 0;
  for (const s of scored) {
    const p = Math.min(1 - 1e-6, Math.max(1e-6, s.p));
    loss -= s.w * (s.y === 1 ? Math.log(p) : Math.log(1 - p));
    total += s.w;
  }
  return total > 0 ? loss / total : 0;
}

export function trainCalibration(briefing: Briefing, probe: Prober): Calibration | undefined {
  const started = performance.now();
  const sample = sampleOf(briefing);
  const { examples, tries } = heldOutExamples(sample, probe);
  // Too few answers, or one label only: nothing to fit (the engine's own confidence stands).
  if (examples.length < 40 || new Set(examples.map((e) => e.y)).size < 2) return undefined;
  const w = weightsOf(examples, tries);
  const weights = new Map(examples.map((e, i) => [e, w[i]!]));
  let best = { penalty: PENALTIES[0]!, scored: outOfFold(examples, weights, PENALTIES[0]!) };
  for (const penalty of PENALTIES.slice(1)) {
    const scored = outOfFold(examples, weights, penalty);
    if (logLoss(scored) < logLoss(best.scored)) best = { penalty, scored };
  }
  const { penalty, scored } = best;
  const { threshold, precision } = thresholdFor(scored);
  return {
    version: CALIBRATION_VERSION,
    model: fitOn(examples, weights, penalty),
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
    penalty,
    fitMs: Math.round(performance.now() - started),
  };
}
