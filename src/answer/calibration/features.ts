import type { Fact } from "../../briefing/types.js";
import type { QuestionAnalysis } from "../analyze.js";
import type { Candidate } from "../rank.js";

/**
 * What the engine already knows about its best fact for a question, as numbers for the
 * calibration model (in this order):
 *  0 coverage: the share of the question's content the fact covers;
 *  1 log retrieval, 2 retrieval against the closest fact, 3 rank;
 *  4 margin to the runner-up: how far ahead of the next fitting fact it ranks (1: none);
 *  5 unknown share: the question's weight no part of the briefing knows;
 *  6 yes/no, 7 broad (the country covered only as one of "every country"), 8 fitting count;
 *  9 entity agreement: the share of the briefing entities the question names that the fact names
 *    (entities named together, "Japan or Vietnam", count once, named when either is);
 * 10 role agreement: the share of the roles the question reads (who acts, who receives, whose
 *    people) that the fact gives the same entity;
 * 11 outside name: the question names something of the world the briefing does not cover.
 * The agreements are 1 where the question gives nothing to agree with. (Whether the fact is
 * curated to answer what is asked, a date or a number, is no feature: the alternates always
 * agree with their fact's `answers`, so the fit learnt it as a sure sign, which users' wording
 * is not.)
 */

/** How many features featuresOf gives; the margin to the next fitting fact is at MARGIN_FEATURE. */
export const FEATURE_COUNT = 12;
export const MARGIN_FEATURE = 4;

/** The next fitting fact after the best, not among the facts the answer uses. */
export function runnerUp(candidates: readonly Candidate[], best: Candidate): Candidate | undefined {
  return candidates.find((c) => c !== best && c.fit.ok && !c.used);
}

/** The share of `items` that `agrees`, or 1 when there are none. */
function share<T>(items: readonly T[], agrees: (item: T) => boolean): number {
  return items.length === 0 ? 1 : items.filter(agrees).length / items.length;
}

/** Entity and role agreement of a fact with the question (features 9 and 10). */
export function agreements(q: QuestionAnalysis, fact: Fact): [number, number] {
  const inBriefing = q.mentions.filter((m) => !m.external);
  const named = (id: string) => fact.entities.some((e) => e.entity === id);
  // Each mention on its own, or a group of them ("Japan and Vietnam"), is one thing named.
  const groups = new Map<number, string[]>();
  inBriefing.forEach((m, i) => {
    const key = m.group ?? -1 - i;
    groups.set(key, [...(groups.get(key) ?? []), m.id]);
  });
  const roled = inBriefing.filter((m) => m.role !== undefined && named(m.id));
  return [
    share([...groups.values()], (ids) => ids.some(named)),
    share(roled, (m) => fact.entities.some((e) => e.entity === m.id && e.role === m.role)),
  ];
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
    ...agreements(q, best.fact),
    q.mentions.some((m) => m.external) ? 1 : 0,
  ];
}
