import { type Logger, pino } from "pino";

export type { Logger };

/**
 * Structured logs. Tokens never reach a log line: known secret fields are redacted, and
 * question texts are logged only at debug level by the callers.
 */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const config = {
    level: options.level ?? process.env.LOG_LEVEL ?? "info",
    base: { app: "briefbot" },
    redact: {
      paths: [
        "token",
        "*.token",
        "botToken",
        "appToken",
        "signingSecret",
        "*.botToken",
        "*.appToken",
        "*.signingSecret",
        "headers.authorization",
        "*.headers.authorization",
        "config.slack",
        "config.discord",
      ],
      censor: "[redacted]",
    },
  };
  return options.destination ? pino(config, options.destination) : pino(config);
}

/** A logger that drops everything, for tests that do not assert on logs. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
