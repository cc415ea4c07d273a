import { allPacks } from "../../../knowledge/packs.js";
import { perLexicon } from "../../synonyms.js";
import { indexTerms } from "../../term-ids.js";
import type { FitRule } from "../rule.js";

const NUMBER_WORD = /^\d/;
/**
 * The packs' measure words as index terms, on first need (a rare path: not worth it at
 * start-up), as the lexicon in use reads them (the fact's terms are read with it).
 */
const measureTerms = perLexicon((): { terms?: Set<string> } => ({}));
function isMeasureTerm(term: string): boolean {
  const made = measureTerms();
  made.terms ??= new Set(allPacks().flatMap((p) => indexTerms(p.measureWords.join(" "), p.lang)));
  return made.terms.has(term);
}

/**
 * "What tariff does China face?" is not answered by the tariff on every country's cars: a fact
 * that covers the country only as one of "every country" must state something the question
 * asks about beyond the topic itself and how much (the cars, the steel).
 */
export const broadStatesSpecific: FitRule = {
  name: "broad-states-specific",
  onlyWhileFitting: true,
  check(ctx) {
    const { q, coverage } = ctx;
    if (!q.mentions.some((m) => ctx.caseOf(m) === "broad")) return undefined;
    const specific = q.words.some(
      (w) =>
        !coverage.notInFact.includes(w.word) &&
        !NUMBER_WORD.test(w.word) &&
        !w.terms.every((t) => ctx.topicTerms.some((s) => s.has(t)) || isMeasureTerm(t)),
    );
    return specific ? undefined : { reasons: [{ key: this.name }] };
  },
};
