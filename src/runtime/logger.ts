import { type Logger, pino } from "pino";
import { redactLine } from "./redact.js";

export type { Logger };

export interface LoggerOptions {
  level?: string;
  destination?: NodeJS.WritableStream;
  /** Secret values (the configured tokens) scrubbed from every line, wherever they appear. */
  secrets?: readonly string[];
}

/**
 * Drops keys of a log call's object that the logger's bindings already carry with the same
 * value: pino would write both, and `"platform":"slack"` twice is not valid for every reader.
 */
function withoutBoundKeys(this: Logger, args: Parameters<Logger["info"]>, method: Logger["info"]): void {
  const [first, ...rest] = args as unknown[];
  if (first === null || typeof first !== "object" || first instanceof Error || Array.isArray(first)) {
    method.apply(this, args);
    return;
  }
  const bound = this.bindings();
  const fields = first as Record<string, unknown>;
  const duplicate = Object.keys(fields).filter((key) => key in bound && bound[key] === fields[key]);
  if (duplicate.length === 0) {
    method.apply(this, args);
    return;
  }
  const trimmed = { ...fields };
  for (const key of duplicate) delete trimmed[key];
  // biome-ignore lint/suspicious/noExplicitAny: re-applying pino's own overloaded arguments.
  (method as (...a: any[]) => void).apply(this, [trimmed, ...rest]);
}

/**
 * Structured logs. Tokens never reach a log line: known secret fields are redacted by path,
 * and every finished line is scrubbed of the configured secret values and of token patterns
 * (Discord interaction URLs, Slack tokens, authorization headers), so an error object logged
 * whole on any path cannot leak one. Question texts are logged only at debug by the callers.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = [...(options.secrets ?? [])];
  const config = {
    level: options.level ?? process.env.LOG_LEVEL ?? "info",
    base: { app: "briefbot" },
    hooks: {
      logMethod: withoutBoundKeys,
      streamWrite: (line: string) => redactLine(line, secrets),
    },
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
