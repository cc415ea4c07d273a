import type { Fact } from "../../../briefing/types.js";
import { allPacks, languagePack } from "../../../knowledge/packs.js";
import { cueIn } from "../../cue.js";
import type { FitRule } from "../rule.js";

/** The fact's statement in some language states a succession (frames.yaml `successionStated`). */
function statesSuccession(fact: Fact): boolean {
  return allPacks().some((p) => cueIn(p.successionStated, fact.statement[p.lang] ?? ""));
}

/**
 * "Who took over from Ishiba as PM?", "石破氏の後任は誰？", "Ai kế nhiệm ông Ishiba?": the
 * question asks who took someone's place. A fact that names a person in some other act (Trump
 * signed the order) is not the successor; only a fact that states a succession answers.
 */
export const successionStated: FitRule = {
  name: "succession-stated",
  onlyWhileFitting: false,
  check({ q, fact }) {
    if (!q.wants.includes("person") || !cueIn(languagePack(q.lang).successorAsked, q.question))
      return undefined;
    return statesSuccession(fact) ? undefined : { reasons: [{ key: this.name }], wantMissing: true };
  },
};
