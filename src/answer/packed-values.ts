import { deserialize, serialize } from "node:v8";

/**
 * A map of string keys packed for the compiled cache: each key's value serialized on its own
 * (node:v8, the structured clone format) into one byte array, value k at bytes
 * starts[k]..starts[k+1].
 */
export interface PackedValues {
  keys: string[];
  starts: Uint32Array;
  bytes: Uint8Array;
}

/** Packs a map's values one by one, in its key order. */
export function packValues<V>(map: ReadonlyMap<string, V>): PackedValues {
  const keys = [...map.keys()];
  const parts = keys.map((key) => serialize(map.get(key)));
  const starts = new Uint32Array(keys.length + 1);
  parts.forEach((part, k) => {
    starts[k + 1] = starts[k]! + part.length;
  });
  const bytes = new Uint8Array(starts[keys.length]!);
  parts.forEach((part, k) => {
    bytes.set(part, starts[k]!);
  });
  return { keys, starts, bytes };
}

/**
 * The map a PackedValues stands for, each value read back at its first read: a cold `ask`
 * looks up a few of a briefing's several hundred alias lists (entities.ts, findMentions), and
 * reading them all back (a thousand objects, six thousand strings) was half of reading the
 * answer index. Reads as the Map it stands for: get, has, size, iteration; a value read twice
 * is the same object.
 */
export class PackedValueMap<V> extends Map<string, V> {
  readonly #at = new Map<string, number>();
  readonly #made = new Map<string, V>();
  readonly #starts: Uint32Array;
  readonly #bytes: Uint8Array;

  constructor(packed: PackedValues) {
    super();
    this.#starts = packed.starts;
    this.#bytes = packed.bytes;
    const keys = packed.keys;
    for (let k = 0; k < keys.length; k++) this.#at.set(keys[k]!, k);
  }

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
      value = deserialize(this.#bytes.subarray(this.#starts[k]!, this.#starts[k + 1]!)) as V;
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
