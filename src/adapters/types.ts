import type { DigestPoster } from "../digest/types.js";

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
