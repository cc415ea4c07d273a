import { describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../src/adapters/discord/index.js";
import type { Reply } from "../../src/commands/reply.js";
import type { Command, CommandContext } from "../../src/commands/types.js";
import { ConfigError, PlatformError } from "../../src/errors.js";
import { silentLogger } from "../../src/runtime/logger.js";
import { BotMetrics } from "../../src/runtime/metrics.js";
import { FakeDiscord, slashCommand } from "../fakes/discord/index.js";
import { startSilentServer } from "../fakes/silent-server.js";
import { isEditOriginal, RecordingRunner, startHarness } from "./support.js";

describe("gateway link", () => {
  it("reports the link down when the gateway drops, resumes, and answers again", async () => {
    const h = await startHarness();
    try {
      const changes: boolean[] = [];
      const health = h.adapter.health();
      expect(health).toEqual({ connected: true, detail: "gateway connected" });
      h.adapter.client.on("shardReconnecting", () => changes.push(h.adapter.health().connected));
      h.fake.dropGateway();
      await h.fake.waitUntil(() => changes.length > 0);
      expect(changes[0]).toBe(false);
      await h.fake.waitUntil(() => h.adapter.health().connected);
      expect(h.adapter.health().detail).toBe("gateway connected (resumed)");
      // discord.js resumed the session it had (op 6) instead of identifying again.
      expect(h.fake.gatewayOps.map((o) => o.op)).toEqual([2, 6]);
      expect(h.fake.gatewayOps[1]!.d.session_id).toBeTruthy();

      const payload = slashCommand(h.fake.world, "ask", { question: "still there?" });
      const from = h.fake.calls.length;
      h.fake.dispatch("INTERACTION_CREATE", payload);
      const edit = await h.fake.waitForCall((c) => isEditOriginal(c) && c.path.includes(payload.token), from);
      expect(edit.body.embeds[0].description).toContain("600,000");
    } finally {
      await h.close();
    }
  });

  it("resumes when Discord asks it to reconnect (op 7)", async () => {
    const h = await startHarness();
    try {
      const resumed = new Promise<void>((resolve) => h.adapter.client.once("shardResume", () => resolve()));
      h.fake.requestReconnect();
      await resumed;
      expect(h.fake.gatewayOps.map((o) => o.op)).toEqual([2, 6]);
      expect(h.adapter.health().connected).toBe(true);
    } finally {
      await h.close();
    }
  });

  it("identifies with only the Guilds and DirectMessages intents", async () => {
    const h = await startHarness();
    try {
      const identify = h.fake.gatewayOps.find((o) => o.op === 2)!;
      expect(identify.d.intents).toBe((1 << 0) | (1 << 12));
      expect(identify.query).toBe("v=10&encoding=json");
    } finally {
      await h.close();
    }
  });
});

describe("start", () => {
  it("fails with a one-line configuration error naming DISCORD_TOKEN when Discord refuses it", async () => {
    const fake = await FakeDiscord.start();
    const token = "MTA5ODc2NTQzMjEwOTg3NjU0.GAbCdE.refused-token-value";
    const adapter = createDiscordAdapter(
      { commands: new RecordingRunner(), logger: silentLogger(), metrics: new BotMetrics() },
      { token, apiUrl: fake.apiUrl },
    );
    try {
      expect(adapter.health()).toEqual({ connected: false, detail: "not started" });
      fake.failNext((c) => c.path === "/gateway/bot", {
        status: 401,
        body: { message: "401: Unauthorized", code: 0 },
      });
      const error = await adapter.start().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe("DISCORD_TOKEN");
      expect((error as Error).message).not.toContain(token);
      expect((error as Error).message).not.toContain("\n");
      expect(adapter.health()).toEqual({ connected: false, detail: "login failed" });
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it("blames the network, not the token, when Discord cannot be reached", async () => {
    const closed = await FakeDiscord.start();
    const deadUrl = closed.apiUrl;
    await closed.close();
    const token = "MTA5ODc2NTQzMjEwOTg3NjU0.GAbCdE.network-failure-token-x";
    const adapter = createDiscordAdapter(
      { commands: new RecordingRunner(), logger: silentLogger(), metrics: new BotMetrics() },
      { token, apiUrl: deadUrl },
    );
    const error = await adapter.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlatformError);
    const message = (error as Error).message;
    expect(message).toMatch(/^could not reach Discord at http:\/\/127\.0\.0\.1:\d+\/api \(.*ECONNREFUSED/);
    expect(message).not.toMatch(/token/i);
    expect(message).not.toContain("\n");
  });

  it("gives login a deadline when the API accepts connections and never answers", async () => {
    const silent = await startSilentServer();
    const adapter = createDiscordAdapter(
      { commands: new RecordingRunner(), logger: silentLogger(), metrics: new BotMetrics() },
      {
        token: "MTA5ODc2NTQzMjEwOTg3NjU0.GAbCdE.silent-server-token-xyz",
        apiUrl: `${silent.url}/api`,
        startTimeoutMs: 400,
      },
    );
    try {
      const error = await adapter.start().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PlatformError);
      expect((error as Error).message).toMatch(
        /^Discord did not answer within 0\.4 s \(GET \/gateway\/bot at http/,
      );
      expect(silent.requests).toEqual(["GET /api/v10/gateway/bot"]);
    } finally {
      await silent.close();
    }
  });

  it("refuses an empty token before connecting", () => {
    expect(() =>
      createDiscordAdapter(
        { commands: new RecordingRunner(), logger: silentLogger(), metrics: new BotMetrics() },
        { token: " " },
      ),
    ).toThrow(ConfigError);
  });
});

/** A runner whose `ask` waits until the test lets it finish. */
class GatedRunner extends RecordingRunner {
  release: () => void = () => {};
  private onStart: () => void = () => {};
  // Declared after onStart: field initializers run in order.
  readonly started = new Promise<void>((resolve) => {
    this.onStart = resolve;
  });

  override async run(ctx: CommandContext, command: Command): Promise<Reply> {
    if (command.name === "ask") {
      this.onStart();
      await new Promise<void>((resolve) => {
        this.release = resolve;
      });
    }
    return super.run(ctx, command);
  }
}

describe("stop", () => {
  it("finishes in-flight replies before closing the gateway", async () => {
    const runner = new GatedRunner();
    const h = await startHarness(runner);
    try {
      const payload = slashCommand(h.fake.world, "ask", { question: "slow one?" });
      h.fake.dispatch("INTERACTION_CREATE", payload);
      await runner.started;
      let stopped = false;
      const stopping = h.adapter.stop().then(() => {
        stopped = true;
      });
      await new Promise((r) => setImmediate(r));
      expect(stopped).toBe(false);
      runner.release();
      await stopping;
      expect(h.fake.calls.some((c) => isEditOriginal(c) && c.path.includes(payload.token))).toBe(true);
      expect(h.adapter.health()).toEqual({ connected: false, detail: "stopped" });
      expect(h.fake.connectedSockets).toBe(0);
    } finally {
      await h.fake.close();
    }
  });
});
