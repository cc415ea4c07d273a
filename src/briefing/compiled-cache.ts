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
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { canonicalFact } from "./fact-shape.js";
import { briefingFilesAt } from "./files.js";
import { stampedKey } from "./stamped-key.js";
import type { Briefing, FilePosition } from "./types.js";

/**
 * Valid briefings saved as JSON, so that a cold start (`briefbot ask`) reads them instead of
 * parsing and validating the YAML again (about half of a cold start). The key hashes every
 * briefing file (path and text), the code of this folder (loader and schema) and
 * package-lock.json (the YAML and zod versions): any change to any of them gives a new key,
 * and the old entry is removed when the new one is written. The CLI keeps it in
 * node_modules/.cache/briefbot in the project, not a shared temporary folder that another
 * user could write to. Reading or writing it never fails a load: the YAML is read instead.
 */

export const DEFAULT_CACHE_DIR = fileURLToPath(
  new URL("../../node_modules/.cache/briefbot/", import.meta.url),
);
const FORMAT = 1;
/** Entries kept at most (one per briefings folder). */
const MAX_ENTRIES = 16;

let codeDigest: string | undefined;

/** A character outside ASCII (JSON.stringify writes them as they are). */
const NOT_ASCII = /[\u007f-\uffff]/g;

/**
 * JSON with every character outside ASCII written as a \u escape: the same value to
 * JSON.parse, but the file reads as a one-byte string, which V8 decodes and parses in about
 * two thirds the instructions of UTF-8 text that holds Japanese and Vietnamese (a cold `ask`
 * reads the compiled briefings and knowledge so, about 600 KB).
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    NOT_ASCII,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** This folder's code and the lockfile: what reads and checks the briefings. */
function loaderFiles(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const code = readdirSync(here)
    .sort()
    .filter((name) => /\.(js|ts)$/.test(name))
    .map((name) => join(here, name));
  const lock = fileURLToPath(new URL("../../package-lock.json", import.meta.url));
  return existsSync(lock) ? [...code, lock] : code;
}

/** This folder's code and the lockfile, hashed once a process. */
function loaderDigest(files: readonly string[]): string {
  if (codeDigest === undefined) {
    const hash = createHash("sha256").update(`format ${FORMAT}\0`);
    for (const file of files) {
      if (file.endsWith(".json")) hash.update(readFileSync(file));
      else hash.update(basename(file)).update("\0").update(readFileSync(file));
    }
    codeDigest = hash.digest("hex");
  }
  return codeDigest;
}

/**
 * The cache entry for what `root` holds now: the briefings an earlier load of the same files
 * saved (if any), and how to save them after a load. The files are read and hashed once.
 */
export function briefingCacheAt(root: string, cacheDir: string, derivedVersion = ""): BriefingCacheEntry {
  const key = keyAt(root, cacheDir, derivedVersion);
  if (key === undefined)
    return {
      cached: undefined,
      save: () => undefined,
      readDerived: () => undefined,
      saveDerived: () => undefined,
    };
  return {
    cached: readCachedBriefings(cacheDir, root, key),
    save: (briefings) => writeCachedBriefings(cacheDir, root, key, briefings),
    readDerived: (tag) => readDerived(join(cacheDir, derivedName(root, key, tag))),
    saveDerived: (tag, value) => writeDerived(cacheDir, derivedName(root, key, tag), value),
  };
}

export interface BriefingCacheEntry {
  cached: Briefing[] | undefined;
  save(briefings: readonly Briefing[]): void;
  /**
   * Data built from these briefings (the answer index), saved beside them with the structured
   * clone format (node:v8): typed arrays and maps as they are. `tag` names what built it (its
   * code and version), so a new engine never reads an old build.
   */
  readDerived(tag: string): unknown;
  saveDerived(tag: string, value: unknown): void;
}

function derivedName(root: string, key: string, tag: string): string {
  const tagHash = shortHash(tag);
  return `${prefixOf(root)}-${key}.${tagHash}.v8`;
}

function readDerived(file: string): unknown {
  try {
    return existsSync(file) ? deserialize(readFileSync(file)) : undefined;
  } catch {
    return undefined;
  }
}

function writeDerived(cacheDir: string, name: string, value: unknown): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = join(cacheDir, `.${name}.${process.pid}`);
    writeFileSync(temporary, serialize(value));
    renameSync(temporary, join(cacheDir, name));
    // A build by another engine for the same files goes: one build kept per entry.
    const entry = name.slice(0, name.indexOf("."));
    for (const f of readdirSync(cacheDir))
      if (f.endsWith(".v8") && f !== name && f.startsWith(`${entry}.`))
        rmSync(join(cacheDir, f), { force: true });
  } catch {
    // Not saved: the next start builds it again.
  }
}

/**
 * The key of what `root` holds now, with the version of what is derived from it (`derived`),
 * or undefined when its files cannot be read (then no cache). The files are hashed only when
 * one's stamp changed since the key was last worked out (./stamped-key.ts).
 */
function keyAt(root: string, cacheDir: string, derivedVersion: string): string | undefined {
  try {
    const files = briefingFilesAt(root);
    const loader = loaderFiles();
    return stampedKey(cacheDir, `briefings ${root} ${derivedVersion}`, [...loader, ...files], () =>
      cacheKey(loaderDigest(loader), files, derivedVersion),
    );
  } catch {
    return undefined;
  }
}

/** The cache key of the briefings read from `files`. */
function cacheKey(loader: string, files: readonly string[], derivedVersion: string): string {
  const hash = createHash("sha256").update(loader).update(`\0derived ${derivedVersion}`);
  for (const file of files) hash.update("\0").update(file).update("\0").update(readFileSync(file));
  return hash.digest("hex").slice(0, 32);
}

/** Entries of one briefings folder share a prefix, so a new entry replaces the old. */
function prefixOf(root: string): string {
  return shortHash(root);
}

/**
 * 64 bits of a text, in hex, to name a cache file: two 32-bit multiply-xor hashes (FNV-1a
 * and a Murmur-style mix) over its UTF-16 units. Not a secret, only distinct; node:crypto is
 * left for the keys, worked out on a miss, so that a warm start does not load it.
 */
export function shortHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");
  return hex(a) + hex(b);
}

interface SavedBriefing extends Omit<Briefing, "byId" | "positions"> {
  positions?: { source: [string, FilePosition][]; quote: [string, readonly FilePosition[]][] };
}

function readCachedBriefings(cacheDir: string, root: string, key: string): Briefing[] | undefined {
  try {
    const file = join(cacheDir, `${prefixOf(root)}-${key}.json`);
    if (!existsSync(file)) return undefined;
    const saved = JSON.parse(readFileSync(file, "utf8")) as { format: number; briefings: SavedBriefing[] };
    if (saved.format !== FORMAT) return undefined;
    return saved.briefings.map(revive);
  } catch {
    return undefined;
  }
}

function writeCachedBriefings(
  cacheDir: string,
  root: string,
  key: string,
  briefings: readonly Briefing[],
): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const prefix = prefixOf(root);
    const name = `${prefix}-${key}.json`;
    const temporary = join(cacheDir, `.${name}.${process.pid}`);
    writeFileSync(temporary, asciiJson({ format: FORMAT, briefings: briefings.map(save) }));
    renameSync(temporary, join(cacheDir, name));
    // The entry this replaces goes (with what was built from it); so do the oldest beyond
    // MAX_ENTRIES (folders that are gone).
    const entry = name.slice(0, -".json".length);
    for (const old of readdirSync(cacheDir))
      if (old.startsWith(`${prefix}-`) && !old.startsWith(`${entry}.`))
        rmSync(join(cacheDir, old), { force: true });
    const others = readdirSync(cacheDir).filter((f) => f.endsWith(".json") && f !== name);
    const rest = others
      .filter((f) => !f.startsWith(`${prefix}-`))
      .map((f) => ({ f, at: statSync(join(cacheDir, f)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const { f } of rest.slice(MAX_ENTRIES - 1)) {
      const gone = f.slice(0, -".json".length);
      for (const g of readdirSync(cacheDir))
        if (g === f || g.startsWith(`${gone}.`)) rmSync(join(cacheDir, g), { force: true });
    }
  } catch {
    // A cache that cannot be written only costs the next start its YAML parse.
  }
}

function save(briefing: Briefing): SavedBriefing {
  const { byId: _byId, positions, ...rest } = briefing;
  return {
    ...rest,
    ...(positions && { positions: { source: [...positions.source], quote: [...positions.quote] } }),
  };
}

function revive(saved: SavedBriefing): Briefing {
  const { positions, facts: savedFacts, ...rest } = saved;
  const facts = savedFacts.map(canonicalFact);
  return {
    ...rest,
    facts,
    ...(positions && { positions: { source: new Map(positions.source), quote: new Map(positions.quote) } }),
    byId: {
      fact: new Map(facts.map((f) => [f.id, f])),
      source: new Map(rest.sources.map((s) => [s.id, s])),
      entity: new Map(rest.entities.map((e) => [e.id, e])),
      topic: new Map(rest.topics.map((t) => [t.id, t])),
    },
  };
}
