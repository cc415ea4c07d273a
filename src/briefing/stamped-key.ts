import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A key computed from files' contents (a hash of their text), remembered beside the files'
 * stamps: size, modification and change times, inode. While no stamp changes, a cold start
 * reads the key back instead of reading and hashing every file again (the engine's code, the
 * knowledge packs and the briefings: about a tenth of a cold `briefbot ask`). Any write to a
 * file changes its stamp, and so does a rename or a copy over it (a new inode or change time),
 * and then the key is computed from the contents again.
 *
 * A file's times tick coarsely (a few milliseconds): two writes of the same size within one
 * tick leave the same stamp. A key is therefore only remembered when every file is older than
 * RACY_MS, as git treats an index entry as racily clean: a file written after that has a
 * later time than the one remembered.
 */

/** Not .json: the cache folders list their entries by that ending. */
export const STAMPS_FILE = "stamped-keys.memo";
/** Files changed this recently are read each time: their stamp may not show the next write. */
export const RACY_MS = 2_000;
/** Keys kept at most (the briefing folders of tests come and go). */
const MAX_KEYS = 32;

interface Remembered {
  stamps: string;
  key: string;
}

const memos = new Map<string, Map<string, Remembered>>();

/** The files' stamps as one string, and the newest time among them; undefined when one is missing. */
export function stampsOf(files: readonly string[]): { stamps: string; newest: number } | undefined {
  let newest = 0;
  const lines: string[] = [];
  for (const file of files) {
    const s = statSync(file, { throwIfNoEntry: false });
    if (!s) return undefined;
    newest = Math.max(newest, s.mtimeMs, s.ctimeMs);
    lines.push(`${file}\0${s.size}\0${s.mtimeMs}\0${s.ctimeMs}\0${s.ino}`);
  }
  return { stamps: lines.join("\n"), newest };
}

function memoAt(cacheDir: string): Map<string, Remembered> {
  let memo = memos.get(cacheDir);
  if (!memo) {
    try {
      memo = new Map(Object.entries(JSON.parse(readFileSync(join(cacheDir, STAMPS_FILE), "utf8"))));
    } catch {
      memo = new Map();
    }
    memos.set(cacheDir, memo);
  }
  return memo;
}

function remember(cacheDir: string, memo: Map<string, Remembered>): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = join(cacheDir, `.${STAMPS_FILE}.${process.pid}`);
    writeFileSync(temporary, JSON.stringify(Object.fromEntries(memo)));
    renameSync(temporary, join(cacheDir, STAMPS_FILE));
  } catch {
    // Not remembered: the next start computes the key again.
  }
}

/**
 * The key `compute` gives for `files` (which it reads), remembered in `cacheDir` under `id`
 * (what the key is of: one id per kind of key and folder). Reading or writing the memo never
 * fails: the key is computed instead.
 */
export function stampedKey(
  cacheDir: string,
  id: string,
  files: readonly string[],
  compute: () => string,
  now = Date.now(),
): string {
  const before = stampsOf(files);
  const memo = memoAt(cacheDir);
  const known = memo.get(id);
  if (before && known?.stamps === before.stamps) return known.key;
  const key = compute();
  if (before && now - before.newest > RACY_MS) {
    memo.delete(id);
    memo.set(id, { stamps: before.stamps, key });
    for (const old of [...memo.keys()].slice(0, Math.max(0, memo.size - MAX_KEYS))) memo.delete(old);
    remember(cacheDir, memo);
  }
  return key;
}

/** Forgets what this process read of the memos (tests: another process wrote them). */
export function forgetStampedKeys(): void {
  memos.clear();
}
