import type { BriefingIndex } from "../index-build.js";
import { predict } from "./logistic.js";
import { type Calibration, type Prober, trainCalibration } from "./train.js";

export { featuresOf, runnerUp } from "./features.js";
export { predict } from "./logistic.js";
export { type Calibration, type Probe, type Prober, TARGET_PRECISION, trainCalibration } from "./train.js";

/** null while training (the engine then answers ungated) or when there was nothing to fit. */
const fitted = new WeakMap<BriefingIndex, Calibration | null>();

/**
 * The briefing's calibration, fitted with its index on first use (a reload makes a new index,
 * hence a new fit). `probe` answers a training question without the calibration gate.
 */
export function calibrationFor(index: BriefingIndex, probe: Prober): Calibration | undefined {
  const known = fitted.get(index);
  if (known !== undefined) return known ?? undefined;
  fitted.set(index, null);
  const calibration = trainCalibration(index.briefing, probe) ?? null;
  fitted.set(index, calibration);
  return calibration ?? undefined;
}

/** P(the answer is right) from the engine's features. */
export function calibratedConfidence(calibration: Calibration, features: readonly number[]): number {
  return predict(calibration.model, features);
}
