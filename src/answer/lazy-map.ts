/**
 * A read-only Map over keys numbered 0..n-1 whose values are made at their first read and kept:
 * a packed index's postings (packed-postings.ts) and alias lists (packed-values.ts), of which a
 * cold `ask` reads a few of thousands. Reads as the Map it stands for: get, has, size,
 * iteration; a value read twice is the same object. Subclasses say how value k is made.
 */
export abstract class LazyMap<V> extends Map<string, V> {
  /** Key → its number. */
  readonly #at = new Map<string, number>();
  readonly #made = new Map<string, V>();

  constructor(keys: readonly string[]) {
    super();
    for (let k = 0; k < keys.length; k++) this.#at.set(keys[k]!, k);
  }

  /** Makes the value of the key numbered k. */
  protected abstract make(k: number): V;

  override get size(): number {
    return this.#at.size;
  }

  override has(key: string): boolean {
    return this.#at.has(key);
  }

  override get(key: string): V | undefined {
    let value = this.#made.get(key);
    if (value === undefined) {
      const k = this.#at.get(key);
      if (k === undefined) return undefined;
      value = this.make(k);
      this.#made.set(key, value);
    }
    return value;
  }

  override set(): this {
    throw new Error("a packed index's map is read-only");
  }

  override delete(): boolean {
    throw new Error("a packed index's map is read-only");
  }

  override clear(): void {
    throw new Error("a packed index's map is read-only");
  }

  override *keys(): MapIterator<string> {
    yield* this.#at.keys();
  }

  override *values(): MapIterator<V> {
    for (const key of this.#at.keys()) yield this.get(key)!;
  }

  override *entries(): MapIterator<[string, V]> {
    for (const key of this.#at.keys()) yield [key, this.get(key)!];
  }

  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  override forEach(visit: (value: V, key: string, map: Map<string, V>) => void, self?: unknown): void {
    for (const [key, value] of this.entries()) visit.call(self, value, key, this);
  }
}
