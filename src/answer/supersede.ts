import { supersessionChain } from "../briefing/supersession.js";
import type { Briefing } from "../briefing/types.js";
import type { Part } from "./compose.js";

/**
 * A fact that a later one replaced is never the whole answer: each part's chain is given
 * latest first, then what it replaced ("20 % from the July deal; it replaced the 46 % threatened
 * in April"), each with its own citation. A fact already placed is not repeated.
 */
export function latestFirst(parts: readonly Part[], briefing: Briefing): Part[] {
  if (!parts.some((p) => p.fact.supersedes || p.fact.superseded_by)) return [...parts];
  const out: Part[] = [];
  const placed = new Set<string>();
  for (const part of parts) {
    if (placed.has(part.fact.id)) continue;
    const chain =
      part.fact.supersedes || part.fact.superseded_by
        ? supersessionChain(part.fact, briefing.byId.fact)
        : [part.fact];
    chain.forEach((fact, i) => {
      if (placed.has(fact.id)) return;
      placed.add(fact.id);
      out.push({
        fact,
        attributed: fact === part.fact ? part.attributed : false,
        ...(i > 0 ? { replaced: true } : {}),
      });
    });
  }
  return out;
}
