import type { Fact } from "../../briefing/types.js";
import type { Lang } from "../../i18n/lang.js";
import type { Candidate } from "../rank.js";
import { type AskedOf, agreesOnAsked } from "./agreeing-rival.js";
import type { Calibration } from "./train.js";

/**
 * The "did you mean" gate: when the bot should not guess between facts. Two fitting facts
 * that rank the same (the engine's order between them is arbitrary) always make it ask; below
 * the fitted threshold, so does one ranking within the fitted margin cut of the best. A fact
 * that is a version of the best one's news (linked to it, or replacing it) is no rival, nor
 * is one that gives the same answer to what was asked (agreeing-rival.ts).
 */

/** Closer than this share of the best fact's rank, two facts tie. */
export const TIE_MARGIN = 1e-6;
/** Suggestions a "did you mean" offers at most (the best fact's question and its rivals'). */
const MAX_CHOICES = 3;

/** How far behind the best a candidate ranks, as a share of the best's rank (as features.ts). */
export function marginTo(best: Candidate, other: Candidate): number {
  return Math.max(0, Math.min(1, (best.rank - other.rank) / Math.max(best.rank, 1e-9)));
}

/** Whether two facts are versions of one piece of news: linked (but for "related") or one replacing the other. */
function sameNews(a: Fact, b: Fact): boolean {
  const linked = (x: Fact, y: Fact) => x.links.some((l) => l.fact === y.id && l.type !== "related");
  return linked(a, b) || linked(b, a) || a.supersedes === b.id || b.supersedes === a.id;
}

/** The fitting facts, not in the answer, close enough to the best that the bot asks which is meant. */
export function closeRivals(
  candidates: readonly Candidate[],
  best: Candidate,
  confidence: number,
  calibration: Pick<Calibration, "threshold" | "gateMargin">,
  asked?: { q: AskedOf; personIds: ReadonlySet<string> },
): Candidate[] {
  const cut = confidence < calibration.threshold ? Math.max(calibration.gateMargin, TIE_MARGIN) : TIE_MARGIN;
  return candidates
    .filter(
      (c) =>
        c !== best &&
        c.fit.ok &&
        !c.used &&
        !sameNews(c.fact, best.fact) &&
        marginTo(best, c) < cut &&
        !(asked && agreesOnAsked(best.fact, c.fact, asked.q, asked.personIds)),
    )
    .slice(0, MAX_CHOICES - 1);
}

/** The questions a "did you mean" offers: each close fact's first alternate in the reader's language. */
export function didYouMean(close: readonly Candidate[], lang: Lang): string[] {
  const out: string[] = [];
  for (const c of close) {
    const q = c.fact.questions[lang][0];
    if (q && !out.includes(q)) out.push(q);
  }
  return out;
}
