import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { asciiJson, DEFAULT_CACHE_DIR } from "../briefing/compiled-cache.js";
import { learnedNeeds, type Needs, rememberNeeds } from "../lang/pattern-needs.js";

/**
 * The needed strings of the long patterns (src/lang/pattern-needs.ts) kept between runs of
 * `briefbot ask`: a cold start screens the same few hundred patterns of the packs each time,
 * and reading their sources again was about a tenth of it. The file is named by the engine's
 * tag (its code and the knowledge it reads: ./engine-tag.ts), and each entry by its pattern's
 * flags and source, so a change to the code or the data misses: a pattern not in the file is
 * read as before, and the run saves the file with it at exit. Reading or writing never fails
 * a command.
 */

const PREFIX = "needs-";
/** Entries kept at most: a file past this starts again from what the last run used. */
const MAX_ENTRIES = 1_000;

/** The file for one engine tag (its words and digests, made safe for a file name). */
export function needsFile(tag: string, cacheDir = DEFAULT_CACHE_DIR): string {
  return join(cacheDir, `${PREFIX}${tag.replace(/[^\w.-]+/g, "_")}.json`);
}

/** The entries of a needs file: [key, strings or null (nothing known)]; bad entries are left out. */
export function readNeeds(file: string): Map<string, Needs> {
  const known = new Map<string, Needs>();
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return known;
  }
  if (!Array.isArray(entries)) return known;
  for (const entry of entries) {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== "string") continue;
    const [key, needs] = entry as [string, unknown];
    if (needs === null) known.set(key, undefined);
    else if (Array.isArray(needs) && needs.every((s) => typeof s === "string")) known.set(key, needs);
  }
  return known;
}

/** Writes the known and the learned entries to `file`, and removes the files of other tags. */
export function writeNeeds(
  file: string,
  known: ReadonlyMap<string, Needs>,
  learned: ReadonlyMap<string, Needs>,
): void {
  const all = known.size + learned.size > MAX_ENTRIES ? new Map(learned) : new Map([...known, ...learned]);
  try {
    const dir = join(file, "..");
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, asciiJson([...all].map(([key, needs]) => [key, needs ?? null])));
    renameSync(temporary, file);
    const name = file.slice(dir.length + 1);
    for (const other of readdirSync(dir))
      if (other.startsWith(PREFIX) && other.endsWith(".json") && other !== name)
        rmSync(join(dir, other), { force: true });
  } catch {
    // A read-only install works out the needs on each start.
  }
}

let saving: string | undefined;

/**
 * The needs a startup snapshot's build read (preloadNeeds): the file, its stamp then and its
 * entries, kept in the snapshot's heap so that its start reads the file only when a run has
 * rewritten it since (each write makes a new file: a new inode).
 */
let preloaded: { file: string; stamp: string; known: Map<string, Needs> } | undefined;

/** A file's size, modification and change times and inode; "-" when missing. */
function stampOf(file: string): string {
  try {
    const s = statSync(file, { throwIfNoEntry: false });
    return s ? `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}` : "-";
  } catch {
    return "?";
  }
}

/**
 * Read by the startup snapshot's build (./ask.ts prepareSnapshot): reads the needs kept for
 * this engine tag now, so that a start from the snapshot whose file is unchanged need not parse
 * it again. The entries are a pure function of their key (a pattern's flags and source), so the
 * ones read at build time stay right whatever the file holds later; a changed file is read whole.
 */
export function preloadNeeds(tag: string, cacheDir = DEFAULT_CACHE_DIR): void {
  const file = needsFile(tag, cacheDir);
  const stamp = stampOf(file);
  preloaded = { file, stamp, known: readNeeds(file) };
}

/** The entries of `file`: the preloaded ones while the file is as it was then, else read now. */
export function knownNeeds(file: string): Map<string, Needs> {
  return preloaded?.file === file && preloaded.stamp !== "?" && preloaded.stamp === stampOf(file)
    ? preloaded.known
    : readNeeds(file);
}

/**
 * Reads the needs kept for this engine tag into the pattern screen and, with `learn`, saves
 * what the process learns besides as it exits. Once a process.
 */
export function useNeedsCache(tag: string, { learn = true, cacheDir = DEFAULT_CACHE_DIR } = {}): void {
  if (saving !== undefined) return;
  const file = needsFile(tag, cacheDir);
  saving = file;
  const known = knownNeeds(file);
  rememberNeeds(known);
  if (!learn) return;
  process.once("exit", () => {
    const learned = learnedNeeds();
    if (learned.size > 0) writeNeeds(file, known, learned);
  });
}
