import { formatIssueFor } from "../briefing/env.js";
import { describeConfig, loadConfig, secretsOf } from "../config/load.js";
import { describeUnknownVariable, findUnknownVariables } from "../config/unknown.js";
import { BriefingError, ConfigError, ConfigErrors } from "../errors.js";
import { type RunningApp, StartCancelled, startApp } from "../runtime/app.js";
import { terminalChatLogs } from "../runtime/log-destination.js";
import { createLogger } from "../runtime/logger.js";
import { exitOnSignals } from "../runtime/shutdown.js";

export const USAGE = `usage: briefbot start [--terminal]

Runs the bot. Which adapters start depends on the environment (see .env.example):
  Slack     when SLACK_BOT_TOKEN is set (Socket Mode with SLACK_APP_TOKEN, else HTTP mode)
  Discord   when DISCORD_TOKEN is set
  terminal  a chat in this terminal when neither is set
With neither set and no terminal attached (stdin is not a TTY, as in a container), it exits 1;
--terminal runs the chat anyway, reading questions piped to stdin.
With PORT set, GET /healthz and GET /metrics are served on it.
`;

const NOTHING_TO_RUN =
  "briefbot start: no chat platform is configured and no terminal is attached: set SLACK_BOT_TOKEN " +
  "(with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET) or DISCORD_TOKEN, or run it in a terminal " +
  "(--terminal reads questions piped to stdin)\n";

function printConfigError(error: ConfigError): void {
  const errors = error instanceof ConfigErrors ? error.errors : [error];
  for (const e of errors) process.stderr.write(`briefbot start: configuration error: ${e.message}\n`);
}

/** The one line a failed start-up prints (the stack goes to the log at debug level only). */
function printStartError(error: unknown): void {
  if (error instanceof BriefingError) {
    process.stderr.write(`briefbot start: the briefings do not load:\n`);
    for (const issue of error.issues) process.stderr.write(`${formatIssueFor(issue)}\n`);
  } else if (error instanceof ConfigError) {
    printConfigError(error);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`briefbot start: could not start: ${message.split("\n")[0]}\n`);
  }
}

/** `briefbot start` (also `npm start`): validates the configuration and runs the bot until stopped. */
export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  const unexpected = args.find((a) => a !== "--terminal");
  if (unexpected !== undefined) {
    process.stderr.write(`briefbot start: unexpected argument "${unexpected.slice(0, 40)}"\n\n${USAGE}`);
    return 2;
  }
  for (const unknown of findUnknownVariables(process.env))
    process.stderr.write(`briefbot start: warning: ${describeUnknownVariable(unknown)}\n`);
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    printConfigError(error);
    return 1;
  }
  const terminal = config.adapters.includes("terminal");
  if (terminal && !process.stdin.isTTY && !args.includes("--terminal")) {
    // In a container this would otherwise read an empty stdin and exit 0, again and again.
    process.stderr.write(NOTHING_TO_RUN);
    return 1;
  }
  // The terminal chat owns the screen: logs go to stderr when it is redirected, else to a file,
  // and only warnings unless LOG_LEVEL says otherwise.
  const logs = terminal ? terminalChatLogs(process.stderr, config.dataDir) : undefined;
  const logger = createLogger({
    level: terminal && !config.logLevelExplicit ? "warn" : config.logLevel,
    secrets: secretsOf(config),
    ...(logs ? { destination: logs.stream } : {}),
  });

  logger.info(describeConfig(config), "starting");
  // Signals are handled from the first moment: during start-up they cancel it, and whatever
  // was opened is closed in order before exiting 0.
  const cancel = new AbortController();
  let app: RunningApp | undefined;
  const starting = startApp({
    config,
    logger,
    signal: cancel.signal,
    ...(logs?.file ? { logFile: logs.file } : {}),
  });
  const settled = starting.then(
    (started) => {
      app = started;
    },
    () => undefined,
  );
  const removeHandlers = exitOnSignals(
    async () => {
      if (!app) cancel.abort();
      await settled;
      await app?.stop();
    },
    { logger },
  );
  let running: RunningApp;
  try {
    running = await starting;
  } catch (error) {
    if (error instanceof StartCancelled) {
      // exitOnSignals ends the process (0) once everything opened is closed.
      logger.info("start-up cancelled by a signal");
      return 0;
    }
    removeHandlers();
    logger.debug({ err: error }, "start-up failed");
    printStartError(error);
    return 1;
  }
  await running.finished;
  removeHandlers();
  await running.stop();
  return 0;
}
