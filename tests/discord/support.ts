import { createDiscordAdapter } from "../../src/adapters/discord/index.js";
import { type Reply, reply } from "../../src/commands/reply.js";
import type { Command, CommandContext, CommandRunner, ParsedCommand } from "../../src/commands/types.js";
import { silentLogger } from "../../src/runtime/logger.js";
import { BotMetrics } from "../../src/runtime/metrics.js";
import { FakeDiscord, type RestCall } from "../fakes/discord/index.js";

export const CITATION = {
  sourceId: "vnexpress-2025-04-28",
  publisher: "VnExpress International",
  title: "Japan to accept more Vietnamese workers",
  url: "https://e.vnexpress.net/news/news/japan-vietnam-2025",
  published: "2025-04-28",
  quote: "Japan will receive 600,000 Vietnamese workers by 2030",
};

/**
 * A CommandRunner standing in for the core in adapter tests: it returns Replies shaped like
 * the real command layer's (citations, suggestions, feedback actions, permission errors) and
 * records what the adapter asked, so tests can check the context the adapter built.
 */
export class RecordingRunner implements CommandRunner {
  readonly runs: { ctx: CommandContext; command: Command }[] = [];
  /** Overrides the reply to the next `ask`. */
  nextAnswer: Reply | undefined;
  fail = false;
  /** Fixed replies per command name, checked first. */
  readonly fixed: Partial<Record<Command["name"], Reply>> = {};

  parse(text: string): ParsedCommand {
    const t = text.replace(/^\/?brief\s+/i, "").trim();
    if (!t) return { ok: false, error: "Type a question, or help." };
    const [word, ...rest] = t.split(/\s+/);
    if (word === "help") return { ok: true, command: { name: "help" } };
    if (word === "topics") return { ok: true, command: { name: "topics" } };
    if (word === "subscribe") return { ok: true, command: { name: "subscribe", schedule: rest.join(" ") } };
    return { ok: true, command: { name: "ask", question: word === "ask" ? rest.join(" ") : t } };
  }

  async run(ctx: CommandContext, command: Command): Promise<Reply> {
    this.runs.push({ ctx, command });
    if (this.fail) throw new Error("store unavailable");
    const fixed = this.fixed[command.name];
    if (fixed) return fixed;
    switch (command.name) {
      case "ask": {
        if (this.nextAnswer) {
          const r = this.nextAnswer;
          this.nextAnswer = undefined;
          return r;
        }
        if (/weather/i.test(command.question)) {
          return reply({
            kind: "abstain",
            text: "The briefing does not cover that.",
            suggestions: ["How many Vietnamese workers will Japan accept?", "What did the leaders sign?"],
          });
        }
        return answer(`Japan will receive 600,000 Vietnamese workers by 2030 (VnExpress, 28 April 2025).`);
      }
      case "subscribe":
        if (!ctx.canManageChannel)
          return reply({ kind: "error", text: "Only people who can manage this channel can subscribe it." });
        return reply({ kind: "confirm", text: `Subscribed: ${command.schedule}. Next digest: Mon 08:00.` });
      case "feedback":
        return reply({ kind: "confirm", text: "Thanks for the feedback.", ephemeral: true });
      case "help":
        return reply({ kind: "help", title: "briefbot", text: "Ask me about Japan–Vietnam relations." });
      default:
        return reply({ kind: "info", title: command.name, text: "Topics: labour, trade, tariffs." });
    }
  }
}

/** A digest longer than one Discord message (about 9,000 characters in 12 topics). */
export function longDigest(): Reply {
  return reply({
    kind: "digest",
    title: "Japan–Vietnam briefing",
    text: "What changed since your last digest.",
    sections: Array.from({ length: 12 }, (_, i) => ({
      heading: `Topic ${i + 1}`,
      text: Array.from({ length: 6 }, (_, j) => `• Fact ${i + 1}.${j + 1}: ${"statement ".repeat(12)}`).join(
        "\n",
      ),
    })),
    footer: "Sources as of 28 April 2025",
  });
}

export function answer(text: string, answerId = "ans_1"): Reply {
  return reply({
    kind: "answer",
    text,
    citations: [CITATION],
    answerId,
    footer: "As reported on 28 April 2025",
    actions: [
      { id: "feedback.helpful", label: "Helpful", value: answerId, style: "primary" },
      { id: "feedback.not_helpful", label: "Not helpful", value: answerId },
    ],
  });
}

export interface Harness {
  fake: FakeDiscord;
  runner: RecordingRunner;
  metrics: BotMetrics;
  adapter: ReturnType<typeof createDiscordAdapter>;
  close(): Promise<void>;
}

/** A real discord.js client, logged in to the fake Discord, with the adapter's handlers. */
export async function startHarness(runner = new RecordingRunner()): Promise<Harness> {
  const fake = await FakeDiscord.start();
  const metrics = new BotMetrics();
  const adapter = createDiscordAdapter(
    { commands: runner, logger: silentLogger(), metrics },
    { token: "fake-token.for-tests.only", apiUrl: fake.apiUrl },
  );
  await adapter.start();
  await fake.waitUntil(() => adapter.health().connected);
  return {
    fake,
    runner,
    metrics,
    adapter,
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}

export const isCallback = (c: RestCall) =>
  c.method === "POST" && /^\/interactions\/\d+\/[^/]+\/callback$/.test(c.path);
export const isEditOriginal = (c: RestCall) => c.method === "PATCH" && c.path.endsWith("/messages/@original");
export const isChannelPost = (c: RestCall) =>
  c.method === "POST" && /^\/channels\/\d+\/messages$/.test(c.path);
