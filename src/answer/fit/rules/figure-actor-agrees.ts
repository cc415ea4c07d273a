import { languagePack } from "../../../knowledge/packs.js";
import { findMentions, latinTokens, prepareQuestion } from "../../entities.js";
import type { BriefingIndex } from "../../index-build.js";
import { measureKind } from "../../question-intent.js";
import { readRoles } from "../../roles.js";
import type { FitRule } from "../rule.js";

/** The entities a figure's English measure names as the side that acts ("investment Japan pledged"). */
const actorsMemo = new WeakMap<BriefingIndex, Map<string, readonly string[]>>();

export function measureActors(index: BriefingIndex, measure: string): readonly string[] {
  let memo = actorsMemo.get(index);
  if (!memo) {
    memo = new Map();
    actorsMemo.set(index, memo);
  }
  let actors = memo.get(measure);
  if (!actors) {
    const prepared = prepareQuestion(measure);
    const toks = latinTokens(prepared);
    const found = findMentions(prepared, toks, "en", index.entities);
    const roles = readRoles(prepared, toks, found, "en", (id) => index.briefing.byId.entity.get(id)?.kind);
    actors = [...new Set(found.filter((_, i) => roles[i] === "agent").map((m) => m.id))];
    memo.set(measure, actors);
  }
  return actors;
}

/**
 * "How much is the US investing in Japan?" of a fact that holds the U.S. (it sets the tariff)
 * and Japan's $550 billion investment in the U.S.: the fact's roles agree as a whole, but the
 * figure of the kind asked is another side's. A number question that says who acts (and names
 * a kind of figure: an investment, a purchase) is answered only by a fact with a figure of that
 * kind whose measure names no one acting, or names that side acting.
 */
export const figureActorAgrees: FitRule = {
  name: "figure-actor-agrees",
  onlyWhileFitting: false,
  check({ q, fact, index }) {
    if (!q.wants.includes("number") || q.wants.includes("yesno") || q.checksClaim) return undefined;
    if (q.figureKinds.length === 0 || fact.numbers.length === 0) return undefined;
    const agents = q.mentions.filter((m) => m.role === "agent" && !m.external).map((m) => m.id);
    if (agents.length === 0) return undefined;
    // The kind itself, not one that also answers it (a tariff "paid" is no one's investment).
    const asked = fact.numbers.filter((n) => {
      const kind = measureKind(n.measure);
      return (
        kind !== undefined && languagePack("en").actedKinds.includes(kind) && q.figureKinds.includes(kind)
      );
    });
    if (asked.length === 0) return undefined;
    const others = asked.map((n) => measureActors(index, n.measure));
    if (others.some((actors) => actors.length === 0 || agents.some((a) => actors.includes(a))))
      return undefined;
    const actor = [...new Set(others.flat())].join(", ");
    return {
      reasons: [{ key: this.name, args: { asked: agents.join(", "), actor } }],
      roleConflict: true,
    };
  },
};
