import { calibrationDerive } from "../answer/index.js";
import type { Derive } from "../briefing/load.js";
import { engineTag } from "./engine-tag.js";

/**
 * The calibration model saved with the compiled briefings, keyed by the engine that fitted it:
 * the fit asks the engine the briefing's own questions, so new engine code or knowledge packs
 * fit it again (keyed by the model's format alone, an older engine's fit was read back).
 */
export function engineCalibrationDerive(): Derive {
  return { ...calibrationDerive, version: `${calibrationDerive.version} ${engineTag()}` };
}
