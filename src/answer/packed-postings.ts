import { LazyMap } from "./lazy-map.js";

/** A term's postings, as index-build.ts's Postings (not imported: index-build imports this module's user). */
interface Postings {
  docs: Int32Array;
  weightCodes: Uint8Array | Uint16Array;
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

  constructor(
    terms: readonly string[],
    starts: Uint32Array,
    docs: Int32Array,
    codes: Uint8Array | Uint16Array,
  ) {
    super(terms);
    this.#terms = terms;
    this.#starts = starts;
    this.#docs = docs;
    this.#codes = codes;
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
