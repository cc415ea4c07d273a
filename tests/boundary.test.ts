import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** The dependency rule as a test: the core imports no adapter, platform SDK, driver or scheduler. */
const CORE_DIRS = ["src/briefing", "src/answer", "src/commands", "src/digest", "src/i18n"];
const FORBIDDEN = [
  /from ["']discord\.js["']/,
  /from ["']@slack\//,
  /from ["']node-cron["']/,
  /from ["']better-sqlite3["']/,
  /from ["']pg["']/,
  /from ["']kysely["']/,
  /from ["'](\.\.\/)+adapters\//,
  /from ["'](\.\.\/)+state\/(?!types\.js)/,
  /from ["'](\.\.\/)+(runtime|cli|config)\//,
];

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("dependency boundary", () => {
  const files = CORE_DIRS.flatMap(tsFiles);
  it("finds the core sources", () => {
    expect(files.length).toBeGreaterThan(3);
  });
  it.each(files)("%s imports no adapter, SDK, driver or scheduler", (file) => {
    const source = readFileSync(file, "utf8");
    for (const pattern of FORBIDDEN) expect(source, `${file} matches ${pattern}`).not.toMatch(pattern);
  });
});
