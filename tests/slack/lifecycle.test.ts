import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../src/adapters/slack/index.js";
import { type Reply, reply } from "../../src/commands/reply.js";
import type { Command, CommandContext, CommandRunner } from "../../src/commands/types.js";
import { ConfigError, PlatformError } from "../../src/errors.js";
import { createLogger, silentLogger } from "../../src/runtime/logger.js";
import { BotMetrics } from "../../src/runtime/metrics.js";
import { startSilentServer } from "../fakes/silent-server.js";
import { dmMessage, eventCallback, FakeSlack, slashCommand } from "../fakes/slack.js";
import {
  APP_TOKEN,
  BOT_TOKEN,
  counterValue,
  LogSink,
  realCommands,
  type SlackHarness,
  startSlack,
} from "./support.js";

/**
 * Wraps the real command layer with a few scripted questions: one that throws (the adapter's
 * own error boundary), one that waits for the test (in-flight replies at stop), one whose
 * answer is far over Slack's limits.
 */
class ScriptedRunner implements CommandRunner {
  release: () => void = () => undefined;
  slowStarted = false;
  constructor(private readonly inner: CommandRunner) {}
  parse(text: string) {
    return this.inner.parse(text);
  }
  async run(ctx: CommandContext, command: Command): Promise<Reply> {
    if (command.name === "ask" && command.question.includes("explode")) throw new Error("index corrupted");
    if (command.name === "ask" && command.question.includes("slowly")) {
      this.slowStarted = true;
      await new Promise<void>((resolve) => {
        this.release = resolve;
      });
      return reply({ kind: "answer", text: "Finished after the wait." });
    }
    if (command.name === "ask" && command.question.includes("everything")) {
      const para = "Japan and Vietnam signed agreements on energy & semiconductors <with> care. ".repeat(60);
      return reply({
        kind: "answer",
        ephemeral: false,
        title: "Everything",
        text: para.repeat(20),
        sections: Array.from({ length: 80 }, (_, i) => ({ heading: `Topic ${i}`, text: para })),
        answerId: "long-1",
        actions: [
          { id: "feedback.helpful", label: "Helpful", value: "long-1", style: "primary" },
          { id: "feedback.not_helpful", label: "Not helpful", value: "long-1" },
        ],
      });
    }
    return this.inner.run(ctx, command);
  }
}

let core: Awaited<ReturnType<typeof realCommands>>;
let runner: ScriptedRunner;
let h: SlackHarness;

beforeAll(async () => {
  core = await realCommands();
  runner = new ScriptedRunner(core.commands);
  // A short ping timeout: the Socket Mode client also waits that long before reconnecting.
  h = await startSlack("socket", runner, { socketPingTimeoutMs: 600 });
});
afterAll(async () => {
  await h.stop();
  await core.close();
});

async function slash(text: string) {
  const responseUrl = h.fake.responseUrl();
  h.fake.pushEnvelope("slash_commands", slashCommand({ text, responseUrl }));
  const post = await h.fake.waitFor(() => h.fake.responses.find((r) => responseUrl.endsWith(`/${r.id}`)));
  return post.body as {
    response_type: string;
    text: string;
    blocks: { type: string; text?: { text: string } }[];
  };
}

describe("Slack adapter lifecycle and boundaries", () => {
  it("turns a failing handler into a short ephemeral apology, a log line and an error count", async () => {
    const body = await slash("ask will this explode?");
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toMatch(/^Sorry/);
    expect(body.text).not.toContain("index corrupted");
    expect(await counterValue(h.metrics, "briefbot_errors_total", { platform: "slack" })).toBe(1);
    const line = h.logs.lines.find((l) => l.msg === "slack handler failed");
    expect(line).toMatchObject({ level: 50, platform: "slack", surface: "slash", command: "ask" });
    // The bot keeps answering.
    expect((await slash("help")).response_type).toBe("ephemeral");
  });

  it("logs a network failure of a reply without the request's token, and still apologises", async () => {
    h.fake.fail("chat.postMessage", { destroy: true });
    h.fake.pushEnvelope("events_api", eventCallback(dmMessage({ text: "help", channel: "D0NETFAIL" })));
    await h.fake.waitFor(
      () => h.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === "D0NETFAIL")[1],
    );
    const apology = h.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === "D0NETFAIL")[1];
    expect(String(apology?.body.text)).toMatch(/^Sorry/);
    await h.fake.waitFor(() =>
      h.logs.lines.find((l) => l.msg === "slack handler failed" && l.surface === "dm"),
    );
    const all = JSON.stringify(h.logs.lines);
    expect(all).toMatch(/socket hang up|ECONNRESET/);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(APP_TOKEN);
  });

  it("cuts an answer far over the limits to 50 blocks, sections within 3,000 chars, with a note", async () => {
    const body = await slash("ask tell me everything");
    expect(body.blocks.length).toBeLessThanOrEqual(50);
    for (const b of body.blocks) if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
    expect(body.blocks.at(-1)?.type).toBe("actions");
    expect(JSON.stringify(body.blocks.at(-2))).toMatch(/cut to fit/);
    expect(body.text.length).toBeLessThanOrEqual(3000);
    expect(JSON.stringify(body)).toContain("&amp; semiconductors &lt;with&gt; care");
  });

  it("reconnects after the fake drops the socket: health goes down, then up, and events flow again", async () => {
    const opened = h.fake.socketConnections;
    h.fake.dropSockets();
    await h.fake.waitFor(() => !h.adapter.health().connected, 5000, "health down");
    expect(h.adapter.health().detail).toMatch(/reconnecting|disconnected/);
    expect(h.adapter.health().detail).toMatch(/since \d{4}-\d{2}-\d{2}T/);
    await h.fake.waitFor(() => h.adapter.health().connected, 10_000, "health up again");
    expect(h.fake.socketConnections).toBe(opened + 1);
    expect(h.adapter.health().detail).toBe("socket mode connected");
    const after = await slash("help");
    expect(after.response_type).toBe("ephemeral");
  });

  it("reconnects when Slack asks it to (a `disconnect` message before recycling the connection)", async () => {
    const opened = h.fake.socketConnections;
    h.fake.requestRefresh();
    await h.fake.waitFor(
      () => h.fake.socketConnections === opened + 1 && h.adapter.health().connected,
      10_000,
      "reconnected",
    );
    expect((await slash("help")).response_type).toBe("ephemeral");
  });

  it("keeps reconnecting when Slack fails the reconnect itself (apps.connections.open 500), instead of crashing", async () => {
    const opened = h.fake.socketConnections;
    const attempts = h.fake.callsTo("apps.connections.open").length;
    h.fake.fail("apps.connections.open", { status: 500, body: { ok: false } });
    h.fake.dropSockets();
    await h.fake.waitFor(
      () => h.fake.callsTo("apps.connections.open").length >= attempts + 2,
      15_000,
      "a second attempt",
    );
    await h.fake.waitFor(() => h.adapter.health().connected, 15_000, "health up again");
    expect(h.fake.socketConnections).toBe(opened + 1);
    expect(h.logs.lines.some((l) => l.msg === "socket mode reconnect failed; trying again")).toBe(true);
    expect((await slash("help")).response_type).toBe("ephemeral");
  });

  it("stop() finishes the in-flight reply before closing, and takes no new events meanwhile", async () => {
    const responseUrl = h.fake.responseUrl();
    h.fake.pushEnvelope("slash_commands", slashCommand({ text: "ask answer slowly", responseUrl }));
    await h.fake.waitFor(() => runner.slowStarted, 5000, "slow command to start");
    let stopped = false;
    const stopping = h.adapter.stop().then(() => {
      stopped = true;
    });
    // Arrives while stopping: acknowledged, never answered.
    const lateUrl = h.fake.responseUrl();
    const late = h.fake.pushEnvelope("slash_commands", slashCommand({ text: "help", responseUrl: lateUrl }));
    await h.fake.waitFor(() => h.fake.acks.some((a) => a.envelope_id === late), 5000, "late ack");
    expect(stopped).toBe(false);
    runner.release();
    await stopping;
    expect(h.fake.responses.find((r) => responseUrl.endsWith(`/${r.id}`))?.body.text).toBe(
      "Finished after the wait.",
    );
    expect(h.fake.responses.some((r) => lateUrl.endsWith(`/${r.id}`))).toBe(false);
    expect(h.adapter.health()).toEqual({ connected: false, detail: "stopped" });
    await h.fake.waitFor(() => !h.fake.socketOpen, 5000, "socket closed");
  });
});

describe("Slack adapter start-up errors", () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await FakeSlack.start();
  });
  afterAll(async () => {
    await fake.close();
  });

  const deps = () => ({
    commands: {
      parse: () => ({ ok: false as const, error: "" }),
      run: async () => reply({ kind: "info", text: "" }),
    },
    logger: silentLogger(),
    metrics: new BotMetrics(),
  });

  it("refuses malformed options naming the variable, never the value", () => {
    expect(() => createSlackAdapter(deps(), { botToken: "xoxp-user-token-oops", managers: [] })).toThrow(
      ConfigError,
    );
    expect(() => createSlackAdapter(deps(), { botToken: "xoxp-user-token-oops", managers: [] })).toThrow(
      /SLACK_BOT_TOKEN/,
    );
    expect(() => createSlackAdapter(deps(), { botToken: "xoxp-user-token-oops", managers: [] })).not.toThrow(
      /oops/,
    );
    expect(() => createSlackAdapter(deps(), { botToken: BOT_TOKEN, managers: [] })).toThrow(
      /SLACK_SIGNING_SECRET/,
    );
  });

  it("fails start() with a ConfigError naming SLACK_BOT_TOKEN when Slack rejects it", async () => {
    fake.fail("auth.test", { body: { ok: false, error: "invalid_auth" } });
    const adapter = createSlackAdapter(deps(), {
      botToken: BOT_TOKEN,
      appToken: APP_TOKEN,
      managers: [],
      apiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
    });
    const error = await adapter.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(String((error as Error).message)).toMatch(/SLACK_BOT_TOKEN.*invalid_auth/);
    expect(String((error as Error).message)).not.toContain(BOT_TOKEN);
    expect(adapter.health().connected).toBe(false);
  });

  it("fails start() naming SLACK_APP_TOKEN when Socket Mode's token is rejected", async () => {
    fake.fail("apps.connections.open", { body: { ok: false, error: "invalid_auth" } });
    const adapter = createSlackAdapter(deps(), {
      botToken: BOT_TOKEN,
      appToken: APP_TOKEN,
      managers: [],
      apiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
    });
    await expect(adapter.start()).rejects.toThrow(/SLACK_APP_TOKEN/);
  });
  it("never puts a token in an error or a log line when Slack is unreachable", async () => {
    const closed = await FakeSlack.start();
    const deadUrl = closed.apiUrl;
    await closed.close();
    const logs = new LogSink();
    const logger = createLogger({ level: "debug", destination: logs.stream });
    const adapter = createSlackAdapter(
      { ...deps(), logger },
      {
        botToken: BOT_TOKEN,
        appToken: APP_TOKEN,
        managers: [],
        apiUrl: deadUrl,
        retryConfig: { retries: 0 },
      },
    );
    const error = await adapter.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlatformError);
    // As the runtime would log it: pino's error serializer walks causes and their properties.
    logger.error({ err: error }, "slack failed to start");
    const posterError = await adapter.poster
      .post({ workspaceId: "T", channelId: "C" }, reply({ kind: "info", text: "x" }), "d")
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    logger.error({ err: posterError }, "digest post failed");
    const all = JSON.stringify(logs.lines);
    expect(all).toContain("ECONNREFUSED");
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(APP_TOKEN);
  });

  it("fails start() naming what did not answer when the Web API accepts connections and never replies", async () => {
    const silent = await startSilentServer();
    const adapter = createSlackAdapter(deps(), {
      botToken: BOT_TOKEN,
      appToken: APP_TOKEN,
      managers: [],
      apiUrl: `${silent.url}/api/`,
      retryConfig: { retries: 0 },
      apiTimeoutMs: 200,
    });
    try {
      const error = await adapter.start().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PlatformError);
      const message = (error as Error).message;
      expect(message).toMatch(
        /could not reach Slack at http:\/\/127\.0\.0\.1:\d+\/api\/ for auth\.test \(timeout/,
      );
      expect(message).not.toContain("\n");
      expect(silent.requests).toEqual(["POST /api/auth.test"]);
    } finally {
      await silent.close();
    }
  });

  it("gives Socket Mode a deadline: a connections.open that never answers fails start() with one line", async () => {
    const local = await FakeSlack.start();
    local.fail("apps.connections.open", { hang: true }, 50);
    const adapter = createSlackAdapter(deps(), {
      botToken: BOT_TOKEN,
      appToken: APP_TOKEN,
      managers: [],
      apiUrl: local.apiUrl,
      retryConfig: { retries: 0 },
      startTimeoutMs: 400,
    });
    try {
      const error = await adapter.start().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PlatformError);
      expect((error as Error).message).toMatch(
        /^Slack Socket Mode did not open within 0\.4 s \(apps\.connections\.open at http:\/\/127/,
      );
      expect(local.callsTo("apps.connections.open").length).toBeGreaterThan(0);
    } finally {
      await local.close();
    }
  });
});
