import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lexiconFolders, QUESTIONS } from "../answer/lexicon-fixture.js";
import { BUILD_TIMEOUT_MS, buildIfMissing, MAIN, REPO } from "./built-cli.js";

/**
 * `briefbot ask` on the built CLI, as a cold start runs it: the first run builds each
 * briefing's index into the compiled cache, the next reads it from there. Either way a
 * briefing answers byte for byte the same alone as beside a briefing whose lexicon maps its
 * words, and a routed question still finds its briefing.
 */

let folders: ReturnType<typeof lexiconFolders>;
beforeAll(() => {
  buildIfMissing();
  folders = lexiconFolders();
}, BUILD_TIMEOUT_MS);
afterAll(() => rmSync(folders.root, { recursive: true, force: true }));

function ask(dir: string, args: string[], input: string): string {
  const r = spawnSync(process.execPath, [MAIN, "ask", "--json", "--stdin", ...args], {
    cwd: REPO,
    env: { ...process.env, BRIEFINGS_DIR: dir, DEFAULT_BRIEFING: "" },
    input,
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe("briefbot ask with two briefings' lexicons", () => {
  it("answers a briefing's questions alone as beside the other, built and from the cache", () => {
    const input = `${QUESTIONS.join("\n")}\n`;
    const harbor = ["--briefing", "harbor-2025"];
    const alone = ask(folders.alone, harbor, input);
    expect(alone.split("\n").filter(Boolean)).toHaveLength(QUESTIONS.length);
    // Twice: the first run compiles the folder (indexes built), the second reads the cache.
    for (let run = 0; run < 2; run++) expect(ask(folders.beside, harbor, input)).toBe(alone);
    expect(ask(folders.alone, harbor, input)).toBe(alone);
  });

  it("routes a question to the briefing whose words it uses", () => {
    const out = ask(
      folders.beside,
      [],
      "How many passengers is the ferry carrying each day?\nHow many passengers will Mayor Ode's tram carry each day?\n",
    );
    const [ferry, tram] = out
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { briefing: string; text: string });
    expect([ferry!.briefing, tram!.briefing]).toEqual(["harbor-2025", "tram-2025"]);
    expect(ferry!.text).toContain("4,000");
    expect(tram!.text).toContain("9,000");
  });
});
