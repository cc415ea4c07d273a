import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository and the built CLI, for tests that run `briefbot` in a real process. */
export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const MAIN = join(REPO, "dist/cli/main.js");

/** How long a `beforeAll` that builds may take on a loaded machine. */
export const BUILD_TIMEOUT_MS = 120_000;

/** `npm test` builds first; a bare `vitest run` may not have: build once if `file` is missing. */
export function buildIfMissing(file: string = MAIN): void {
  if (!existsSync(file))
    spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: REPO, stdio: "ignore" });
}
