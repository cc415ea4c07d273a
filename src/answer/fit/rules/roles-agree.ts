import type { Role } from "../../../briefing/schema.js";
import type { QuestionRole } from "../../roles.js";
import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

/** Roles that cannot be the same participant: who gives is not who receives. */
export const CONFLICTING_ROLES: Readonly<Record<QuestionRole, readonly Role[]>> = {
  agent: ["recipient", "origin"],
  origin: ["agent"],
  recipient: ["agent"],
  location: [],
  counterpart: [],
};

/**
 * A capital named as the side that acts ("who did Washington send") is its government: a
 * fact that has the country only as what it speaks about ("U.S. tariffs") does not say it acted.
 */
function conflicting(role: QuestionRole, government: boolean): readonly Role[] {
  return government && role === "agent" ? [...CONFLICTING_ROLES.agent, "subject"] : CONFLICTING_ROLES[role];
}

/**
 * The swapped-roles trap: "Japanese students to Vietnam" is not "Vietnamese students to
 * Japan". An entity whose every role in the fact contradicts its role in the question rejects.
 * ("Japanese firms" against the group "Japanese companies in Vietnam": the origin the group
 * implies is that role, whatever else Japan does in the fact.)
 */
export const rolesAgree: FitRule = {
  name: "roles-agree",
  onlyWhileFitting: false,
  check(ctx) {
    const reasons = ctx.q.mentions.flatMap((m) => {
      if (ctx.caseOf(m) !== "in-fact" || !m.role) return [];
      if (m.role === "origin" && ctx.origins.has(m.id)) return [];
      const roles = ctx.rolesFor(m);
      if (!roles.every((r) => conflicting(m.role!, ctx.speaksForGovernment(m)).includes(r))) return [];
      return [{ key: this.name, args: { entity: m.id, questionRole: m.role, factRoles: roles.join("/") } }];
    });
    return rejectIf(reasons, { roleConflict: true });
  },
};
