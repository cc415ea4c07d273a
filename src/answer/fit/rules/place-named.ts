import type { Fact } from "../../../briefing/types.js";
import { allPacks } from "../../../knowledge/packs.js";
import { cueIn } from "../../cue.js";
import type { FitRule } from "../rule.js";

type FactEntity = Fact["entities"][number];

/** A statement sets something at a place its entities do not list ("jobs in Scunthorpe"). */
function placeInText(fact: Fact): boolean {
  return allPacks().some((p) => cueIn(p.placeStated, fact.statement[p.lang] ?? ""));
}

/**
 * "Where in Vietnam is the wind farm to be built?": a place is asked. A fact that names no
 * place beyond the question's own ("Japan and Vietnam will cooperate on wind farms") does not
 * say where. "Which country…" is answered by any country the fact names beyond the question's
 * (the India deal of the same week; reading.yaml `asksCountry`); "where" by a place the fact sets it in, a city or site it
 * or body it names, a country it names in another role than the one that acts, or a place its
 * statement sets something at (frames.yaml `placeStated`).
 */
export const placeNamed: FitRule = {
  name: "place-named",
  onlyWhileFitting: false,
  check({ q, fact, index }) {
    if (!q.wants.includes("place") || fact.answers.includes("place")) return undefined;
    const kindOf = (e: FactEntity) => index.briefing.byId.entity.get(e.entity)?.kind;
    const answers = (e: FactEntity): boolean => {
      if (q.entityIds.has(e.entity)) return false;
      const kind = kindOf(e);
      // "どこが発表した": a body may be the "where" asked.
      if (e.role === "location" || kind === "place" || kind === "organization") return true;
      return kind === "country" && (q.asksCountry || e.role !== "agent");
    };
    if (fact.entities.some(answers) || placeInText(fact)) return undefined;
    return { reasons: [{ key: this.name }], wantMissing: true };
  },
};
