import type { FitRule } from "../rule.js";

/** "What did To Lam tell Xi?" is not what Xi told To Lam: whose words they are must agree. */
export const speakerAgrees: FitRule = {
  name: "speaker-agrees",
  onlyWhileFitting: true,
  check({ q, fact, personIds }) {
    if (!q.asksWords) return undefined;
    const speaker = q.mentions.find((m) => m.role === "agent" && !m.external && personIds.has(m.id));
    if (!speaker || fact.entities.some((e) => e.entity === speaker.id && e.role === "agent"))
      return undefined;
    return { reasons: [{ key: this.name, args: { entity: speaker.id } }], roleConflict: true };
  },
};
