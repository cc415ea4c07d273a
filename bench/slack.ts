/**
 * Slack round trip on the fakes: a `/brief` slash command goes in (a Socket Mode envelope, or a
 * signed HTTP POST to Bolt's receiver) and the time is taken when the reply payload reaches
 * the fake's response_url. The real Bolt App, the real command layer and answer engine, SQLite state.
 */
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { createSlackAdapter, renderReply, type SlackAdapter } from "../src/adapters/slack/index.js";
import type { CommandRunner } from "../src/commands/types.js";
import { silentLogger } from "../src/runtime/logger.js";
import { BotMetrics } from "../src/runtime/metrics.js";
import { FakeSlack, postSigned, slashCommand } from "../tests/fakes/slack.js";
import { benchCommandLayer, latencyCells } from "./roundtrip.js";
import type { BenchTable } from "./types.js";

const WARMUP = 50;
const ITERATIONS = 300;
const SECRET = "benchsigningsecret0123456789abcd";
const QUESTIONS = [
  "How many Vietnamese PhD students will Japan accept?",
  "Who did Ishiba meet in Hanoi?",
  "What tariff would Vietnam face under Trump's plan?",
  "How many Vietnamese live in Japan?",
  "What is the population of Mars?",
  "石破首相はハノイで誰と会談しましたか？",
  "Ishiba đã gặp ai ở Hà Nội?",
];

type Send = (fake: FakeSlack, adapter: SlackAdapter, text: string, responseUrl: string) => Promise<void>;

const sendSocket: Send = async (fake, _adapter, text, responseUrl) => {
  fake.pushEnvelope("slash_commands", slashCommand({ text, responseUrl }));
};

const sendHttp: Send = async (_fake, adapter, text, responseUrl) => {
  const port = adapter.address()?.port;
  const res = await postSigned(
    `http://127.0.0.1:${port}/slack/events`,
    { kind: "form", fields: slashCommand({ text, responseUrl }) },
    { secret: SECRET },
  );
  if (res.status !== 200) throw new Error(`HTTP receiver answered ${res.status}`);
};

async function measure(fake: FakeSlack, adapter: SlackAdapter, send: Send, text: (i: number) => string) {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const responseUrl = fake.responseUrl();
    const arrived = fake.nextResponseTo(responseUrl);
    const started = performance.now();
    await send(fake, adapter, text(i), responseUrl);
    await arrived;
    if (i >= WARMUP) samples.push(performance.now() - started);
  }
  return samples;
}

/** The command layer and renderer alone, for the share of the round trip that is not Slack I/O. */
async function coreOnly(commands: CommandRunner): Promise<number[]> {
  const ctx = {
    platform: "slack" as const,
    workspaceId: "T0",
    channelId: "C0",
    userId: "U0",
    isDirect: false,
    canManageChannel: false,
  };
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const started = performance.now();
    const parsed = commands.parse(`/brief ask ${QUESTIONS[i % QUESTIONS.length]!}`);
    if (!parsed.ok) throw new Error(parsed.error);
    renderReply(await commands.run(ctx, parsed.command));
    if (i >= WARMUP) samples.push(performance.now() - started);
  }
  return samples;
}

function row(label: string, name: string, samples: number[]): (string | number)[] {
  return [label, name, ...latencyCells(samples)];
}

export async function bench(): Promise<BenchTable[]> {
  const core = await benchCommandLayer("slack");
  const rows: (string | number)[][] = [];
  try {
    rows.push(
      row("none (in process)", "ask: command layer + Block Kit render only", await coreOnly(core.commands)),
    );
    for (const mode of ["socket", "http"] as const) {
      const fake = await FakeSlack.start();
      const adapter = createSlackAdapter(
        { commands: core.commands, logger: silentLogger(), metrics: new BotMetrics() },
        {
          botToken: "xoxb-bench-token",
          managers: [],
          apiUrl: fake.apiUrl,
          retryConfig: { retries: 0 },
          host: "127.0.0.1",
          port: 0,
          ...(mode === "socket" ? { appToken: "xapp-bench-token" } : { signingSecret: SECRET }),
        },
      );
      await adapter.start();
      const send = mode === "socket" ? sendSocket : sendHttp;
      const label = mode === "socket" ? "Socket Mode" : "HTTP (signed)";
      const scenarios: [string, (i: number) => string][] = [
        ["/brief ask QUESTION", (i) => `ask ${QUESTIONS[i % QUESTIONS.length]!}`],
        ["/brief topics", () => "topics"],
        ["/brief help", () => "help"],
      ];
      for (const [name, text] of scenarios) {
        rows.push(row(label, name, await measure(fake, adapter, send, text)));
      }
      await adapter.stop();
      await fake.close();
    }
  } finally {
    await core.close();
  }
  return [
    {
      title: "Slack round trip on the fakes: slash command in → reply payload at response_url (ms)",
      columns: ["transport", "command", "n", "p50", "p99", "max", "p99 ≤ 50 ms"],
      rows,
      notes: [
        `${WARMUP} warm-up round trips per scenario, then ${ITERATIONS} measured, one at a time.`,
        "Real @slack/bolt 4.7 App and receiver, real command layer and answer engine on the shipped briefing, SQLite state; Web API and Socket Mode served by tests/fakes/slack on 127.0.0.1.",
        "Target: p99 ≤ 50 ms (Slack's deadline for the ack is 3 s; the reply comes after the ack).",
        `Machine: ${cpus().length} cores, load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(" ")} at the end (shared with other work).`,
      ],
    },
  ];
}
