import { compilePattern } from "../../../lang/pattern.js";
import type { BriefingIndex } from "../../index-build.js";
import { fold } from "../../normalize.js";
import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

const NOT_WORD = compilePattern("[^\\p{L}\\p{N}]+", "gu");

/**
 * Whether the question names the one acting: found as a mention, written as one of its names
 * in any case ("xi came two weeks before ishiba"), or through the country it acts for
 * ("Beijing's leader").
 */
function namedInQuestion(
  id: string,
  named: ReadonlySet<string>,
  asked: string,
  index: BriefingIndex,
): boolean {
  const entity = index.briefing.byId.entity.get(id);
  if (named.has(id) || (entity?.actsFor !== undefined && named.has(entity.actsFor))) return true;
  const names = Object.values(entity?.names ?? {}).flat();
  return names.some((n) => asked.includes(` ${fold(n).replace(NOT_WORD, " ").trim()} `));
}

/** Kinds of entity another of which can be the one acting: a firm, a person (not a country). */
const PEERS: ReadonlySet<string> = new Set(["person", "organization"]);

/** What a question asks that the one acting may be: who, which or what ("which engine powers the A350?"). */
const ASKS_OTHER: ReadonlySet<string> = new Set(["person", "description"]);

/**
 * "When did Vivergo close its plant?" against "Ensus could close its Wilton plant; Ensus and
 * Vivergo dominate the sector": the firm asked about stands in the fact only as what it speaks
 * of (role subject), while another of its kind acts. What the other did, said or owns is not
 * the named one's, so the fact does not answer; the question naming the actor too ("Ensus
 * and Vivergo…") lets it through, and so does one asking who or what the other is ("Vivergo is
 * one of the two, who's the other?", "which engine powers the Airbus A350?"), which the actor
 * answers: the rule judges questions of a date, figure, place, reason or yes/no.
 */
export const bystanderNotActor: FitRule = {
  name: "bystander-not-actor",
  onlyWhileFitting: false,
  check(ctx) {
    const { q, fact, index } = ctx;
    if (q.wants.some((w) => ASKS_OTHER.has(w))) return undefined;
    const named = new Set(q.mentions.map((m) => m.id));
    const asked = ` ${fold(q.question).replace(NOT_WORD, " ")} `;
    const kindOf = (id: string) => index.briefing.byId.entity.get(id)?.kind ?? "";
    const reasons = q.mentions.flatMap((m) => {
      if (m.external || (m.role !== undefined && m.role !== "agent") || ctx.caseOf(m) !== "in-fact")
        return [];
      const kind = kindOf(m.id);
      if (!PEERS.has(kind)) return [];
      const roles = ctx.rolesOf(m.id);
      if (roles.length === 0 || roles.some((r) => r !== "subject")) return [];
      const actor = fact.entities.find(
        (e) =>
          e.role === "agent" &&
          e.entity !== m.id &&
          kindOf(e.entity) === kind &&
          !namedInQuestion(e.entity, named, asked, index),
      );
      return actor ? [{ key: this.name, args: { entity: m.id, actor: actor.entity } }] : [];
    });
    return rejectIf(reasons);
  },
};
