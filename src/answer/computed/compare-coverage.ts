import type { Fact } from "../../briefing/types.js";
import type { Lang } from "../../i18n/lang.js";
import { type ComputedWords, computedWords } from "../../knowledge/computed-words.js";
import type { QuestionAnalysis } from "../analyze.js";
import { fold } from "../normalize.js";
import { indexTerms } from "../term-ids.js";

/**
 * How much of a question a comparison side's fact states: shared by comparisons of countries
 * (compare.ts) and of goods (compare-goods.ts), so neither imports the other.
 */

/** The share of the question's own words (not its cue words) each side's fact must state. */
export const MIN_COVERAGE = 0.5;

export interface Side {
  entity: string;
  fact: Fact;
  value: number;
  unit: string;
}

const factTermCache = new WeakMap<Fact, Map<Lang, Set<string>>>();

/**
 * The terms of a fact's statement and alternate questions in a language (the curated words
 * for it: "reciprocal tariffs on Vietnamese goods") and of its numbers' measures.
 */
function factTerms(fact: Fact, lang: Lang): Set<string> {
  let byLang = factTermCache.get(fact);
  if (!byLang) {
    byLang = new Map();
    factTermCache.set(fact, byLang);
  }
  let terms = byLang.get(lang);
  if (!terms) {
    terms = new Set(indexTerms(fact.statement[lang], lang));
    for (const q of fact.questions[lang]) for (const t of indexTerms(q, lang)) terms.add(t);
    for (const n of fact.numbers) for (const t of indexTerms(n.measure, "en")) terms.add(t);
    byLang.set(lang, terms);
  }
  return terms;
}

/**
 * The share (by weight) of the question's own words the fact states, less those only the other
 * side speaks of (`rival`); NaN when it has none.
 */
export function coverage(
  q: QuestionAnalysis,
  fact: Fact,
  words: ComputedWords,
  rival: ReadonlySet<string>,
  apart: (word: string) => boolean = () => false,
): number {
  const terms = factTerms(fact, q.lang);
  let total = 0;
  let covered = 0;
  for (const w of q.words) {
    if (w.unknown || words.ignore.has(w.word.toLowerCase()) || rival.has(fold(w.word))) continue;
    if (apart(w.word)) continue;
    total += w.weight;
    if (w.terms.some((t) => terms.has(t))) covered += w.weight;
  }
  return total > 0 ? covered / total : Number.NaN;
}

/**
 * Whether a fact states enough of the question's own words, its cue words and the words `apart`
 * (the sides' goods, when goods are compared) left out; a question of nothing else passes.
 */
export function coversQuestion(q: QuestionAnalysis, fact: Fact, apart: (word: string) => boolean): boolean {
  const c = coverage(q, fact, computedWords(q.lang), new Set(), apart);
  return Number.isNaN(c) || c >= MIN_COVERAGE;
}
