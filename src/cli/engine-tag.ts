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

/** The engine's code (src/answer, src/lang, src/knowledge as built), in a stable order. */
function codeFiles(): string[] {
  return ["../answer/", "../lang/", "../knowledge/"].flatMap((dir) =>
    filesUnder(fileURLToPath(new URL(dir, import.meta.url)), (n) => /\.(js|ts)$/.test(n)),
  );
}

function digestOf(files: readonly string[], seed: string): string {
  const hash = createHash("sha256").update(`${seed}\0`);
  for (const file of files) hash.update(basename(file)).update("\0").update(readFileSync(file));
  return hash.digest("hex").slice(0, 32);
}

/** The digest of the engine's code as it is now (scripts/bundle-ask.mjs bakes it into the bundle). */
export function engineCodeDigest(): string {
  return digestOf(codeFiles(), `index pack ${PACK_FORMAT}`);
}

/**
 * The engine code's digest baked into the one-file `ask` (scripts/bundle-ask.mjs defines it):
 * the bundle holds its own copy of that code, so a cold start need not list and stat the
 * modules' 150 files to know it. Undefined when running from the modules.
 */
declare const BRIEFBOT_ENGINE_CODE: string | undefined;
const BUNDLED_CODE = typeof BRIEFBOT_ENGINE_CODE === "string" ? BRIEFBOT_ENGINE_CODE : undefined;

/**
 * What builds a cached answer index: the engine's code (src/answer, as built), the languages'
 * code (src/lang: segmenters, stemmers) and the code compiling the packs (src/knowledge), the
 * knowledge packs it reads (stop words, synonyms, rewrites, the world file) and briefbot's
 * version, worked out once a process. A change to any of them builds the index anew. The
 * files are hashed only when one's stamp changed since (src/briefing/stamped-key.ts).
 */
export function engineTag(): string {
  if (tag === undefined) {
    const code =
      BUNDLED_CODE ??
      (() => {
        const files = codeFiles();
        return stampedKey(DEFAULT_CACHE_DIR, "engine code", files, () =>
          digestOf(files, `index pack ${PACK_FORMAT}`),
        );
      })();
    const data = filesUnder(KNOWLEDGE_DIR, (n) => /\.(ya?ml|json)$/.test(n));
    // Keyed by the data's stamps alone: the code's digest is joined after, not hashed into it.
    const knowledge = stampedKey(DEFAULT_CACHE_DIR, "engine data", data, () => digestOf(data, "knowledge"));
    const manifest = JSON.parse(readFileSync(packageJson(), "utf8")) as { version?: string };
    tag = `briefbot ${manifest.version ?? "?"} ${code.slice(0, 16)}${knowledge.slice(0, 16)}`;
  }
  return tag;
}
