import type { CommandRunner } from "../commands/types.js";
import type { DigestPoster } from "../digest/types.js";
import type { Logger } from "../runtime/logger.js";
import type { BotMetrics } from "../runtime/metrics.js";

/** What every chat adapter offers the runtime: start, stop, and say whether its link is up. */
export interface ChatAdapter {
  readonly name: "slack" | "discord" | "terminal";
  start(): Promise<void>;
  /** Stop taking new events, finish in-flight replies, close the connection. */
  stop(): Promise<void>;
  health(): AdapterHealth;
  /** Present when the adapter can deliver scheduled digests. */
  readonly poster?: DigestPoster;
}

export interface AdapterHealth {
  connected: boolean;
  /** "socket mode connected", "reconnecting since 12:01:02Z", ... */
  detail: string;
}

/** What the runtime hands every adapter factory. */
export interface AdapterDeps {
  commands: CommandRunner;
  logger: Logger;
  metrics: BotMetrics;
}
