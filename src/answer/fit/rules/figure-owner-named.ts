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
/**
 * Kinds of number whose owner the question names: a count, or a figure of no named kind ("what
 * is Vivergo's capacity?"). A rate or an amount of money may be told in words or set by others.
 */
const OWNED_KINDS: ReadonlySet<string> = new Set(["count", "any"]);
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
 * holds is answered only by a figure whose measure names it, or one that names no one else;
 * nor by one it shares with another the question leaves out.
 */
export const figureOwnerNamed: FitRule = {
  name: "figure-owner-named",
  onlyWhileFitting: false,
  check({ q, fact, index }) {
    // "How much does JLR save?" may be answered in words ("hundreds of millions"): counts only.
    if (!q.wants.includes("number") || !OWNED_KINDS.has(q.numberKind) || fact.numbers.length === 0)
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
    // "What's Vivergo's capacity on its own?": a figure shared with another the question does
    // not name ("combined capacity of Ensus and Vivergo") is not its own.
    const asked = new Set(q.mentions.map((m) => m.id));
    // Who shares it plays the same part in the fact (not "as S&P Global gives it").
    const roleIn = (id: string) => fact.entities.find((f) => f.entity === id)?.role;
    const partners = (id: string) => others(id).filter((o) => roleIn(o.id) === roleIn(id));
    const shared = q.mentions
      .map((m) => (m.external ? undefined : entity(m.id)))
      .filter((e): e is Entity => e !== undefined && OWNERS.has(e.kind) && !unowned.includes(e))
      .filter((e) =>
        fact.numbers.every(
          (n) => names(e, n.measure) && partners(e.id).some((o) => !asked.has(o.id) && names(o, n.measure)),
        ),
      );
    const found = [...unowned, ...shared];
    if (found.length === 0) return undefined;
    return {
      reasons: found.map((e) => ({ key: this.name, args: { entity: e.id } })),
      wantMissing: true,
    };
  },
};
