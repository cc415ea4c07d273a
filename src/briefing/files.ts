import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { BriefbotError } from "../errors.js";

/** Which files make up the briefings under a folder (no parsing: the cache's key needs only these). */

export const BRIEFING_FILE = "briefing.yaml";

/** The fact files of a briefing folder, in a stable order. */
export function factFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^facts.*\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** True when `dir` is one briefing folder rather than a folder of briefings. */
export function isBriefingDir(dir: string): boolean {
  if (existsSync(join(dir, BRIEFING_FILE))) return true;
  return existsSync(dir) && statSync(dir).isDirectory() && factFiles(dir).length > 0;
}

/** The briefing folders under `root`: every subfolder not starting with a dot, sorted. */
function briefingDirs(root: string): string[] {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new BriefbotError("BRIEFING_INVALID", `briefings folder not found: ${root}`);
  }
  return readdirSync(root)
    .filter((name) => !name.startsWith("."))
    .map((name) => join(root, name))
    .filter((p) => statSync(p).isDirectory())
    .sort();
}

/** The folders loading `path` reads: `path` itself when it is one briefing, else its subfolders. */
export function briefingDirsAt(path: string): string[] {
  return isBriefingDir(path) ? [path] : briefingDirs(path);
}

/** The files loading `path` reads that exist: each folder's briefing.yaml and fact files. */
export function briefingFilesAt(path: string): string[] {
  return briefingDirsAt(path).flatMap((dir) =>
    [join(dir, BRIEFING_FILE), ...(existsSync(dir) ? factFiles(dir) : [])].filter((file) => existsSync(file)),
  );
}
