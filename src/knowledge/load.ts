import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cachedKnowledge } from "./cache.js";
import { type KnowledgeData, readKnowledge } from "./read.js";

export type { KnowledgeData } from "./read.js";

/**
 * The shipped knowledge (`knowledge/`: language packs, the words of computed answers and the
 * world file), validated, once a process: from the knowledge cache when the files are
 * unchanged, else read and validated by ./read.ts (which the one-file `briefbot ask` leaves out).
 */

/** knowledge/ beside src/ or dist/ (and, for the benchmark's build in .bench-build/src, one level up). */
export const KNOWLEDGE_DIR =
  [
    fileURLToPath(new URL("../../knowledge/", import.meta.url)),
    fileURLToPath(new URL("../../../knowledge/", import.meta.url)),
  ].find((dir) => existsSync(join(dir, "world.yaml"))) ??
  fileURLToPath(new URL("../../knowledge/", import.meta.url));

let knowledge: KnowledgeData | undefined;

/** The shipped knowledge, once a process (from the JSON cache when the files are unchanged). */
export function shippedKnowledge(): KnowledgeData {
  knowledge ??= cachedKnowledge(KNOWLEDGE_DIR, () => readKnowledge(KNOWLEDGE_DIR));
  return knowledge;
}
