import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { asciiJson, DEFAULT_CACHE_DIR } from "../briefing/compiled-cache.js";
import { stampedKey } from "../briefing/stamped-key.js";

/**
 * Validated knowledge saved as JSON, so that a cold start (`briefbot ask`) reads one small
 * file instead of parsing and validating every pack's YAML and computed.json (a third of a
 * cold start on its own; a hit loads neither yaml nor zod). The key hashes every data file
 * under knowledge/ (.yaml and .json: path and text) and this folder's code:
 * any edit gives a new key, and older entries are removed when a new one is written. Reading
 * or writing it never fails a load: the YAML is read instead.
 */

const PREFIX = "knowledge-";

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  // Entries with their types: no stat per file (this runs on every `briefbot ask`).
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      const folder = entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory());
      return folder ? filesUnder(path) : /\.(yaml|json)$/.test(entry.name) ? [path] : [];
    });
}

/** This folder's code: a change to how knowledge is read gives a new key too. */
function codeFiles(): string[] {
  const code = dirname(fileURLToPath(import.meta.url));
  return readdirSync(code)
    .sort()
    .filter((name) => /\.(js|ts)$/.test(name))
    .map((name) => join(code, name));
}

function keyOf(root: string, cacheDir: string): string {
  const data = filesUnder(root);
  const code = codeFiles();
  // Hashed only when a file's stamp changed (./stamped-key.ts): reading and hashing them all
  // cost a cold start more than reading the cached knowledge.
  return stampedKey(cacheDir, `knowledge ${root}`, [...data, ...code], () => {
    const hash = createHash("sha256");
    for (const file of data)
      hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
    for (const file of code) hash.update(basename(file)).update(readFileSync(file));
    return hash.digest("hex").slice(0, 32);
  });
}

/** The knowledge under `root`, from the cache when it holds this version, else from `read` (then saved). */
export function cachedKnowledge<T>(root: string, read: () => T, cacheDir = DEFAULT_CACHE_DIR): T {
  let key: string | undefined;
  try {
    key = keyOf(root, cacheDir);
    const file = join(cacheDir, `${PREFIX}${key}.json`);
    if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    // An unreadable cache is no reason to fail: read the YAML.
  }
  const value = read();
  if (key === undefined) return value;
  try {
    mkdirSync(cacheDir, { recursive: true });
    for (const name of readdirSync(cacheDir))
      if (name.startsWith(PREFIX)) rmSync(join(cacheDir, name), { force: true });
    const temporary = join(cacheDir, `${PREFIX}${key}.${process.pid}.tmp`);
    writeFileSync(temporary, asciiJson(value));
    renameSync(temporary, join(cacheDir, `${PREFIX}${key}.json`));
  } catch {
    // A read-only install keeps working without the cache.
  }
  return value;
}
