import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PACK_FORMAT } from "../answer/index-cache.js";
import { DEFAULT_CACHE_DIR } from "../briefing/compiled-cache.js";
import { stampedKey } from "../briefing/stamped-key.js";
import { KNOWLEDGE_DIR } from "../knowledge/load.js";

let tag: string | undefined;

/** package.json beside src/ or dist/ (and, for the benchmark's build in .bench-build/src, one level up). */
function packageJson(): string {
  const near = fileURLToPath(new URL("../../package.json", import.meta.url));
  const far = fileURLToPath(new URL("../../../package.json", import.meta.url));
  return existsSync(near) || !existsSync(far) ? near : far;
}

/** Every file under `dir` that `keep` names, in a stable order. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  // Entries with their types: no stat per file but the stamps (this runs on every `briefbot ask`).
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory()))
      return filesUnder(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

/**
 * What builds a cached answer index: the engine's code (src/answer, as built), the languages'
 * code (src/lang: segmenters, stemmers) and the code compiling the packs (src/knowledge), the
 * knowledge packs it reads (stop words, synonyms, rewrites, the world file) and briefbot's
 * version, worked out once a process. A change to any of them builds the index anew. The
 * files are hashed only when one's stamp changed since (src/briefing/stamped-key.ts).
 */
export function engineTag(): string {
  if (tag === undefined) {
    const code = ["../answer/", "../lang/", "../knowledge/"].flatMap((dir) =>
      filesUnder(fileURLToPath(new URL(dir, import.meta.url)), (n) => /\.(js|ts)$/.test(n)),
    );
    const data = filesUnder(KNOWLEDGE_DIR, (n) => /\.(ya?ml|json)$/.test(n));
    const digest = stampedKey(DEFAULT_CACHE_DIR, "engine", [...code, ...data], () => {
      const hash = createHash("sha256").update(`index pack ${PACK_FORMAT}\0`);
      for (const file of [...code, ...data])
        hash.update(basename(file)).update("\0").update(readFileSync(file));
      return hash.digest("hex").slice(0, 32);
    });
    const manifest = JSON.parse(readFileSync(packageJson(), "utf8")) as { version?: string };
    tag = `briefbot ${manifest.version ?? "?"} ${digest}`;
  }
  return tag;
}
