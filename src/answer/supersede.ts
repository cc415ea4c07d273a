import { supersessionChain } from "../briefing/supersession-chain.js";
import type { Briefing, Fact } from "../briefing/types.js";
import { type Composed, compose, type Part } from "./compose.js";

/**
 * A fact that a later one replaced is never the whole answer: each part's chain is given
 * latest first, then what it replaced ("20 % from the July deal; it replaced the 46 % threatened
 * in April"), each with its own citation. A fact already placed is not repeated.
 */
export function latestFirst(parts: readonly Part[], briefing: Briefing, now: Date): Part[] {
  const out: Part[] = [];
  const placed = new Set<string>();
  for (const part of parts) {
    if (placed.has(part.fact.id)) continue;
    const chain =
      part.fact.supersedes || part.fact.superseded_by ? knownBy(part.fact, briefing, now) : [part.fact];
    chain.forEach((fact, i) => {
      if (placed.has(fact.id)) return;
      placed.add(fact.id);
      const attributed = fact === part.fact ? part.attributed : false;
      out.push({ fact, attributed, ...(i > 0 ? { replaced: true } : {}) });
    });
  }
  return out;
}

/** The fact's chain, latest first, without successors that happened after `now` (asked "as of" then). */
export function knownBy(fact: Fact, briefing: Briefing, now: Date): Fact[] {
  const today = now.toISOString().slice(0, 10);
  return supersessionChain(fact, briefing.byId.fact).filter(
    (f) => f === fact || f.date === undefined || f.date <= today,
  );
}

/**
 * Whether the briefing reports how this fact's story ended as of `now`: a later fact replaced
 * it, or it replaced an earlier one. "What did the US end up charging after the July deal?"
 * asks for such an outcome; a briefing that holds one can answer, one that does not cannot.
 */
export function reportsOutcome(fact: Fact, briefing: Briefing, now: Date): boolean {
  if (!fact.supersedes && !fact.superseded_by) return false;
  return knownBy(fact, briefing, now).length > 1;
}

/** The facts that replaced the parts' facts, after all of them: for when latest-first leaves one out. */
function successorsAfter(parts: readonly Part[], briefing: Briefing, now: Date): Part[] {
  const ids = new Set(parts.map((p) => p.fact.id));
  const later: Part[] = [];
  for (const part of parts) {
    const latest = knownBy(part.fact, briefing, now)[0];
    if (latest && !ids.has(latest.id)) {
      ids.add(latest.id);
      later.push({ fact: latest, attributed: false });
    }
  }
  return [...parts, ...later];
}

/**
 * Composes with superseded facts latest first. When that would cut a fact the question was
 * answered with (two rates compared, each with its successor, run past the length limit),
 * the chosen facts keep their places and their successors follow as room allows.
 */
export function composeLatestFirst(
  briefing: Briefing,
  parts: readonly Part[],
  lang: Parameters<typeof compose>[2],
  now: Date,
  dated: boolean,
): Composed {
  if (!parts.some((p) => p.fact.supersedes || p.fact.superseded_by))
    return compose(briefing, parts, lang, now, dated);
  const latest = compose(briefing, latestFirst(parts, briefing, now), lang, now, dated);
  if (parts.every((p) => latest.factIds.includes(p.fact.id))) return latest;
  return compose(briefing, successorsAfter(parts, briefing, now), lang, now, dated);
}
