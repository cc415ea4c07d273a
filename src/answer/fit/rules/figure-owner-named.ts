import type { Entity } from "../../../briefing/types.js";
import { compilePattern } from "../../../lang/pattern.js";
import { escapeRegExp } from "../../cue.js";
import { fold } from "../../normalize.js";
import type { FitRule } from "../rule.js";

/**
 * Kinds of entity whose own figures a "how many" question asks (a firm's sales). Not a person:
 * a leader's pledge is counted in their country's figures ("PhD students Japan will train").
 */
const OWNERS: ReadonlySet<string> = new Set(["organization"]);
/** Kinds of entity a figure's measure may give as its owner instead. */
const OTHER_OWNERS: ReadonlySet<string> = new Set(["organization", "person", "country"]);

/** Whether an English text (a figure's measure) writes one of the entity's names, as whole words. */
function names(entity: Entity, text: string): boolean {
  const folded = fold(text);
  return entity.names.en.some((n) => {
    const name = fold(n);
    return (
      name.length > 1 &&
      compilePattern(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "u").test(folded)
    );
  });
}

/**
 * "How many vehicles did Jaguar Land Rover sell in the US?": the fact names the firm, but its
 * one figure is another's (the quota of cars the UK exports). A count asked of a firm the fact
 * holds is answered only by a figure whose measure names it, or one that names no one else.
 */
export const figureOwnerNamed: FitRule = {
  name: "figure-owner-named",
  onlyWhileFitting: false,
  check({ q, fact, index }) {
    // "How much does JLR save?" may be answered in words ("hundreds of millions"): counts only.
    if (!q.wants.includes("number") || q.numberKind !== "count" || fact.numbers.length === 0)
      return undefined;
    const entity = (id: string) => index.briefing.byId.entity.get(id);
    // Another who may own a figure: a firm, person or country.
    const others = (owner: string) =>
      fact.entities
        .map((e) => entity(e.entity))
        .filter((e): e is Entity => e !== undefined && e.id !== owner && OTHER_OWNERS.has(e.kind));
    const unowned = q.mentions
      .map((m) => (m.external ? undefined : entity(m.id)))
      .filter((e): e is Entity => e !== undefined && OWNERS.has(e.kind))
      // Held, but not as the one who acts or reports in the fact: the Chamber's count of
      // importers is its own report, whomever it counts.
      .filter(
        (e) =>
          fact.entities.some((f) => f.entity === e.id) &&
          !fact.entities.some((f) => f.entity === e.id && f.role === "agent"),
      )
      .filter((e) =>
        fact.numbers.every((n) => !names(e, n.measure) && others(e.id).some((o) => names(o, n.measure))),
      );
    if (unowned.length === 0) return undefined;
    return {
      reasons: unowned.map((e) => ({ key: this.name, args: { entity: e.id } })),
      wantMissing: true,
    };
  },
};
