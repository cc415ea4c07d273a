import { briefingCacheAt, DEFAULT_CACHE_DIR } from "./compiled-cache.js";
import type { Derive } from "./load.js";
import { briefingStoreOf, type ReloadableBriefingStore } from "./store-of.js";
import type { Briefing } from "./types.js";

/**
 * Something built from the briefings and kept beside them in the cache (the answer index):
 * the briefing layer keeps it without knowing what it is.
 */
export interface DerivedCache {
  /** Names the code and version that build it; part of its key. */
  tag: string;
  /** Puts data read from the cache in service; false when it does not fit these briefings. */
  adopt(briefings: readonly Briefing[], data: unknown): boolean;
  /** Builds it (and puts it in service), returning what to save. */
  build(briefings: readonly Briefing[]): unknown;
}

let derivedBuilt = false;

/**
 * Whether this process built what is derived from briefings (no cached build fitted): the run
 * then went through code a start that reads the cache does not (src/cli/bundled.ts keeps its
 * code cache for the runs that do).
 */
export function builtDerived(): boolean {
  return derivedBuilt;
}

/**
 * The store a one-shot command (briefbot ask, facts, topics) serves from: the compiled cache
 * when it holds these exact files, else the YAML, validated, then saved for the next start.
 * The YAML loader (and the yaml and zod packages) is imported only when the cache misses:
 * on a hit, importing it was a quarter of a cold start. With `derived`, what is built from
 * the briefings is read from the cache too, or built and saved there.
 */
export async function openBriefingStore(
  root: string,
  cacheDir = DEFAULT_CACHE_DIR,
  derived?: DerivedCache,
  derive?: Derive,
): Promise<ReloadableBriefingStore> {
  const entry = briefingCacheAt(root, cacheDir, derive?.version);
  let briefings = entry.cached;
  if (!briefings) {
    const { createBriefingStore } = await import("./store.js");
    briefings = createBriefingStore(root, undefined, { cacheDir, ...(derive && { derive }) }).list();
  }
  if (derived) {
    const saved = entry.cached ? entry.readDerived(derived.tag) : undefined;
    if (saved === undefined || !derived.adopt(briefings, saved)) {
      derivedBuilt = true;
      entry.saveDerived(derived.tag, derived.build(briefings));
    }
  }
  return briefingStoreOf(briefings);
}
