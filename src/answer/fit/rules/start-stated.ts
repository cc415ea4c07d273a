import type { Fact } from "../../../briefing/types.js";
import { allPacks, languagePack } from "../../../knowledge/packs.js";
import { cueIn } from "../../cue.js";
import type { FitRule } from "../rule.js";

/** The fact's statement in some language states a start (frames.yaml `startStated`). */
function statesStart(fact: Fact): boolean {
  return allPacks().some((p) => cueIn(p.startStated, fact.statement[p.lang] ?? ""));
}

/**
 * "From what date can British travellers use e-gates?", "いつから適用？": a start is asked. A
 * fact dated only by the day its deal was agreed or reported ("use of e-gates was agreed")
 * does not say when it starts; one that states a start ("took effect on June 30", "since
 * early March", "6月30日から") does.
 */
export const startStated: FitRule = {
  name: "start-stated",
  onlyWhileFitting: false,
  check({ q, fact }) {
    // "…the tariff removed when the deal took effect, and the quota?": a clause, the figure asked.
    const onlyWhen = q.wants.includes("date") && !q.wants.includes("number") && !q.wants.includes("person");
    if (!onlyWhen || !cueIn(languagePack(q.lang).startAsked, q.question)) return undefined;
    return statesStart(fact) ? undefined : { reasons: [{ key: this.name }], wantMissing: true };
  },
};
