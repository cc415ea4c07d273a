import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { ChatAdapter } from "../../src/adapters/types.js";
import type { BriefingStore } from "../../src/briefing/types.js";
import { loadConfig } from "../../src/config/load.js";
import { type RunningApp, startApp } from "../../src/runtime/app.js";
import { healthReport } from "../../src/runtime/http.js";
import { silentLogger } from "../../src/runtime/logger.js";
import { fixedStore } from "../commands/helpers.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function terminalApp(): Promise<{
  app: RunningApp;
  input: PassThrough;
  base: string;
  printed: () => string;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), "briefbot-app-"));
  dirs.push(dataDir);
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (c: Buffer) => {
    printed += c.toString("utf8");
  });
  const config = loadConfig({ DATA_DIR: dataDir, PORT: "0", DEFAULT_BRIEFING: "japan-vietnam-2025" });
  const app = await startApp({
    config,
    logger: silentLogger(),
    terminal: { input, output, prompt: "" },
    httpHost: "127.0.0.1",
  });
  return { app, input, base: `http://127.0.0.1:${app.http!.port}`, printed: () => printed };
}

describe("/healthz and /metrics over HTTP", () => {
  it("reports the adapters and the briefing, 200 while all is up and 503 once a link is down", async () => {
    const { app, input, base, printed } = await terminalApp();
    try {
      const up = await fetch(`${base}/healthz`);
      expect(up.status).toBe(200);
      expect(up.headers.get("content-type")).toBe("application/json");
      const body = (await up.json()) as Record<string, unknown>;
      expect(body).toMatchObject({
        ok: true,
        adapters: [{ name: "terminal", connected: true }],
        briefing: { loaded: true, id: "japan-vietnam-2025" },
      });
      const briefing = body.briefing as { version: string; facts: number };
      expect(briefing.version).toMatch(/^[0-9a-f]{6,}$/);
      expect(briefing.facts).toBeGreaterThan(10);

      input.write("What is the population of Brazil?\n");
      input.write("/topics\n");
      await vi.waitFor(() => expect(printed()).toContain("== Topics in"));
      const metrics = await fetch(`${base}/metrics`);
      expect(metrics.status).toBe(200);
      expect(metrics.headers.get("content-type")).toMatch(/^text\/plain/);
      const text = await metrics.text();
      expect(text).toMatch(/briefbot_questions_total\{platform="terminal",result="abstained"\} 1/);
      expect(text).toMatch(/briefbot_commands_total\{platform="terminal",command="topics",result="ok"\} 1/);
      expect(text).toMatch(/briefbot_answer_latency_seconds_count\{platform="terminal"\} 2/);
      expect(text).toMatch(/briefbot_adapter_connected\{platform="terminal"\} 1/);
      expect(text).toMatch(/briefbot_briefing_facts \d+/);
      expect(text).toContain("process_cpu_user_seconds_total");

      expect((await fetch(`${base}/nope`)).status).toBe(404);
      expect((await fetch(`${base}/healthz`, { method: "POST" })).status).toBe(405);

      input.end();
      await app.finished;
      const down = await fetch(`${base}/healthz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({
        ok: false,
        adapters: [{ name: "terminal", connected: false }],
      });
    } finally {
      await app.stop();
    }
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });

  it("is 503 when no briefing is loaded, and survives an adapter whose health check throws", () => {
    const empty: BriefingStore = { get: () => undefined, list: () => [], defaultId: () => "none" };
    const ok: ChatAdapter = {
      name: "slack",
      start: async () => {},
      stop: async () => {},
      health: () => ({ connected: true, detail: "socket mode connected" }),
    };
    expect(healthReport([ok], empty)).toMatchObject({ ok: false, briefing: { loaded: false } });
    expect(healthReport([ok], fixedStore()).ok).toBe(true);
    const broken: ChatAdapter = {
      ...ok,
      name: "discord",
      health: () => {
        throw new Error("boom");
      },
    };
    expect(healthReport([ok, broken], fixedStore())).toMatchObject({
      ok: false,
      adapters: [
        { connected: true },
        { name: "discord", connected: false, detail: "health check failed: boom" },
      ],
    });
  });
});
