import { allPacks } from "../../../knowledge/packs.js";
import type { FitRule } from "../rule.js";

/**
 * "What did Ishiba tell Trump on the phone?": a fact that the call took place does not say
 * what was said; only one that reports someone's words, pledges or proposals does. (Not
 * "what does the Japan Times / the briefing say about…": that asks what a source reports.)
 * So too "what did Ishiba and To Lam agree at their meeting?": a fact that they met does not
 * say what they agreed; one that reports what was agreed, pledged or signed does.
 */
export const wordsReported: FitRule = {
  name: "words-reported",
  onlyWhileFitting: true,
  check({ q, fact, personIds }) {
    const agreedAtMeeting = q.asksAgreed && q.meeting;
    if (!(q.asksWords || agreedAtMeeting) || q.asksDifference || q.sources.length > 0) return undefined;
    if (!q.mentions.some((m) => personIds.has(m.id))) return undefined;
    if (allPacks().some((p) => p.reportsWords?.test(fact.statement[p.lang]))) return undefined;
    return { reasons: [{ key: this.name }] };
  },
};
