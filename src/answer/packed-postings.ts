/** A term's postings, as index-build.ts's Postings (not imported: index-build imports this module's user). */
interface Postings {
  docs: Int32Array;
  weightCodes: Uint8Array | Uint16Array;
}

/**
 * The postings of a packed index (index-cache.ts) as the Map the index holds, each term's
 * entry made at its first read: a cold `ask` reads a few terms' postings of the thousands
 * (two views and an object a term, about a tenth of reading the index back, and garbage the
 * young generation had to copy). Reads as the Map it stands for: get, has, size, iteration.
 */
export class PackedPostings extends Map<string, Postings> {
  /** Term → its number in the packed arrays. */
  readonly #at = new Map<string, number>();
  readonly #made = new Map<string, Postings>();
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
    super();
    this.#terms = terms;
    this.#starts = starts;
    this.#docs = docs;
    this.#codes = codes;
    for (let t = 0; t < terms.length; t++) this.#at.set(terms[t]!, t);
  }

  override get size(): number {
    return this.#at.size;
  }

  override has(term: string): boolean {
    return this.#at.has(term);
  }

  override get(term: string): Postings | undefined {
    let p = this.#made.get(term);
    if (p === undefined) {
      const t = this.#at.get(term);
      if (t === undefined) return undefined;
      p = this.#make(t);
      this.#made.set(term, p);
    }
    return p;
  }

  #make(t: number): Postings {
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

  override set(): this {
    throw new Error("a packed index's postings are read-only");
  }

  override delete(): boolean {
    throw new Error("a packed index's postings are read-only");
  }

  override clear(): void {
    throw new Error("a packed index's postings are read-only");
  }

  override *keys(): MapIterator<string> {
    yield* this.#at.keys();
  }

  override *values(): MapIterator<Postings> {
    for (const term of this.#at.keys()) yield this.get(term)!;
  }

  override *entries(): MapIterator<[string, Postings]> {
    for (const term of this.#at.keys()) yield [term, this.get(term)!];
  }

  override [Symbol.iterator](): MapIterator<[string, Postings]> {
    return this.entries();
  }

  override forEach(
    visit: (value: Postings, key: string, map: Map<string, Postings>) => void,
    self?: unknown,
  ): void {
    for (const [term, p] of this.entries()) visit.call(self, p, term, this);
  }
}
