import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { loadConfig } from "../../src/config/load.js";
import { startApp } from "../../src/runtime/app.js";
import { silentLogger } from "../../src/runtime/logger.js";

const root = mkdtempSync(join(tmpdir(), "briefbot-reload-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Health {
  briefing: { version: string; facts: number };
}

describe("a running bot and briefing edits", () => {
  it("serves a valid edit within seconds and keeps the last good briefing on an invalid one", async () => {
    const briefings = join(root, "briefings");
    cpSync(DEFAULT_BRIEFINGS_DIR, briefings, { recursive: true });
    const dataDir = join(root, "data");
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (c: Buffer) => {
      printed += c.toString("utf8");
    });
    const app = await startApp({
      config: loadConfig({
        BRIEFINGS_DIR: briefings,
        DATA_DIR: dataDir,
        PORT: "0",
        DEFAULT_BRIEFING: "japan-vietnam-2025",
      }),
      logger: silentLogger(),
      terminal: { input, output, prompt: "" },
      httpHost: "127.0.0.1",
    });
    const health = async () =>
      (await (await fetch(`http://127.0.0.1:${app.http!.port}/healthz`)).json()) as Health;
    try {
      const before = await health();
      const file = join(briefings, "japan-vietnam-2025", "facts-energy.yaml");
      const original = readFileSync(file, "utf8");
      const edited = original.replace(
        "such as offshore wind farms.",
        "such as offshore wind farms and solar parks.",
      );
      expect(edited).not.toBe(original);
      writeFileSync(file, edited);
      await vi.waitFor(
        async () => expect((await health()).briefing.version).not.toBe(before.briefing.version),
        {
          timeout: 60_000,
          interval: 100,
        },
      );
      const after = await health();
      input.write("/topic energy\n");
      await vi.waitFor(() => expect(printed).toContain("solar parks"), { timeout: 60_000 });

      writeFileSync(file, `${edited}\n- id: [broken\n`);
      await vi.waitFor(
        async () => {
          const text = await (await fetch(`http://127.0.0.1:${app.http!.port}/metrics`)).text();
          expect(text).toMatch(/briefbot_briefing_reloads_total\{outcome="rejected"\} [1-9]/);
        },
        { timeout: 60_000, interval: 100 },
      );
      expect((await health()).briefing).toEqual(after.briefing);
    } finally {
      input.end();
      await app.stop();
    }
    // Three waits in a row, each guarded alone: the test's own guard must cover all three,
    // or a loaded machine fails it while every step is still on its way.
  }, 200_000);
});
