import { deserialize, serialize } from "node:v8";
import { LazyMap } from "./lazy-map.js";

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
 * answer index. Reads as the Map it stands for (lazy-map.ts).
 */
export class PackedValueMap<V> extends LazyMap<V> {
  readonly #starts: Uint32Array;
  readonly #bytes: Uint8Array;

  constructor(packed: PackedValues) {
    super(packed.keys);
    this.#starts = packed.starts;
    this.#bytes = packed.bytes;
  }

  protected make(k: number): V {
    return deserialize(this.#bytes.subarray(this.#starts[k]!, this.#starts[k + 1]!)) as V;
  }
}
