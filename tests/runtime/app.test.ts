import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { type RunningApp, startApp } from "../../src/runtime/app.js";
import { createLogger } from "../../src/runtime/logger.js";
import { FakeDiscord } from "../fakes/discord/index.js";
import { dmMessage, eventCallback, FakeSlack, type RecordedCall } from "../fakes/slack.js";

const DISCORD_TOKEN = "MTA5ODc2NTQzMjEwOTg3NjU0.GAbCdE.Zq7Kx9Wv2Tn4Lp8Rs6Yb3Hm5Jc1Fd0G";
const SLACK_BOT = "xoxb-9Qz7kJ9wV2qP4mX8rT6yB3nC5";
const SLACK_APP = "xapp-1-A8hG1fD0sLq2W-7Ne4Ur9Ix6Ko3";
const logLines: string[] = [];
let dataDir: string;
let slack: FakeSlack;
let discord: FakeDiscord;
let app: RunningApp;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "briefbot-both-"));
  slack = await FakeSlack.start();
  discord = await FakeDiscord.start();
  const config = loadConfig({
    SLACK_BOT_TOKEN: SLACK_BOT,
    SLACK_APP_TOKEN: SLACK_APP,
    DISCORD_TOKEN,
    DATA_DIR: dataDir,
    PORT: "0",
    DEFAULT_TIMEZONE: "Asia/Tokyo",
    DEFAULT_BRIEFING: "japan-vietnam-2025",
  });
  expect(config.adapters).toEqual(["slack", "discord"]);
  app = await startApp({
    config,
    logger: createLogger({
      level: "trace",
      destination: {
        write: (line: string) => logLines.push(line),
      } as unknown as NodeJS.WritableStream,
    }),
    httpHost: "127.0.0.1",
    slackOverrides: { apiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
    discordOverrides: { apiUrl: discord.apiUrl },
  });
  await discord.waitUntil(() => app.adapters.every((a) => a.health().connected));
});
afterAll(async () => {
  await app?.stop();
  await slack?.close();
  await discord?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function dm(text: string, channel = "D0APPTEST"): Promise<Record<string, unknown>> {
  const before = slack.callsTo("chat.postMessage").length;
  slack.pushEnvelope("events_api", eventCallback(dmMessage({ text, channel })));
  const call: RecordedCall = await slack.waitFor(
    () =>
      slack
        .callsTo("chat.postMessage")
        .slice(before)
        .find((c) => c.body.channel === channel),
    5000,
    "reply to the DM",
  );
  return call.body;
}

describe("the app with Slack and Discord at once (local fakes)", () => {
  it("starts both adapters and reports them on /healthz", async () => {
    const res = await fetch(`http://127.0.0.1:${app.http!.port}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { adapters: { name: string; connected: boolean }[] };
    expect(body.adapters.map((a) => [a.name, a.connected])).toEqual([
      ["slack", true],
      ["discord", true],
    ]);
  });

  it("answers a Slack DM through the real command layer", async () => {
    const reply = await dm("sources");
    expect(JSON.stringify(reply)).toContain("https://");
  });

  it("subscribes a Slack DM with the configured default zone, stored for the scheduler", async () => {
    const reply = await dm("subscribe daily 08:00", "D0SUBSCRIBER");
    expect(JSON.stringify(reply)).toContain("Asia/Tokyo");
    const metrics = await (await fetch(`http://127.0.0.1:${app.http!.port}/metrics`)).text();
    expect(metrics).toMatch(/briefbot_commands_total\{platform="slack",command="subscribe",result="ok"\} 1/);
  });

  it("shows a dropped Slack link on /healthz (503) and in the logs until it is back", async () => {
    const healthz = async () => {
      const res = await fetch(`http://127.0.0.1:${app.http!.port}/healthz`);
      const body = (await res.json()) as { adapters: { name: string; connected: boolean; detail: string }[] };
      return { status: res.status, slack: body.adapters.find((a) => a.name === "slack")! };
    };
    // The Socket Mode client waits its reconnect delay (5 s by default) before reconnecting.
    slack.dropSockets();
    const down = await vi.waitFor(
      async () => {
        const h = await healthz();
        expect(h.status).toBe(503);
        return h;
      },
      { timeout: 60_000, interval: 20 },
    );
    expect(down.slack.connected).toBe(false);
    expect(down.slack.detail).toMatch(/reconnecting|disconnected/);
    expect(logLines.some((l) => /"link":"down"/.test(l) && /"level":40/.test(l))).toBe(true);
    const up = await vi.waitFor(
      async () => {
        const h = await healthz();
        expect(h.status).toBe(200);
        return h;
      },
      { timeout: 60_000, interval: 50 },
    );
    expect(up.slack.connected).toBe(true);
    expect((await dm("help", "D0AFTERDROP")).blocks).toBeDefined();
  }, 150_000);

  it("logs what it does, never a token or any piece of one", async () => {
    await dm("help", "D0LOGS");
    const logs = logLines.join("");
    expect(logs).toContain('"msg":"adapter started"');
    expect(logs).toMatch(/"platform":"slack","command":"help"/);
    for (const token of [DISCORD_TOKEN, SLACK_BOT.slice(5), SLACK_APP.slice(5)]) {
      for (let i = 0; i + 6 <= token.length; i++) expect(logs).not.toContain(token.slice(i, i + 6));
    }
  });
});
