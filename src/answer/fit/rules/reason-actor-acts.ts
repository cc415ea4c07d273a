import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";
import { asksOnlyReason } from "./reason-stated.js";

/** Kinds of entity that act: a person, a country, an organisation (not a deal or a place). */
const ACTORS: ReadonlySet<string> = new Set(["person", "country", "organization"]);

/**
 * "Why did Trump call To Lam?" when To Lam called Trump; "Why did To Lam fly to Washington?"
 * when Phoc went on his behalf: a why-question's premise is that the one it reads as acting
 * did so. A named actor the fact lists but not as its agent (the one called, the principal
 * someone acted for) rejects. The sides of a meeting are interchangeable ("why did Chinh meet
 * Ishiba"): there the other side stands too.
 */
export const reasonActorActs: FitRule = {
  name: "reason-actor-acts",
  onlyWhileFitting: false,
  check(ctx) {
    const { q, index } = ctx;
    if (!asksOnlyReason(q)) return undefined;
    const reasons = q.mentions.flatMap((m) => {
      if (m.role !== "agent" || m.external || ctx.caseOf(m) !== "in-fact") return [];
      if (!ACTORS.has(index.briefing.byId.entity.get(m.id)?.kind ?? "")) return [];
      const roles = ctx.rolesOf(m.id);
      if (roles.includes("agent") || (q.meeting && roles.includes("counterpart"))) return [];
      return [{ key: this.name, args: { entity: m.id, factRoles: roles.join("/") } }];
    });
    return rejectIf(reasons, { roleConflict: true });
  },
};
