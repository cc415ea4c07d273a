import type { QuestionAnalysis, QuestionMention } from "../../analyze.js";
import type { FitRule } from "../rule.js";

/**
 * The person whose words a question asks for: the one it reads as acting ("What did To Lam
 * tell Xi?"); else, when no one is read so, a person named first in the question, before any
 * other name ("What did Starmer write on Truth Social?", 「スターマー首相はトゥルース・ソーシャルに何と
 * 書いた？」, "Starmer đã viết gì trên Truth Social?"): the words' subject comes first in each
 * language's question.
 */
export function askedSpeaker(
  q: QuestionAnalysis,
  personIds: ReadonlySet<string>,
): QuestionMention | undefined {
  const persons = q.mentions.filter((m) => !m.external && personIds.has(m.id));
  const agent = persons.find((m) => m.role === "agent");
  if (agent) return agent;
  const first = [...q.mentions].sort((a, b) => a.chars[0] - b.chars[0])[0];
  return first && persons.includes(first) && first.role === undefined ? first : undefined;
}

/** "What did To Lam tell Xi?" is not what Xi told To Lam: whose words they are must agree. */
export const speakerAgrees: FitRule = {
  name: "speaker-agrees",
  onlyWhileFitting: true,
  check({ q, fact, personIds }) {
    if (!q.asksWords) return undefined;
    const speaker = askedSpeaker(q, personIds);
    if (!speaker || fact.entities.some((e) => e.entity === speaker.id && e.role === "agent"))
      return undefined;
    return { reasons: [{ key: this.name, args: { entity: speaker.id } }], roleConflict: true };
  },
};
