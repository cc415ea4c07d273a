import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { BriefingError } from "../../src/errors.js";
import { readPack } from "../../src/knowledge/read.js";

const temps: string[] = [];

/** Removes the pack folders a test wrote (call once per test file). */
export function cleanPackFolders(): void {
  afterEach(() => {
    for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
}

/** A pack folder with these files, read: the problems as `file:line:col: message`. */
export function packProblems(files: Record<string, string>): string[] {
  const dir = tempFolder("briefbot-pack-");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    readPack(dir);
    return [];
  } catch (error) {
    if (!(error instanceof BriefingError)) throw error;
    return error.issues.map((i) => `${i.file.slice(dir.length + 1)}:${i.line}:${i.col}: ${i.message}`);
  }
}

/** A fresh folder removed after the test (cleanPackFolders). */
export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
