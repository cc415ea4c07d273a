import type { Fact } from "../../../briefing/types.js";
import { normalizeText } from "../../normalize.js";
import { factText } from "../fact-text.js";
import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

const digitsCache = new WeakMap<Fact, Set<string>>();

/** The figures a fact holds, in plain digits: its numbers and those its statements write. */
export function factFigures(fact: Fact): Set<string> {
  let figures = digitsCache.get(fact);
  if (!figures) {
    figures = new Set(fact.numbers.map((n) => String(n.value)));
    for (const m of normalizeText(factText(fact)).matchAll(/\d+(?:\.\d+)?/g)) figures.add(m[0]);
    digitsCache.set(fact, figures);
  }
  return figures;
}

/**
 * "Which outlet gave the £9bn figure?": a figure the question states names what it asks
 * about; a fact without it is about another figure. A yes/no question may state a wrong
 * figure to be checked ("is the tariff 25%?"), and a part's whole is judged by part-not-whole.
 */
export const figureStated: FitRule = {
  name: "figure-stated",
  onlyWhileFitting: false,
  check({ q, fact }) {
    // Two figures are alternatives or a comparison ("25% or 27.5%?"): one of them is wrong.
    if (q.figures.length === 0 || q.figures.length > 1 || q.wants.includes("yesno") || q.checksClaim)
      return undefined;
    const held = factFigures(fact);
    return rejectIf(
      q.figures
        .filter((f) => !q.partOf.includes(f) && !held.has(f))
        .map((figure) => ({ key: this.name, args: { figure } })),
    );
  },
};
