import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";
import { loadBriefing } from "../../src/briefing/load.js";
import { BriefingError } from "../../src/errors.js";

/** The valid fixture briefing and its source text. */
export const FIXTURE_ROOT = fileURLToPath(new URL("../fixtures/briefings/valid", import.meta.url));
export const FIXTURE_DIR = join(FIXTURE_ROOT, "harbor-2025");
export const FIXTURE_SOURCES = fileURLToPath(new URL("../fixtures/sources", import.meta.url));

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary root holding a copy of the fixture briefing; removed after the test. */
export function copyFixture(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), "briefbot-briefing-"));
  temps.push(root);
  const dir = join(root, "harbor-2025");
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  return { root, dir };
}

/** Replaces exactly one occurrence of `from` in a file (fails loudly if the fixture drifted). */
export function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`edit: "${from}" must occur once in ${file}`);
  writeFileSync(file, text.slice(0, at) + to + text.slice(at + from.length));
}

/** An edit of the fixture: replace `from` (once) by `to`, or with `from` null, write the whole file. */
export type Edit = [file: string, from: string | null, to: string];

/** A fixture copy with the edits applied, loaded: the problems as `file:line:col: message`, relative to the folder. */
export function problems(edits: Edit[]): string[] {
  const { dir } = copyFixture();
  for (const [file, from, to] of edits) {
    if (from === null) writeFileSync(join(dir, file), to);
    else edit(join(dir, file), from, to);
  }
  try {
    loadBriefing(dir);
  } catch (error) {
    if (!(error instanceof BriefingError)) throw error;
    return error.issues.map((i) => `${relative(dir, i.file)}:${i.line}:${i.col}: ${i.message}`);
  }
  return [];
}
