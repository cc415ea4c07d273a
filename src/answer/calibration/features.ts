import type { QuestionAnalysis } from "../analyze.js";
import type { Candidate } from "../rank.js";

/**
 * What the engine already knows about its best fact for a question, as numbers for the
 * calibration model (in this order): coverage, log retrieval, retrieval against the closest
 * fact, rank, margin to the next fitting fact, unknown share, yes/no, broad, fitting count —
 * that is: how well it retrieved and covers the question, how far ahead of the next
 * fitting fact it is, how much of the question the briefing does not know, and fit flags.
 */

/** How many features featuresOf gives; the margin to the next fitting fact is at MARGIN_FEATURE. */
export const FEATURE_COUNT = 9;
export const MARGIN_FEATURE = 4;

/** The next fitting fact after the best, not among the facts the answer uses. */
export function runnerUp(candidates: readonly Candidate[], best: Candidate): Candidate | undefined {
  return candidates.find((c) => c !== best && c.fit.ok && !c.used);
}

export function featuresOf(
  q: QuestionAnalysis,
  candidates: readonly Candidate[],
  best: Candidate,
  unknown: number,
): number[] {
  let closest = 0;
  let fitting = 0;
  for (const c of candidates) {
    closest = Math.max(closest, c.retrieval);
    if (c.fit.ok) fitting++;
  }
  const second = runnerUp(candidates, best);
  const margin = second ? Math.max(0, Math.min(1, (best.rank - second.rank) / Math.max(best.rank, 1e-9))) : 1;
  return [
    best.fit.coverage,
    Math.log1p(best.retrieval),
    closest > 0 ? best.retrieval / closest : 0,
    Math.min(2, best.rank),
    margin,
    unknown,
    q.wants.includes("yesno") ? 1 : 0,
    best.fit.broad ? 1 : 0,
    Math.min(5, fitting) / 5,
  ];
}
