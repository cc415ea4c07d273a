import { formatIssueFor } from "../briefing/env.js";
import { describeConfig, loadConfig } from "../config/load.js";
import { BriefingError, ConfigError } from "../errors.js";
import { startApp } from "../runtime/app.js";
import { terminalChatLogs } from "../runtime/log-destination.js";
import { createLogger } from "../runtime/logger.js";
import { exitOnSignals } from "../runtime/shutdown.js";

export const USAGE = `usage: briefbot start

Runs the bot. Which adapters start depends on the environment (see .env.example):
  Slack     when SLACK_BOT_TOKEN is set (Socket Mode with SLACK_APP_TOKEN, else HTTP mode)
  Discord   when DISCORD_TOKEN is set
  terminal  a chat in this terminal when neither is set
With PORT set, GET /healthz and GET /metrics are served on it.
`;

/** `briefbot start` (also `npm start`): validates the configuration and runs the bot until stopped. */
export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.length > 0) {
    process.stderr.write(`briefbot start: unexpected argument "${args[0]?.slice(0, 40)}"\n\n${USAGE}`);
    return 2;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`briefbot start: configuration error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const terminal = config.adapters.includes("terminal");
  // The terminal chat owns the screen: logs go to stderr when it is redirected, else to a file,
  // and only warnings unless LOG_LEVEL says otherwise.
  const logs = terminal ? terminalChatLogs(process.stderr, config.dataDir) : undefined;
  const logger = createLogger({
    level: terminal && !config.logLevelExplicit ? "warn" : config.logLevel,
    ...(logs ? { destination: logs.stream } : {}),
  });

  logger.info(describeConfig(config), "starting");
  let app: Awaited<ReturnType<typeof startApp>>;
  try {
    app = await startApp({ config, logger, ...(logs?.file ? { logFile: logs.file } : {}) });
  } catch (error) {
    if (error instanceof BriefingError) {
      process.stderr.write(`briefbot start: the briefings do not load:\n`);
      for (const issue of error.issues) process.stderr.write(`${formatIssueFor(issue)}\n`);
    } else if (error instanceof ConfigError) {
      process.stderr.write(`briefbot start: configuration error: ${error.message}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      logger.error({ err: error }, "start-up failed");
      process.stderr.write(`briefbot start: could not start: ${message.split("\n")[0]}\n`);
    }
    return 1;
  }
  const removeHandlers = exitOnSignals(() => app.stop(), { logger });
  await app.finished;
  removeHandlers();
  await app.stop();
  return 0;
}
