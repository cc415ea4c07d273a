import type { CommandRunner } from "../commands/types.js";
import type { DigestPoster } from "../digest/types.js";
import type { Logger } from "../runtime/logger.js";
import type { BotMetrics } from "../runtime/metrics.js";
import type { AdapterHealth } from "./health.js";

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

export type { AdapterHealth } from "./health.js";

/** What the runtime hands every adapter factory. */
export interface AdapterDeps {
  commands: CommandRunner;
  logger: Logger;
  metrics: BotMetrics;
}
