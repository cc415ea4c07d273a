/**
 * Two small open-addressing hash tables for the index build's tokenizer, which looks up
 * every word and bigram of about a million texts: one keyed by a stretch of characters of
 * another string (found without slicing it out), one keyed by a pair of integers. Values
 * are integers (term ids, or negative markers such as STOP); a missing key reads as ABSENT.
 */

export const ABSENT = -2;
export const STOP = -1;

/** FNV-1a over UTF-16 units: the scanner folds each character in as it reads it. */
export const HASH_SEED = 0x811c9dc5 | 0;
export function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

/** Words by their characters: get(s, start, end, hash) compares in place, without a substring. */
export class WordTable {
  private keys: string[];
  private hashes: Int32Array;
  private values: Int32Array;
  private mask: number;
  private size = 0;

  constructor(capacity = 1024) {
    this.keys = new Array<string>(capacity).fill("");
    this.hashes = new Int32Array(capacity);
    this.values = new Int32Array(capacity).fill(ABSENT);
    this.mask = capacity - 1;
  }

  /** The value of the word s[start, end), whose hash is `hash`, or ABSENT. */
  get(s: Uint16Array, start: number, end: number, hash: number): number {
    const length = end - start;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const value = this.values[i]!;
      if (value === ABSENT) return ABSENT;
      if (this.hashes[i] !== hash) continue;
      const key = this.keys[i]!;
      if (key.length !== length) continue;
      let k = 0;
      while (k < length && key.charCodeAt(k) === s[start + k]) k++;
      if (k === length) return value;
    }
  }

  /** Stores a word not yet in the table (its hash as get was given it). */
  add(word: string, hash: number, value: number): void {
    if ((this.size + 1) * 2 > this.values.length) this.grow();
    this.place(word, hash, value);
    this.size++;
  }

  private place(word: string, hash: number, value: number): void {
    let i = hash & this.mask;
    while (this.values[i] !== ABSENT) i = (i + 1) & this.mask;
    this.keys[i] = word;
    this.hashes[i] = hash;
    this.values[i] = value;
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    const capacity = values.length * 2;
    this.keys = new Array<string>(capacity).fill("");
    this.hashes = new Int32Array(capacity);
    this.values = new Int32Array(capacity).fill(ABSENT);
    this.mask = capacity - 1;
    for (let i = 0; i < values.length; i++) {
      if (values[i] !== ABSENT) this.place(keys[i]!, hashes[i]!, values[i]!);
    }
  }
}

/** Values by a pair of non-negative 31-bit integers (two UTF-16 units, two term ids). */
export class PairTable {
  private firsts: Int32Array;
  private seconds: Int32Array;
  private values: Int32Array;
  private mask: number;
  private size = 0;

  constructor(capacity = 1024) {
    this.firsts = new Int32Array(capacity);
    this.seconds = new Int32Array(capacity);
    this.values = new Int32Array(capacity).fill(ABSENT);
    this.mask = capacity - 1;
  }

  get(first: number, second: number): number {
    for (let i = pairHash(first, second) & this.mask; ; i = (i + 1) & this.mask) {
      const value = this.values[i]!;
      if (value === ABSENT) return ABSENT;
      if (this.firsts[i] === first && this.seconds[i] === second) return value;
    }
  }

  /** Stores a pair not yet in the table. */
  add(first: number, second: number, value: number): void {
    if ((this.size + 1) * 2 > this.values.length) this.grow();
    this.place(first, second, value);
    this.size++;
  }

  private place(first: number, second: number, value: number): void {
    let i = pairHash(first, second) & this.mask;
    while (this.values[i] !== ABSENT) i = (i + 1) & this.mask;
    this.firsts[i] = first;
    this.seconds[i] = second;
    this.values[i] = value;
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    const capacity = values.length * 2;
    this.firsts = new Int32Array(capacity);
    this.seconds = new Int32Array(capacity);
    this.values = new Int32Array(capacity).fill(ABSENT);
    this.mask = capacity - 1;
    for (let i = 0; i < values.length; i++) {
      if (values[i] !== ABSENT) this.place(firsts[i]!, seconds[i]!, values[i]!);
    }
  }
}

function pairHash(first: number, second: number): number {
  const h = Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca6b);
  return h ^ (h >>> 15);
}
