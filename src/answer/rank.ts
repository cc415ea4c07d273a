import type { Briefing, Fact } from "../briefing/types.js";
import type { Lang } from "../i18n/lang.js";
import { allPacks, languagePack } from "../knowledge/packs.js";
import type { QuestionAnalysis } from "./analyze.js";
import { cueIn } from "./cue.js";
import { withoutNoTopic } from "./discourse.js";
import { checkFit, type Fit } from "./fit.js";
import type { BriefingIndex } from "./index-build.js";
import { postedAlternates } from "./index-fact-terms.js";
import { search } from "./retrieve.js";
import { readingBriefing } from "./synonyms.js";
import { indexTerms } from "./term-ids.js";

/**
 * Ranks the facts retrieval finds for a question: fitting facts first, then by retrieval
 * score weighted by coverage, how closely the question matches one of the fact's alternate
 * questions, and small preferences (the kind of answer asked for, key facts, recorded
 * differences when the question asks how sources differ).
 */

const CANDIDATES = 12;

/** A fact considered for a question, with its fit and rank; `used` once it is in the answer. */
export interface Candidate {
  fact: Fact;
  retrieval: number;
  fit: Fit;
  rank: number;
  used: boolean;
  /**
   * Why a fitting candidate was not used, when it was not for a better fact: an explain key
   * ("refused.period", "unused.length"); read by --explain only.
   */
  unusedWhy?: string;
}

const personCache = new WeakMap<Briefing, Set<string>>();
/** The briefing's people, for "who" questions. */
export function personIds(briefing: Briefing): Set<string> {
  let ids = personCache.get(briefing);
  if (!ids) {
    ids = new Set(briefing.entities.filter((e) => e.kind === "person").map((e) => e.id));
    personCache.set(briefing, ids);
  }
  return ids;
}

/** The candidate facts for a question, best first. */
/** How much of the question a country-specific fact must cover to go before a broad one. */
const SPECIFIC_COVERAGE = 0.45;
let quantityWords: Set<string> | undefined;
/**
 * The packs' quantity words (measures.yaml): they ask how much, or only join words ("đối
 * với": towards), not about what, so they do not make a broad fact more specific.
 */
function isQuantityWord(word: string): boolean {
  quantityWords ??= new Set(allPacks().flatMap((p) => p.quantityWords));
  return quantityWords.has(word);
}

export function rankCandidates(q: QuestionAnalysis, index: BriefingIndex): Candidate[] {
  return readingBriefing(index.briefing, () => rankIn(q, index));
}

/** rankCandidates, with the briefing's lexicon in use (its facts' terms are read). */
function rankIn(q: QuestionAnalysis, index: BriefingIndex): Candidate[] {
  const hits = search(index, q.queryTerms, CANDIDATES);
  const top = hits[0]?.score ?? 1;
  const persons = personIds(index.briefing);
  const candidates = hits.map((h): Candidate => {
    const fact = index.facts[h.doc]!;
    const fit = checkFit(q, fact, index, persons);
    const softWant = q.wants.some(
      (w) => (w === "place" || w === "reason" || w === "yesno") && fact.answers.includes(w),
    );
    // How people ask for this fact (its alternate questions) is the best paraphrase evidence.
    const asked = alternateSimilarity(q, fact, index, h.doc);
    const rank =
      (h.score / top) * (0.4 + 0.6 * fit.coverage) +
      0.3 * asked +
      (softWant ? 0.05 : 0) +
      (fact.key ? 0.03 : 0) +
      // "According to the Japan Times…": that source's facts first.
      (q.sources.length > 0 && fact.citations.some((c) => q.sources.includes(c.source)) ? 0.1 : 0) +
      // "Do the sources differ?": the facts that record a difference come first.
      (q.asksDifference && fact.links.some((l) => l.type === "differs-from") ? 0.5 : 0);
    return { fact, retrieval: h.score, fit, rank, used: false };
  });
  candidates.sort((a, b) => Number(b.fit.ok) - Number(a.fit.ok) || b.rank - a.rank);
  // A fact that names the question's country and covers the question beats one that covers
  // the country only as one of "every country" ("the tariff on Vietnam" is the 46%).
  const first = candidates[0];
  if (first?.fit.broad) {
    // …unless the broad fact states something asked that the specific one does not
    // ("Japanese *cars*": the vehicle tariff, not the country's reciprocal rate).
    const at = candidates.findIndex(
      (c) =>
        c.fit.ok &&
        !c.fit.broad &&
        c.fit.coverage >= SPECIFIC_COVERAGE &&
        c.fit.uncovered.every((w) => first.fit.uncovered.includes(w) || isQuantityWord(w)),
    );
    if (at > 0) candidates.unshift(...candidates.splice(at, 1));
  }
  earliestFirst(q, candidates);
  return candidates;
}

/** How close to the best a fitting fact must rank and cover to go before it as the earlier one. */
const EARLIEST_RANK = 0.95;
const EARLIEST_COVERAGE = 0;

/**
 * "When was the deal first announced?", "最初に発表したのは", "lần đầu công bố" (asked.yaml
 * `earliestAsked`): of the fitting facts about as close as the best, the one dated earliest goes
 * first (the announcement, not the confirmation a day later).
 */
export function earliestFirst(q: QuestionAnalysis, candidates: Candidate[]): void {
  const best = candidates[0];
  if (!best?.fit.ok || !cueIn(languagePack(q.lang).asked.earliestAsked, q.question)) return;
  let at = 0;
  candidates.forEach((c, i) => {
    const earliest = candidates[at]!.fact.date;
    if (
      c.fit.ok &&
      c.fact.date !== undefined &&
      (earliest === undefined || c.fact.date < earliest) &&
      c.rank >= EARLIEST_RANK * best.rank &&
      c.fit.coverage >= best.fit.coverage - EARLIEST_COVERAGE
    )
      at = i;
  });
  if (at > 0) candidates.unshift(...candidates.splice(at, 1));
}

const alternateCache = new WeakMap<Fact, Map<Lang, Set<string>[]>>();

const questionTermCache = new WeakMap<QuestionAnalysis, Set<string>>();

/** Best Jaccard overlap between the question's terms and one of the fact's alternate questions. */
function alternateSimilarity(q: QuestionAnalysis, fact: Fact, index: BriefingIndex, doc: number): number {
  let byLang = alternateCache.get(fact);
  if (!byLang) {
    byLang = new Map();
    alternateCache.set(fact, byLang);
  }
  let sets = byLang.get(q.lang);
  if (!sets) {
    // A packed index keeps them read (the same terms): a cold start reads no alternate question.
    const terms =
      (index.facts[doc] === fact ? postedAlternates(index, doc, q.lang) : undefined) ??
      fact.questions[q.lang].map((alt) => indexTerms(alt, q.lang));
    sets = terms.map((t) => new Set(t));
    byLang.set(q.lang, sets);
  }
  // The question's terms once per question, not once per candidate fact.
  let mine = questionTermCache.get(q);
  if (!mine) {
    // Without the words that ask for no topic ("実際に", "lol"): no alternate question has them.
    mine = new Set(indexTerms(withoutNoTopic(q.question), q.lang));
    questionTermCache.set(q, mine);
  }
  let best = 0;
  for (const alt of sets) {
    let shared = 0;
    for (const t of mine) if (alt.has(t)) shared++;
    const union = mine.size + alt.size - shared;
    if (union > 0) best = Math.max(best, shared / union);
  }
  return best;
}
