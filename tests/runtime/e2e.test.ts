/**
 * The real `briefbot start` (built CLI, child process) against the local fakes of Slack and
 * Discord, reached only through SLACK_API_URL and DISCORD_API_URL: Socket Mode's URL comes from
 * apps.connections.open on the fake, the gateway's from its /gateway/bot. On each platform a
 * slash command, a DM and a scheduled digest (a missed run caught up at start); then every log
 * line of the run is searched for any token. Waits on log lines and fake calls, never timers.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openState } from "../../src/state/index.js";
import {
  directMessage,
  slashCommand as discordSlash,
  FakeDiscord,
  type RestCall,
} from "../fakes/discord/index.js";
import { dmMessage, eventCallback, FAKE_TEAM_ID, FakeSlack, slashCommand } from "../fakes/slack.js";

const MAIN = resolve("dist/cli/main.js");
const SLACK_BOT = "xoxb-e2e-1111-2222-SlackBotSecret";
const SLACK_APP = "xapp-1-E2E-3333-SlackAppSecret";
const DISCORD = "MTA5ODc2NTQzMjEwOTg3NjU0.GE2eEx.DiscordBotSecretForEndToEnd01";
const PHD = "How many Vietnamese PhD students will Japan help train?";
/**
 * Waits here are hang guards, not deadlines: on a loaded 2-core machine the bot's start (briefings,
 * index, calibration) has taken over 30 s. Each guard sits inside vitest's own timeout for the
 * hook or test (vitest.config.ts), and a bot that exits while it is awaited fails at once.
 */
const WAIT = { timeout: 50_000, interval: 20 };
const START_WAIT = { timeout: 100_000, interval: 20 };
const CALL_WAIT = 50_000;

let slack: FakeSlack;
let discord: FakeDiscord;
let dataDir: string;
let child: ChildProcessWithoutNullStreams;
let output = "";
let exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

/** Every JSON log line so far (the bot logs to stdout when no terminal chat runs). */
function logLines(): Record<string, unknown>[] {
  return output
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A subscription created an hour ago, every 5 minutes: its missed runs are caught up at start. */
async function seedSubscriptions(): Promise<void> {
  const hourAgo = new Date(Date.now() - 60 * 60_000);
  const state = await openState({ dataDir, clock: { now: () => hourAgo } });
  const common = {
    briefingId: "japan-vietnam-2025",
    cron: "*/5 * * * *",
    scheduleLabel: "*/5 * * * *",
    timezone: "UTC",
    lang: "en" as const,
    createdBy: "U0ADMIN",
  };
  await state.subscriptions.upsert({
    ...common,
    platform: "slack",
    workspaceId: FAKE_TEAM_ID,
    channelId: "C0DIGEST",
  });
  await state.subscriptions.upsert({
    ...common,
    platform: "discord",
    workspaceId: discord.world.guildId,
    channelId: discord.world.channelId,
  });
  await state.close();
}

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first`);
  slack = await FakeSlack.start();
  discord = await FakeDiscord.start();
  dataDir = mkdtempSync(join(tmpdir(), "briefbot-e2e-"));
  await seedSubscriptions();
  child = spawn(process.execPath, [MAIN, "start"], {
    cwd: dataDir,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DATA_DIR: dataDir,
      LOG_LEVEL: "debug",
      SLACK_BOT_TOKEN: SLACK_BOT,
      SLACK_APP_TOKEN: SLACK_APP,
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: DISCORD,
      DISCORD_API_URL: discord.apiUrl,
    },
    stdio: "pipe",
  });
  child.stdout.on("data", (c: Buffer) => {
    output += c.toString("utf8");
  });
  child.stderr.on("data", (c: Buffer) => {
    output += c.toString("utf8");
  });
  exit = new Promise((done) => child.on("close", (code, signal) => done({ code, signal })));
  const exitedEarly = exit.then(({ code, signal }) => {
    throw new Error(`briefbot start exited (${code ?? signal}) before its adapters started:\n${output}`);
  });
  await Promise.race([
    vi.waitFor(() => {
      const started = logLines().filter((l) => l.msg === "adapter started");
      expect(started.map((l) => l.platform).sort()).toEqual(["discord", "slack"]);
    }, START_WAIT),
    exitedEarly,
  ]);
}, 110_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill("SIGTERM");
  await exit;
  await slack?.close();
  await discord?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("briefbot start against the fakes, by API base URL", () => {
  it("reached Slack and Discord only through SLACK_API_URL and DISCORD_API_URL", () => {
    expect(slack.callsTo("auth.test")[0]?.token).toBe(SLACK_BOT);
    expect(slack.callsTo("apps.connections.open")[0]?.token).toBe(SLACK_APP);
    expect(slack.socketOpen).toBe(true);
    expect(discord.calls.some((c) => c.path === "/gateway/bot")).toBe(true);
    expect(discord.connectedSockets).toBe(1);
  });

  it("Slack: a /brief command over Socket Mode is answered through response_url", async () => {
    const responseUrl = slack.responseUrl();
    slack.pushEnvelope("slash_commands", slashCommand({ text: `ask ${PHD}`, responseUrl }));
    const post = await slack.waitFor(
      () => slack.responses.find((r) => responseUrl.endsWith(`/${r.id}`)),
      CALL_WAIT,
      "the slash command's response",
    );
    expect(JSON.stringify(post.body)).toContain("250");
  });

  it("Slack: a DM is answered in the DM", async () => {
    slack.pushEnvelope("events_api", eventCallback(dmMessage({ text: PHD, channel: "D0E2EDM" })));
    const call = await slack.waitFor(
      () => slack.callsTo("chat.postMessage").find((c) => c.body.channel === "D0E2EDM"),
      CALL_WAIT,
      "the DM answer",
    );
    expect(JSON.stringify(call.body)).toContain("250");
  });

  it("Slack: the missed scheduled digest is posted once, tagged with its digest id", async () => {
    const call = await slack.waitFor(
      () => slack.callsTo("chat.postMessage").find((c) => c.body.channel === "C0DIGEST"),
      CALL_WAIT,
      "the digest",
    );
    expect(JSON.stringify(call.body.metadata)).toContain("digest");
    expect(slack.callsTo("chat.postMessage").filter((c) => c.body.channel === "C0DIGEST")).toHaveLength(1);
  });

  it("Discord: a /brief ask interaction is deferred, then answered by editing the reply", async () => {
    const payload = discordSlash(discord.world, "ask", { question: PHD });
    const token = (payload as { token: string }).token;
    discord.dispatch("INTERACTION_CREATE", payload);
    const edit = await discord.waitForCall(
      (c: RestCall) => c.method === "PATCH" && c.path.includes(`/${token}/messages/@original`),
      0,
      CALL_WAIT,
    );
    expect(JSON.stringify(edit.body)).toContain("250");
  });

  it("Discord: a DM is answered in the DM channel", async () => {
    const dm = directMessage(PHD);
    discord.dispatch("MESSAGE_CREATE", dm);
    const post = await discord.waitForCall(
      (c: RestCall) => c.method === "POST" && c.path === `/channels/${dm.channel_id}/messages`,
      0,
      CALL_WAIT,
    );
    expect(JSON.stringify(post.body)).toContain("250");
  });

  it("Discord: the missed scheduled digest is posted once, its parts with their own nonces", async () => {
    const isDigestPost = (c: RestCall) =>
      c.method === "POST" && c.path === `/channels/${discord.world.channelId}/messages`;
    const first = await discord.waitForCall(isDigestPost, 0, CALL_WAIT);
    expect(first.body.enforce_nonce).toBe(true);
    // A long digest continues in up to two more messages, each with its own nonce, none repeated.
    const posts = discord.calls.filter(isDigestPost);
    expect(posts.length).toBeLessThanOrEqual(3);
    expect(new Set(posts.map((c) => c.body.nonce)).size).toBe(posts.length);
    expect(JSON.stringify(first.body.embeds)).toContain("Japan");
  });

  it("logs a failed Discord call without the interaction token", async () => {
    const payload = discordSlash(discord.world, "ask", { question: PHD });
    const token = (payload as { token: string }).token;
    discord.failNext((c) => c.path.includes(`/${token}/`), {
      status: 400,
      body: { message: "Invalid Form Body", code: 50035 },
    });
    const errorsBefore = logLines().filter((l) => l.level === 50).length;
    discord.dispatch("INTERACTION_CREATE", payload);
    await vi.waitFor(
      () => expect(logLines().filter((l) => l.level === 50).length).toBeGreaterThan(errorsBefore),
      WAIT,
    );
    // The failure is named; the call's URL and body, which hold the token, are not logged (the
    // shared pipeline logs a safe error; the logger's redaction would catch it otherwise).
    expect(output).toContain("Invalid Form Body");
    expect(output).not.toContain(token);
  });

  it("SIGTERM closes everything in order and exits 0; no log line of the run holds a token", async () => {
    child.kill("SIGTERM");
    const { code, signal } = await exit;
    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(output).toContain("stopped cleanly");
    const lines = output.split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(20);
    // Every token of the run: the configured ones and each interaction's.
    const tokens = [SLACK_BOT, SLACK_APP, DISCORD, ...discord.calls.flatMap((c) => tokenOf(c))];
    for (const line of lines) for (const token of tokens) expect(line).not.toContain(token);
    // No line repeats a key (`"platform":"slack"` twice).
    for (const line of lines.filter((l) => l.startsWith("{"))) {
      const keys = [...line.matchAll(/[{,]"([^"]+)":/g)].map((m) => m[1]);
      const top = keys.filter((k) => k === "platform");
      expect(top.length).toBeLessThanOrEqual(1);
    }
  });
});

/** The interaction token in a REST call's path, if any. */
function tokenOf(call: RestCall): string[] {
  const m = /\/(?:interactions|webhooks)\/\d+\/([^/]+)/.exec(call.path);
  return m?.[1] ? [m[1]] : [];
}
