import { LogLevel, type Logger as SlackLogger } from "@slack/bolt";
import type { Logger } from "../../runtime/logger.js";

/**
 * Bolt and the Socket Mode client log through @slack/logger; this routes them into our pino
 * logger (child `component: "bolt"`), so their lines are structured and share its redaction.
 */
export function boltLogger(parent: Logger): SlackLogger {
  // The adapter's logger already carries platform; a second binding would repeat the key.
  let log = parent.child(
    "platform" in parent.bindings() ? { component: "bolt" } : { platform: "slack", component: "bolt" },
  );
  const line = (args: unknown[]) =>
    args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ");
  return {
    debug: (...args: unknown[]) => log.debug(line(args)),
    info: (...args: unknown[]) => log.info(line(args)),
    warn: (...args: unknown[]) => log.warn(line(args)),
    error: (...args: unknown[]) => log.error(line(args)),
    setLevel: (level: LogLevel) => {
      // Our level wins: Bolt asks for INFO by default, which would hide nothing we want hidden.
      void level;
    },
    getLevel: () => {
      const level = log.level;
      if (level === "trace" || level === "debug") return LogLevel.DEBUG;
      if (level === "info") return LogLevel.INFO;
      if (level === "warn") return LogLevel.WARN;
      return LogLevel.ERROR;
    },
    setName: (name: string) => {
      log = log.child({ name });
    },
  };
}
