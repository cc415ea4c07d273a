import { hostname } from "node:os";
import { createTerminalAdapter, type TerminalAdapter } from "../adapters/terminal/index.js";
import type { AdapterDeps, ChatAdapter } from "../adapters/types.js";
import { answerQuestion, explainQuestion, suggestQuestions } from "../answer/index.js";
import { briefingStoreOf, type ReloadableBriefingStore } from "../briefing/store-of.js";
import { watchBriefings } from "../briefing/watch.js";
import { type Clock, systemClock } from "../clock.js";
import type { DigestComposer } from "../commands/deps.js";
import { commandPrefix } from "../commands/prefix.js";
import { createCommandService } from "../commands/service.js";
import type { Config } from "../config/load.js";
import { composeDigest, digestToReply } from "../digest/compose.js";
import { parseSchedule } from "../digest/schedule.js";
import type { DigestPoster } from "../digest/types.js";
import { ConfigError } from "../errors.js";
import { createDigestScheduler, type DigestScheduler } from "../scheduler/index.js";
import { openState } from "../state/index.js";
import type { StateStore } from "../state/types.js";
import { loadBriefingsOffThread } from "./briefing-loader.js";
import { type HealthServer, startHealthServer } from "./http.js";
import type { Logger } from "./logger.js";
import { BotMetrics } from "./metrics.js";
import { createRetentionPurger } from "./retention.js";
import { closeInOrder } from "./shutdown.js";
import { warmUp } from "./warm-up.js";

export interface AppOptions {
  config: Config;
  logger: Logger;
  clock?: Clock;
  /** The terminal chat's streams (stdin/stdout by default). */
  terminal?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; prompt?: string };
  /** The file the terminal chat's logs go to, named in its greeting. */
  logFile?: string;
  /** Where /healthz and /metrics listen (all interfaces by default; tests use 127.0.0.1). */
  httpHost?: string;
  /** Extra adapter options, for tests against local fakes (apiUrl, retryConfig, ...). */
  slackOverrides?: Record<string, unknown>;
  discordOverrides?: Record<string, unknown>;
  /**
   * Aborted (SIGTERM/SIGINT during start-up): the step in progress is abandoned, what was
   * opened is closed in reverse order, and startApp rejects with StartCancelled.
   */
  signal?: AbortSignal;
}

/** startApp gave up because its signal was aborted; everything it opened is closed. */
export class StartCancelled extends Error {
  constructor() {
    super("start-up cancelled");
    this.name = "StartCancelled";
  }
}

/** Waits for `step`, unless `signal` is aborted first (the step is left to settle on its own). */
function unlessAborted<T>(step: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return step;
  if (signal.aborted) {
    step.catch(() => undefined);
    return Promise.reject(new StartCancelled());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new StartCancelled());
    signal.addEventListener("abort", onAbort, { once: true });
    step.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

export interface RunningApp {
  readonly adapters: readonly ChatAdapter[];
  readonly metrics: BotMetrics;
  /** The /healthz and /metrics server, when PORT is set. */
  readonly http?: HealthServer;
  /** Settles when the app ends on its own: the terminal chat was closed. Never for Slack/Discord. */
  readonly finished: Promise<void>;
  /** Stops taking events, finishes replies in flight, closes everything. Safe to call twice. */
  stop(): Promise<void>;
}

async function createAdapter(
  name: Config["adapters"][number],
  deps: AdapterDeps,
  options: AppOptions,
  greeting: string,
): Promise<ChatAdapter> {
  const { config } = options;
  if (name === "slack" && config.slack) {
    // Loaded only when configured: the terminal chat and the CLI never pay for Bolt.
    const { createSlackAdapter } = await import("../adapters/slack/index.js");
    return createSlackAdapter(deps, {
      botToken: config.slack.botToken,
      ...(config.slack.appToken ? { appToken: config.slack.appToken } : {}),
      ...(config.slack.signingSecret ? { signingSecret: config.slack.signingSecret } : {}),
      ...(config.slackPort !== undefined ? { port: config.slackPort } : {}),
      managers: config.slack.managers,
      ...(config.slack.apiUrl ? { apiUrl: config.slack.apiUrl } : {}),
      ...options.slackOverrides,
    });
  }
  if (name === "discord" && config.discord) {
    const { createDiscordAdapter } = await import("../adapters/discord/index.js");
    return createDiscordAdapter(deps, {
      token: config.discord.token,
      ...(config.discord.applicationId ? { applicationId: config.discord.applicationId } : {}),
      ...(config.discord.apiUrl ? { apiUrl: config.discord.apiUrl } : {}),
      ...options.discordOverrides,
    });
  }
  // No prompt when stdin is piped: the output is then just the answers.
  const streams = options.terminal ?? {
    input: process.stdin,
    output: process.stdout,
    prompt: process.stdin.isTTY ? "> " : "",
  };
  return createTerminalAdapter(deps, { ...streams, greeting });
}

/**
 * The briefing store, read, validated (quotes against their source texts) and indexed on a
 * worker thread, so the first question finds its index built; an unknown DEFAULT_BRIEFING is a
 * configuration error that names it.
 */
async function openBriefings(config: Config): Promise<ReloadableBriefingStore> {
  const loaded = briefingStoreOf(
    await loadBriefingsOffThread(config.briefingsDir, config.briefingSourcesDir),
  );
  const wanted = config.defaultBriefing;
  if (!wanted) return loaded;
  if (!loaded.get(wanted)) {
    const ids = loaded
      .list()
      .map((b) => b.id)
      .join(", ");
    throw new ConfigError(
      "DEFAULT_BRIEFING",
      `expected the id of a briefing in BRIEFINGS_DIR (one of: ${ids})`,
    );
  }
  return briefingStoreOf(loaded.list(), wanted);
}

/** Says at start which briefing answers: the default, the only one, or routing among several. */
function logBriefingChoice(briefings: ReloadableBriefingStore, config: Config, logger: Logger): void {
  const ids = briefings
    .list()
    .map((b) => b.id)
    .sort();
  if (config.defaultBriefing)
    logger.info({ briefings: ids, default: config.defaultBriefing }, "briefings loaded");
  else if (ids.length === 1) logger.info({ briefings: ids }, "briefings loaded");
  else
    logger.info(
      { briefings: ids },
      "several briefings and no DEFAULT_BRIEFING: each question goes to the briefing that fits it best (or the asker chooses); /brief use ID binds a channel",
    );
}

/**
 * Wires the bot: briefing store and watcher, state, command layer, the configured adapters,
 * the digest scheduler (when an adapter can post) and the health server. Throws, after
 * closing what it opened, when any part cannot start.
 */
export async function startApp(options: AppOptions): Promise<RunningApp> {
  const { config, logger, signal } = options;
  const clock = options.clock ?? systemClock;
  const metrics = new BotMetrics({ defaultMetrics: true });
  const opened: { name: string; run: () => Promise<void> | void }[] = [];
  const adapters: ChatAdapter[] = [];
  let scheduler: DigestScheduler | undefined;
  let http: HealthServer | undefined;

  const stopAll = async () => {
    // Reverse order of opening: adapters and scheduler first, state last.
    await closeInOrder([...opened].reverse(), logger);
  };

  try {
    const briefings = await unlessAborted(openBriefings(config), signal);
    const setFacts = () => metrics.briefingFacts.set(briefings.get()?.facts.length ?? 0);
    setFacts();
    const watcher = watchBriefings(briefings, config.briefingsDir, {
      load: (root) => loadBriefingsOffThread(root, config.briefingSourcesDir),
      onReload: (list) => {
        setFacts();
        metrics.briefingReloads.inc({ outcome: "loaded" });
        logger.info({ briefings: list.map((b) => `${b.id}@${b.version}`) }, "briefings reloaded");
      },
      onError: (error) => {
        metrics.briefingReloads.inc({ outcome: "rejected" });
        logger.warn(
          { code: error.code, problems: error.message.split("\n") },
          "briefing edit rejected; last good kept",
        );
      },
    });
    opened.push({ name: "briefing watcher", run: () => watcher.close() });

    const opening = openState({
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
      dataDir: config.dataDir,
      logger,
      clock,
      questionLogDays: config.questionLogDays,
    });
    // Abandoned by a signal, a state that opens later must still be closed.
    if (signal)
      signal.addEventListener("abort", () => void opening.then((s) => s.close()).catch(() => undefined), {
        once: true,
      });
    const state: StateStore = await unlessAborted(opening, signal);
    opened.push({ name: "state", run: () => state.close() });
    const purger = createRetentionPurger({ questions: state.questions, logger, clock });
    await purger.start();
    opened.push({ name: "question log purge", run: () => purger.stop() });

    const digest: DigestComposer = ({ briefing, lang, ctx, now, timezone, full, delivered }) =>
      digestToReply(
        composeDigest(briefing, {
          lang,
          now,
          timezone: timezone ?? config.defaultTimezone,
          ...(full ? { full } : {}),
          ...(delivered ? { delivered } : {}),
        }),
        {},
        { commandPrefix: commandPrefix(ctx.platform) },
      );
    logBriefingChoice(briefings, config, logger);
    const commands = createCommandService({
      briefings,
      answers: { answerQuestion, explainQuestion, suggestQuestions },
      state,
      schedule: parseSchedule,
      digest,
      clock,
      logger,
      rateLimitPerMinute: config.rateLimitPerMinute,
      defaultTimezone: config.defaultTimezone,
      ...(config.defaultBriefing ? { defaultBriefing: config.defaultBriefing } : {}),
      onOutcome: (outcome) => metrics.recordCommand(outcome),
      onSubscriptionsChanged: () => {
        scheduler?.sync().catch((error: unknown) => logger.error({ err: error }, "digest sync failed"));
      },
    });

    const deps: AdapterDeps = { commands, logger, metrics };
    const title = briefings.get()?.meta.title.en ?? "the briefing";
    const several = !config.defaultBriefing && briefings.list().length > 1;
    const greeting =
      (several
        ? `briefbot: ask a question about any of ${briefings.list().length} briefings (/briefings lists them, /use ID picks one). /help for commands, /quit to leave.`
        : `briefbot: ask a question about “${title}”. /help for commands, /quit to leave.`) +
      (options.logFile ? `\n(logs: ${options.logFile})` : "");
    for (const name of config.adapters)
      adapters.push(await unlessAborted(createAdapter(name, deps, options, greeting), signal));
    metrics.watchAdapters(() => adapters);

    // Started before the adapters and stopped after them, so /healthz shows a link that is down.
    if (config.port !== undefined) {
      http = await unlessAborted(
        startHealthServer({
          port: config.port,
          ...(options.httpHost ? { host: options.httpHost } : {}),
          adapters: () => adapters,
          briefings,
          metrics,
          logger,
        }),
        signal,
      );
      const server = http;
      opened.push({ name: "health server", run: () => server.close() });
    }

    const posters = adapters.map((a) => a.poster).filter((p): p is DigestPoster => p !== undefined);
    if (posters.length > 0) {
      const digestScheduler = createDigestScheduler({
        state,
        briefings,
        posters,
        logger,
        owner: `${hostname()}:${process.pid}`,
        clock,
        metrics,
        catchUpHours: config.digestCatchupHours,
      });
      scheduler = digestScheduler;
    }

    for (const adapter of adapters) {
      // Registered before it starts: a start abandoned by a signal is still stopped.
      opened.push({ name: `${adapter.name} adapter`, run: () => adapter.stop() });
      await unlessAborted(adapter.start(), signal);
      logger.info({ platform: adapter.name, detail: adapter.health().detail }, "adapter started");
    }
    // The first answers should not wait for V8 to optimise the engine; start-up does not wait.
    const warming = new AbortController();
    opened.push({ name: "warm-up", run: () => warming.abort() });
    void warmUp(briefings, answerQuestion, { signal: warming.signal }).then(
      (questions) => logger.debug({ questions }, "answer engine warmed up"),
      (error: unknown) => logger.warn({ err: error }, "warm-up failed"),
    );
    // Digests start once the adapters can post them.
    if (scheduler) {
      const s = scheduler;
      await unlessAborted(s.start(), signal);
      opened.push({ name: "digest scheduler", run: () => s.stop() });
    }
  } catch (error) {
    await stopAll();
    throw error;
  }

  const terminal = adapters.find((a): a is TerminalAdapter => a.name === "terminal");
  let stopping: Promise<void> | undefined;
  return {
    adapters,
    metrics,
    ...(http ? { http } : {}),
    finished: terminal ? terminal.closed : new Promise<void>(() => {}),
    stop: () => {
      stopping ??= stopAll();
      return stopping;
    },
  };
}
