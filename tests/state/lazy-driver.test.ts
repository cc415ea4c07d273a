import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BUILD_TIMEOUT_MS, buildIfMissing, REPO } from "../cli/built-cli.js";

/**
 * The PostgreSQL driver loads only when DATABASE_URL names PostgreSQL: SQLite starts without
 * `pg` (checked in a fresh process on the built code, where Node's module cache is the truth).
 */
const STATE = join(REPO, "dist/state/index.js");

const PROBE = `
import { createRequire } from "node:module";
const { openState } = await import(process.argv[1]);
const url = process.argv[2];
try {
  const state = await openState({ dataDir: ":memory:", ...(url ? { databaseUrl: url } : {}) });
  await state.close();
} catch {}
const cache = Object.keys(createRequire(import.meta.url).cache);
process.stdout.write(String(cache.some((k) => /node_modules[\\\\/]pg[\\\\/]/.test(k))));
`;

function pgLoaded(databaseUrl?: string): string {
  const args = ["--input-type=module", "-e", PROBE, STATE, ...(databaseUrl ? [databaseUrl] : [])];
  return spawnSync(process.execPath, args, { cwd: REPO, encoding: "utf8" }).stdout;
}

beforeAll(() => buildIfMissing(STATE), BUILD_TIMEOUT_MS);

describe("the PostgreSQL driver", () => {
  it("is not loaded for SQLite", () => {
    expect(pgLoaded()).toBe("false");
  });
  it("is loaded when DATABASE_URL names PostgreSQL (even one that cannot be reached)", () => {
    expect(pgLoaded("postgres://127.0.0.1:1/nowhere")).toBe("true");
  });
});
