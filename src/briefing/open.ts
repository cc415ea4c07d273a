import { briefingCacheAt, DEFAULT_CACHE_DIR } from "./compiled-cache.js";
import type { Derive } from "./load.js";
import { briefingStoreOf, type ReloadableBriefingStore } from "./store-of.js";

/**
 * The store a one-shot command (briefbot ask, facts, topics) serves from: the compiled cache
 * when it holds these exact files, else the YAML, validated, then saved for the next start.
 * The YAML loader (and the yaml and zod packages) is imported only when the cache misses:
 * on a hit, importing it was a quarter of a cold start.
 */
export async function openBriefingStore(
  root: string,
  cacheDir = DEFAULT_CACHE_DIR,
  derive?: Derive,
): Promise<ReloadableBriefingStore> {
  const { cached } = briefingCacheAt(root, cacheDir, derive?.version);
  if (cached) return briefingStoreOf(cached);
  const { createBriefingStore } = await import("./store.js");
  return createBriefingStore(root, undefined, { cacheDir, ...(derive && { derive }) });
}
