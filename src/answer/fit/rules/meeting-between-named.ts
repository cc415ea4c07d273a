import type { FitRule } from "../rule.js";

/** "Did Ishiba meet Xi?": two people and a meeting need a fact where one meets the other. */
export const meetingBetweenNamed: FitRule = {
  name: "meeting-between-named",
  onlyWhileFitting: false,
  check({ q, fact, personIds }) {
    if (!q.meeting) return undefined;
    const people = q.mentions.filter((m) => !m.external && personIds.has(m.id)).map((m) => m.id);
    if (people.length < 2) return undefined;
    const roles = fact.entities.filter((e) => people.includes(e.entity)).map((e) => e.role);
    if (roles.includes("counterpart") || roles.filter((r) => r === "agent").length >= 2) return undefined;
    return { reasons: [{ key: this.name }] };
  },
};
