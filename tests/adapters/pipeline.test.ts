import { describe, expect, it } from "vitest";
import { runExchange } from "../../src/adapters/pipeline.js";
import { parseCommand } from "../../src/commands/parse.js";
import { type Reply, reply } from "../../src/commands/reply.js";
import type { Command, CommandContext, CommandRunner } from "../../src/commands/types.js";
import { createLogger } from "../../src/runtime/logger.js";
import { BotMetrics } from "../../src/runtime/metrics.js";
import { counterValue, LogSink } from "../slack/support.js";

const CTX: CommandContext = {
  platform: "discord",
  workspaceId: "g",
  channelId: "c",
  userId: "u",
  isDirect: false,
  canManageChannel: false,
};

/** A runner that records the order of events and answers (or throws) as told. */
function runner(events: string[], run: (command: Command) => Reply): CommandRunner {
  return {
    parse: parseCommand,
    async run(_ctx, command) {
      events.push(`run ${command.name}`);
      return run(command);
    },
  };
}

function setup(commands: CommandRunner) {
  const logs = new LogSink();
  const metrics = new BotMetrics();
  return {
    logs,
    metrics,
    deps: { commands, metrics, logger: createLogger({ level: "debug", destination: logs.stream }) },
  };
}

describe("the shared pipeline", () => {
  it("defers before the command runs, then sends, times and logs the reply", async () => {
    const events: string[] = [];
    const { deps, logs, metrics } = setup(runner(events, () => reply({ kind: "answer", text: "42" })));
    await runExchange(deps, {
      platform: "discord",
      surface: "command",
      input: { name: "ask", question: "how many?" },
      context: () => CTX,
      beforeRun: async () => {
        events.push("defer");
      },
      send: async (r, command) => {
        events.push(`send ${r.kind} for ${command?.name}`);
      },
    });
    expect(events).toEqual(["defer", "run ask", "send answer for ask"]);
    const line = logs.lines.find((l) => l.msg === "discord reply");
    expect(line).toMatchObject({ surface: "command", command: "ask", kind: "answer" });
    const latency = await metrics.registry.getSingleMetric("briefbot_answer_latency_seconds")?.get();
    const count = latency?.values.find((v) => (v as { metricName?: string }).metricName?.endsWith("_count"));
    expect(count?.value).toBe(1);
  });

  it("answers text that is not a command with the parse error, without running anything", async () => {
    const events: string[] = [];
    const { deps } = setup(runner(events, () => reply({ kind: "answer", text: "no" })));
    const sent: Reply[] = [];
    await runExchange(deps, {
      platform: "terminal",
      surface: "line",
      input: "/brief subscribe",
      context: () => CTX,
      send: async (r) => {
        sent.push(r);
      },
    });
    expect(events).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.kind).toBe("error");
  });

  it("turns a failure into an error count, a log line and an apology in the asker's language", async () => {
    const events: string[] = [];
    const { deps, logs, metrics } = setup(
      runner(events, () => {
        throw new Error("boom");
      }),
    );
    const apologies: string[] = [];
    await runExchange(deps, {
      platform: "slack",
      surface: "dm",
      input: "ベトナムへの関税は何パーセントですか？",
      context: () => ({ ...CTX, platform: "slack" }),
      send: async () => {
        throw new Error("should not send a reply");
      },
      apologise: async (text, lang) => {
        apologies.push(`${lang}: ${text}`);
      },
    });
    expect(apologies).toHaveLength(1);
    expect(apologies[0]).toMatch(/^ja: 申し訳ありません/);
    expect(await counterValue(metrics, "briefbot_errors_total", { platform: "slack" })).toBe(1);
    expect(logs.lines.find((l) => l.msg === "slack handler failed")).toMatchObject({ command: "ask" });
  });

  it("logs, and does not throw, when the apology cannot be sent either", async () => {
    const { deps, logs } = setup(
      runner([], () => {
        throw new Error("boom");
      }),
    );
    await expect(
      runExchange(deps, {
        platform: "discord",
        surface: "dm",
        input: "help",
        context: () => CTX,
        send: async () => {
          throw new Error("gone");
        },
      }),
    ).resolves.toBeUndefined();
    expect(logs.lines.some((l) => l.msg === "could not send the apology either")).toBe(true);
  });
});
