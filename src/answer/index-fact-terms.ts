import type { Fact } from "../briefing/types.js";
import { knowledgeGeneration } from "../knowledge/load.js";
import { PackedPostings } from "./packed-postings.js";

/**
 * Each fact's index terms, read back from the index's postings instead of tokenizing the fact
 * again: the postings hold, for every term, the facts whose texts (termsOfFact's: statements,
 * alternate questions, measures, entity tokens) gave it, read with the briefing's own lexicon,
 * as the fit check reads. Tokenizing every fact of a briefing again for the topics' things
 * (topic-things.ts) was a fifth of a cold `ask`.
 *
 * Only for an index whose postings were read by this process's knowledge (noted as it is
 * built or unpacked): an index made by hand (tests) or before the knowledge folder changed
 * gives undefined, and the caller tokenizes the fact.
 */

/** What is read of an index (index-build.ts's BriefingIndex, not imported: it imports this). */
interface PostedIndex {
  readonly facts: readonly Fact[];
  readonly postings: ReadonlyMap<string, { readonly docs: Int32Array }>;
}

/** The knowledge generation each index's postings were read under. */
const readUnder = new WeakMap<PostedIndex, number>();

/** Notes that `index`'s postings were read under the knowledge in use now. */
export function notePostingsRead(index: PostedIndex): void {
  readUnder.set(index, knowledgeGeneration());
}

interface ByFact {
  /** Fact → its number in the index. */
  at: Map<Fact, number>;
  /** Per fact: its terms (in the postings' order). */
  terms: string[][];
}

const byFact = new WeakMap<PostedIndex, ByFact>();

function invert(index: PostedIndex): ByFact {
  let made = byFact.get(index);
  if (!made) {
    const at = new Map<Fact, number>();
    index.facts.forEach((f, i) => {
      if (!at.has(f)) at.set(f, i);
    });
    const terms = index.facts.map((): string[] => []);
    const { postings } = index;
    if (postings instanceof PackedPostings) postings.eachEntry((term, d) => terms[d]!.push(term));
    else for (const [term, p] of postings) for (const d of p.docs) terms[d]!.push(term);
    made = { at, terms };
    byFact.set(index, made);
  }
  return made;
}

/** The index terms of `fact` as `index`'s postings hold them, or undefined (see above). */
export function postedTerms(index: PostedIndex, fact: Fact): readonly string[] | undefined {
  if (readUnder.get(index) !== knowledgeGeneration()) return undefined;
  const inverted = invert(index);
  const i = inverted.at.get(fact);
  return i === undefined ? undefined : inverted.terms[i];
}

/**
 * The numbers of the facts whose terms hold every one of `terms` (ascending), from the
 * postings alone; undefined when the postings cannot tell (see above) or a term is one
 * character (a lone kanji is also read in a fact's text: the caller reads each fact).
 */
export function factsWithAll(index: PostedIndex, terms: readonly string[]): number[] | undefined {
  if (readUnder.get(index) !== knowledgeGeneration() || terms.some((t) => t.length === 1)) return undefined;
  let out: number[] | undefined;
  for (const t of terms) {
    const docs = index.postings.get(t)?.docs;
    if (!docs) return [];
    if (out === undefined) out = Array.from(docs);
    else {
      const here = new Set(docs);
      out = out.filter((d) => here.has(d));
    }
    if (out.length === 0) return out;
  }
  return out ?? Array.from(index.facts.keys());
}
