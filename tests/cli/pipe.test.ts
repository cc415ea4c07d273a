import { spawn } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { BUILD_TIMEOUT_MS, buildIfMissing, MAIN, REPO } from "./built-cli.js";

/** A reader that stops early (`briefbot … | head`) ends the command quietly, as shell tools do. */

beforeAll(() => buildIfMissing(), BUILD_TIMEOUT_MS);

describe("a closed pipe on stdout", () => {
  it("ends the command with no error on stderr", async () => {
    const child = spawn(process.execPath, [MAIN, "ask", "--json", "--stdin"], {
      cwd: REPO,
      env: { ...process.env, BRIEFINGS_DIR: "" },
    });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    // Far more answers than a pipe holds (each about 1 KB): the writes outrun the reader.
    child.stdin.end("How many Vietnamese live in Japan?\n".repeat(400));
    // Like `head -1`: read the first chunk, then close the pipe.
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
