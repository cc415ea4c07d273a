import { LazyMap } from "./lazy-map.js";

/** A term's postings, as index-build.ts's Postings (not imported: index-build imports this module's user). */
interface Postings {
  docs: Int32Array;
  weightCodes: Uint8Array | Uint16Array;
}

/**
 * The postings turned around, as the pack keeps them: fact d's terms are the term numbers
 * terms[starts[d]..starts[d+1]], ascending (the postings' order).
 */
export interface FactTerms {
  starts: Uint32Array;
  terms: Uint32Array;
}

/** The postings of `docs` (term t's entries starts[t]..starts[t+1]) by fact, for `facts` facts. */
export function factTermsOf(starts: Uint32Array, docs: Int32Array, facts: number): FactTerms {
  const byFact = new Uint32Array(facts + 1);
  for (let k = 0; k < docs.length; k++) byFact[docs[k]! + 1]! += 1;
  for (let d = 0; d < facts; d++) byFact[d + 1]! += byFact[d]!;
  const next = byFact.slice(0, facts);
  const terms = new Uint32Array(docs.length);
  for (let t = 0; t + 1 < starts.length; t++)
    for (let k = starts[t]!; k < starts[t + 1]!; k++) terms[next[docs[k]!]!++] = t;
  return { starts: byFact, terms };
}

/**
 * The postings of a packed index (index-cache.ts) as the Map the index holds, each term's
 * entry made at its first read: a cold `ask` reads a few terms' postings of the thousands
 * (two views and an object a term, about a tenth of reading the index back, and garbage the
 * young generation had to copy). Reads as the Map it stands for (lazy-map.ts).
 */
export class PackedPostings extends LazyMap<Postings> {
  readonly #terms: readonly string[];
  readonly #starts: Uint32Array;
  readonly #docs: Int32Array;
  readonly #codes: Uint8Array | Uint16Array;
  readonly #byFact: FactTerms | undefined;

  constructor(
    terms: readonly string[],
    starts: Uint32Array,
    docs: Int32Array,
    codes: Uint8Array | Uint16Array,
    byFact?: FactTerms,
  ) {
    super(terms);
    this.#terms = terms;
    this.#starts = starts;
    this.#docs = docs;
    this.#codes = codes;
    this.#byFact = byFact;
  }

  /** Fact d's terms in the postings' order, from the pack's turned-around postings; undefined without them. */
  termsOfFact(d: number): string[] | undefined {
    const byFact = this.#byFact;
    if (byFact === undefined || d < 0 || d + 1 >= byFact.starts.length) return undefined;
    const out: string[] = [];
    for (let k = byFact.starts[d]!; k < byFact.starts[d + 1]!; k++) out.push(this.#terms[byFact.terms[k]!]!);
    return out;
  }

  protected make(t: number): Postings {
    const from = this.#starts[t]!;
    const to = this.#starts[t + 1]!;
    return { docs: this.#docs.subarray(from, to), weightCodes: this.#codes.subarray(from, to) };
  }

  /** Each (term, fact) entry, term after term, without making the terms' postings. */
  eachEntry(visit: (term: string, doc: number) => void): void {
    const terms = this.#terms;
    const starts = this.#starts;
    const docs = this.#docs;
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t]!;
      for (let k = starts[t]!; k < starts[t + 1]!; k++) visit(term, docs[k]!);
    }
  }
}
