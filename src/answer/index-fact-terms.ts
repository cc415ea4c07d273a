import type { Fact } from "../briefing/types.js";
import { LANGS, type Lang } from "../i18n/lang.js";
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

/** Each packed index's alternate questions' terms (index-cache.ts's PackedIndex `alternates`). */
const alternatesOf = new WeakMap<PostedIndex, readonly string[]>();

/**
 * Notes that `index`'s postings were read under the knowledge in use now, with its facts'
 * alternate questions' terms as its pack keeps them (read under the same knowledge).
 */
export function notePostingsRead(index: PostedIndex, alternates?: readonly string[]): void {
  readUnder.set(index, knowledgeGeneration());
  if (alternates && alternates.length === index.facts.length * LANGS.length)
    alternatesOf.set(index, alternates);
  else alternatesOf.delete(index);
}

/**
 * The terms of fact `doc`'s alternate questions in `lang` (one list per question), as the
 * index's pack keeps them; undefined when it keeps none or was read under other knowledge
 * (the caller reads the questions).
 */
export function postedAlternates(index: PostedIndex, doc: number, lang: Lang): string[][] | undefined {
  if (readUnder.get(index) !== knowledgeGeneration()) return undefined;
  const packed = alternatesOf.get(index)?.[doc * LANGS.length + LANGS.indexOf(lang)];
  return packed === undefined ? undefined : (JSON.parse(packed) as string[][]);
}

interface ByFact {
  /** Fact → its number in the index. */
  at: Map<Fact, number>;
  /** Per fact: its terms (in the postings' order), made at the first ask. */
  terms: (string[] | undefined)[];
  /** Fact d's terms. */
  of: (d: number) => string[];
}

const byFact = new WeakMap<PostedIndex, ByFact>();

function invert(index: PostedIndex): ByFact {
  let made = byFact.get(index);
  if (!made) {
    const at = new Map<Fact, number>();
    index.facts.forEach((f, i) => {
      if (!at.has(f)) at.set(f, i);
    });
    const { postings } = index;
    const terms: (string[] | undefined)[] = new Array(index.facts.length);
    // A packed index keeps its postings turned around already: each fact's terms are read
    // when asked for (turning every posting around was a few percent of a cold `ask`).
    const packed = postings instanceof PackedPostings && postings.termsOfFact(0) !== undefined;
    if (!packed) {
      for (let d = 0; d < terms.length; d++) terms[d] = [];
      if (postings instanceof PackedPostings) postings.eachEntry((term, d) => terms[d]!.push(term));
      else for (const [term, p] of postings) for (const d of p.docs) terms[d]!.push(term);
    }
    const of = (d: number): string[] => (terms[d] ??= (postings as PackedPostings).termsOfFact(d) ?? []);
    made = { at, terms, of };
    byFact.set(index, made);
  }
  return made;
}

/** The index terms of `fact` as `index`'s postings hold them, or undefined (see above). */
export function postedTerms(index: PostedIndex, fact: Fact): readonly string[] | undefined {
  if (readUnder.get(index) !== knowledgeGeneration()) return undefined;
  const inverted = invert(index);
  const i = inverted.at.get(fact);
  return i === undefined ? undefined : inverted.of(i);
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
