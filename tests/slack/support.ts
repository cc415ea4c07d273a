import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSlackAdapter, type SlackAdapter, type SlackOptions } from "../../src/adapters/slack/index.js";
import { answerQuestion, suggestQuestions } from "../../src/answer/index.js";
import { systemClock } from "../../src/clock.js";
import type { AnswerEngine } from "../../src/commands/deps.js";
import { createCommandService } from "../../src/commands/service.js";
import type { CommandRunner } from "../../src/commands/types.js";
import { parseSchedule } from "../../src/digest/schedule.js";
import { createLogger } from "../../src/runtime/logger.js";
import { BotMetrics } from "../../src/runtime/metrics.js";
import { openState } from "../../src/state/index.js";
import type { StateStore } from "../../src/state/types.js";
import { fixedStore } from "../commands/helpers.js";
import { FakeSlack } from "../fakes/slack.js";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const BOT_TOKEN = "xoxb-1-test-bot-token";
export const APP_TOKEN = "xapp-1-test-app-token";

/**
 * The answering engine for adapter tests: questions about PhD students get the shipped
 * briefing's real fact with its real citations (so the answered path does not depend on how
 * the retrieval engine scores today); everything else goes to the real engine.
 */
const engine: AnswerEngine = {
  suggestQuestions,
  answerQuestion(question, store, options) {
    if (!/phd/i.test(question)) return answerQuestion(question, store, options);
    const briefing = store.get()!;
    const fact = briefing.byId.fact.get("phd-students-250-dailywrap")!;
    return {
      answered: true,
      kind: "answer",
      text: fact.statement.en,
      citations: fact.citations.map((c) => {
        const s = briefing.byId.source.get(c.source)!;
        return {
          sourceId: s.id,
          publisher: s.publisher,
          title: s.title,
          url: s.url,
          published: s.published,
          quote: c.quote,
        };
      }),
      factIds: [fact.id],
      confidence: 0.9,
      lang: "en",
      briefing: briefing.id,
      suggestions: [],
    };
  },
};

/** The real command layer on the shipped briefing, with SQLite state so feedback is recorded. */
export async function realCommands(): Promise<{
  commands: CommandRunner;
  state: StateStore;
  /** Wired to the command layer as the app wires it: questions are counted here. */
  metrics: BotMetrics;
  close(): Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-slack-"));
  const state = await openState({ dataDir: dir });
  const metrics = new BotMetrics();
  const commands = createCommandService({
    briefings: fixedStore(),
    defaultBriefing: "japan-vietnam-2025",
    answers: engine,
    state,
    schedule: parseSchedule,
    clock: systemClock,
    rateLimitPerMinute: 10_000,
    onOutcome: (outcome) => metrics.recordCommand(outcome),
  });
  return {
    commands,
    state,
    metrics,
    async close() {
      await state.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Log lines written by the adapter, parsed, for asserting on what was logged. */
export class LogSink {
  readonly lines: Record<string, unknown>[] = [];
  readonly stream = {
    write: (chunk: string) => {
      for (const line of chunk.split("\n")) if (line.trim()) this.lines.push(JSON.parse(line));
      return true;
    },
  } as unknown as NodeJS.WritableStream;
}

export interface SlackHarness {
  fake: FakeSlack;
  adapter: SlackAdapter;
  metrics: BotMetrics;
  logs: LogSink;
  /** HTTP mode: the URL Slack posts to. */
  eventsUrl: string;
  stop(): Promise<void>;
}

/** Starts the fake Slack and the real adapter against it, in Socket Mode or HTTP mode. */
export async function startSlack(
  mode: "socket" | "http",
  commands: CommandRunner,
  extra: Partial<SlackOptions> = {},
  metrics = new BotMetrics(),
): Promise<SlackHarness> {
  const fake = await FakeSlack.start();
  const logs = new LogSink();
  const logger = createLogger({ level: "debug", destination: logs.stream });
  const options: SlackOptions = {
    botToken: BOT_TOKEN,
    managers: [],
    apiUrl: fake.apiUrl,
    retryConfig: { retries: 0 },
    host: "127.0.0.1",
    port: 0,
    ...(mode === "socket" ? { appToken: APP_TOKEN } : { signingSecret: SIGNING_SECRET }),
    ...extra,
  };
  const adapter = createSlackAdapter({ commands, logger, metrics }, options);
  await adapter.start();
  const at = adapter.address();
  return {
    fake,
    adapter,
    metrics,
    logs,
    eventsUrl: at ? `http://127.0.0.1:${at.port}/slack/events` : "",
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** The value of a counter for some labels, from the registry. */
export async function counterValue(
  metrics: BotMetrics,
  name: string,
  labels: Record<string, string>,
): Promise<number> {
  const metric = await metrics.registry.getSingleMetric(name)?.get();
  const match = metric?.values.find((v) => Object.entries(labels).every(([k, val]) => v.labels[k] === val));
  return match?.value ?? 0;
}
