import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PACK_FORMAT } from "../answer/index-cache.js";
import { KNOWLEDGE_DIR } from "../knowledge/load.js";

let tag: string | undefined;

/** package.json beside src/ or dist/ (and, for the benchmark's build in .bench-build/src, one level up). */
function packageJson(): string {
  const near = fileURLToPath(new URL("../../package.json", import.meta.url));
  const far = fileURLToPath(new URL("../../../package.json", import.meta.url));
  return existsSync(near) || !existsSync(far) ? near : far;
}

/** Every file under `dir`, in a stable order, into the hash (names and contents). */
function hashTree(hash: ReturnType<typeof createHash>, dir: string, keep: (name: string) => boolean): void {
  // Entries with their types: no stat per file (this runs on every `briefbot ask`).
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory()))
      hashTree(hash, path, keep);
    else if (keep(entry.name)) hash.update(entry.name).update("\0").update(readFileSync(path));
  }
}

/**
 * What builds a cached answer index: the engine's code (src/answer, as built), the languages'
 * code (src/lang: segmenters, stemmers) and the code compiling the packs (src/knowledge), the
 * knowledge packs it reads (stop words, synonyms, rewrites, the world file) and briefbot's
 * version, hashed once a process. A change to any of them builds the index anew.
 */
export function engineTag(): string {
  if (tag === undefined) {
    const hash = createHash("sha256").update(`index pack ${PACK_FORMAT}\0`);
    for (const code of ["../answer/", "../lang/", "../knowledge/"])
      hashTree(hash, fileURLToPath(new URL(code, import.meta.url)), (n) => /\.(js|ts)$/.test(n));
    hashTree(hash, KNOWLEDGE_DIR, (n) => /\.(ya?ml|json)$/.test(n));
    const manifest = JSON.parse(readFileSync(packageJson(), "utf8")) as { version?: string };
    tag = `briefbot ${manifest.version ?? "?"} ${hash.digest("hex").slice(0, 32)}`;
  }
  return tag;
}
