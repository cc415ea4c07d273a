import type { FitRule } from "../rule.js";

/**
 * "Did Ishiba meet Xi?": two people and a meeting need a fact where one meets the other. Each
 * person a meeting question names must be in the fact in person, not through their country:
 * "what did Trump tell Phoc at their meeting" is not answered by To Lam's call with Trump, nor
 * "which minister met Bessent" by Ishiba's call with Trump (Bessent's country is in it).
 */
export const meetingBetweenNamed: FitRule = {
  name: "meeting-between-named",
  onlyWhileFitting: false,
  check(ctx) {
    const { q, fact, personIds } = ctx;
    if (!q.meeting) return undefined;
    const people = q.mentions.filter((m) => !m.external && personIds.has(m.id)).map((m) => m.id);
    if (people.length === 0) return undefined;
    const present = (id: string) => fact.entities.some((e) => e.entity === id) || ctx.mentions(id);
    // "Did Phoc meet Trump?": his meeting with others answers no; a yes/no is not judged so.
    if (!q.wants.includes("yesno") && !people.every(present))
      return { reasons: [{ key: "meeting-between-named.absent" }] };
    if (people.length < 2) return undefined;
    const roles = fact.entities.filter((e) => people.includes(e.entity)).map((e) => e.role);
    if (roles.includes("counterpart") || roles.filter((r) => r === "agent").length >= 2) return undefined;
    return { reasons: [{ key: this.name }] };
  },
};
