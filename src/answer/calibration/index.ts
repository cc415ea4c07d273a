import type { Briefing } from "../../briefing/types.js";
import type { Prober } from "./examples.js";
import { FEATURE_COUNT } from "./features.js";
import { predict } from "./logistic.js";
import { CALIBRATION_VERSION, type Calibration, trainCalibration } from "./train.js";

export type { Probe, Prober } from "./examples.js";
export { agreements, FEATURE_COUNT, featuresOf, MARGIN_FEATURE, runnerUp } from "./features.js";
export { closeRivals, didYouMean, marginTo, TIE_MARGIN } from "./gate.js";
export { predict } from "./logistic.js";
export {
  CALIBRATION_VERSION,
  type Calibration,
  TARGET_PRECISION,
  trainCalibration,
} from "./train.js";

/** null when there was nothing to fit (a briefing too small): the engine's own estimate stands. */
const fitted = new WeakMap<Briefing, Calibration | null>();

/**
 * The briefing's calibration: the one fitted when it was compiled (`briefing.derived`, read
 * from the compiled cache), else fitted now, once per Briefing object (a reload makes a new
 * one, hence a new fit).
 */
export function calibrationFor(briefing: Briefing, probe: Prober): Calibration | undefined {
  const known = fitted.get(briefing);
  if (known !== undefined) return known ?? undefined;
  const calibration = savedCalibration(briefing.derived) ?? trainCalibration(briefing, probe) ?? null;
  fitted.set(briefing, calibration);
  return calibration ?? undefined;
}

/** P(the answer is right) from the engine's features. */
export function calibratedConfidence(calibration: Calibration, features: readonly number[]): number {
  return predict(calibration.model, features);
}

const isNumbers = (v: unknown, n: number): v is number[] =>
  Array.isArray(v) && v.length === n && v.every((x) => Number.isFinite(x));

/** A saved model of this version with finite numbers of the right shape, else undefined (fit again). */
export function savedCalibration(derived: unknown): Calibration | undefined {
  const c = (derived as { calibration?: Partial<Calibration> } | undefined)?.calibration;
  const m = c?.model;
  if (!c || c.version !== CALIBRATION_VERSION || !m) return undefined;
  const shaped =
    isNumbers(m.weights, FEATURE_COUNT) &&
    isNumbers(m.mean, FEATURE_COUNT) &&
    isNumbers(m.scale, FEATURE_COUNT) &&
    Number.isFinite(m.bias) &&
    Number.isFinite(c.threshold) &&
    Number.isFinite(c.penalty) &&
    Number.isFinite(c.gateMargin);
  return shaped ? (c as Calibration) : undefined;
}
