import { describe, expect, it } from "vitest";
import type { Reply } from "../../src/commands/reply.js";
import type { Command, CommandContext } from "../../src/commands/types.js";
import { slashCommand } from "../fakes/discord/index.js";
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
