import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isLang, type LanguageCode } from "../i18n/lang.js";
import { cachedKnowledge } from "./cache.js";
import { type KnowledgeData, readKnowledge, readPack } from "./read.js";
import type { PackData } from "./schema.js";

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
/** Packs of codes outside LANGS, read when first asked for. */
const unregistered = new Map<string, PackData>();
/** Another knowledge folder in place of the shipped one (tests, a pack being written). */
let otherDir: string | undefined;
let generation = 0;

/** The knowledge folder read: the shipped one unless useKnowledgeDir named another. */
export function knowledgeDir(): string {
  return otherDir ?? KNOWLEDGE_DIR;
}

/** Changes each time useKnowledgeDir does: what is compiled from the packs is compiled afresh. */
export function knowledgeGeneration(): number {
  return generation;
}

/**
 * Reads knowledge from `dir` (laid out as knowledge/: lang/<code>/, world.yaml) from now on,
 * or the shipped folder again with `undefined`. Another folder is read from its YAML, never
 * cached: tests point the engine at a pack of their own with it.
 */
export function useKnowledgeDir(dir: string | undefined): void {
  otherDir = dir;
  knowledge = undefined;
  unregistered.clear();
  generation++;
}

/** The shipped knowledge, once a process (from the JSON cache when the files are unchanged). */
export function shippedKnowledge(): KnowledgeData {
  knowledge ??= otherDir
    ? readKnowledge(otherDir)
    : cachedKnowledge(KNOWLEDGE_DIR, () => readKnowledge(KNOWLEDGE_DIR));
  return knowledge;
}

/**
 * The data of the pack of `code`: a registered language's from the shipped knowledge, any
 * other's read from lang/<code>/ when first asked for (a folder that does not exist: an empty
 * pack). A pack outside LANGS is never listed among all packs, but reads questions in its
 * language all the same.
 */
export function packData(code: LanguageCode): PackData {
  if (isLang(code)) return shippedKnowledge().packs[code];
  let data = unregistered.get(code);
  if (!data) {
    if (!/^[a-z]{2,3}(?:-[a-z0-9]+)*$/.test(code)) throw new Error(`not a language code: "${code}"`);
    data = readPack(join(knowledgeDir(), "lang", code));
    unregistered.set(code, data);
  }
  return data;
}
