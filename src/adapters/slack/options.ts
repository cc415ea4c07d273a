import type { webApi } from "@slack/bolt";
import { z } from "zod";
import type { Clock } from "../../clock.js";
import { ConfigError } from "../../errors.js";

/** How the Slack adapter connects. Tokens are never logged, not even in part. */
export interface SlackOptions {
  /** Bot token (xoxb-…): SLACK_BOT_TOKEN. */
  botToken: string;
  /** App-level token (xapp-…) with connections:write: SLACK_APP_TOKEN. Set means Socket Mode. */
  appToken?: string;
  /** Signing secret: SLACK_SIGNING_SECRET. Required for HTTP mode (no app token). */
  signingSecret?: string;
  /** HTTP mode: the port Slack's requests come to (default 3000), path /slack/events. */
  port?: number;
  /** HTTP mode: the address to bind (default all interfaces; tests use 127.0.0.1). */
  host?: string;
  /**
   * HTTP mode: false to open no port of its own; the runtime's server then passes requests for
   * /slack/events to the adapter's `httpRequestListener` (one port for Slack, /healthz, /metrics).
   */
  listen?: boolean;
  /** User ids (U…) allowed to subscribe/unsubscribe channels besides workspace admins and owners. */
  managers: string[];
  /** Web API base URL; tests point it at the fake, e.g. http://127.0.0.1:PORT/api/. */
  apiUrl?: string;
  /** Web API retries for replies (default 2 quick retries); tests use { retries: 0 }. */
  retryConfig?: webApi.RetryOptions;
  /** How long one Web API call may take before it fails (default 10 s). */
  apiTimeoutMs?: number;
  /** How long each start-up step (auth.test, opening Socket Mode) may take (default 30 s). */
  startTimeoutMs?: number;
  /** Socket Mode ping timeout, which is also its reconnect delay (default 5000 ms). */
  socketPingTimeoutMs?: number;
  /** How long an event id is remembered for dedupe (default 10 minutes). */
  dedupeWindowMs?: number;
  /** How long stop() waits for in-flight replies (default 10 s). */
  stopTimeoutMs?: number;
  clock?: Clock;
}

const schema = z.object({
  botToken: z.string().regex(/^xoxb-\S+$/),
  appToken: z
    .string()
    .regex(/^xapp-\S+$/)
    .optional(),
  signingSecret: z.string().min(1).optional(),
  managers: z.array(z.string().regex(/^[UW][A-Z0-9]+$/)),
  apiUrl: z.url().optional(),
  port: z.number().int().min(0).max(65535).optional(),
});

const VARIABLE: Record<string, [string, string]> = {
  botToken: ["SLACK_BOT_TOKEN", "a Slack bot token starting with xoxb-"],
  appToken: ["SLACK_APP_TOKEN", "a Slack app-level token starting with xapp-"],
  signingSecret: ["SLACK_SIGNING_SECRET", "the signing secret from the app's Basic Information page"],
  managers: ["SLACK_DIGEST_MANAGERS", "Slack user ids such as U012ABCDEF"],
  apiUrl: ["SLACK_API_URL", "an http(s) URL ending in /api/"],
  port: ["SLACK_PORT", "a TCP port number"],
};

/** Checks the options at construction, naming the variable (never its value) when one is wrong. */
export function validateSlackOptions(options: SlackOptions): void {
  const result = schema.safeParse(options);
  if (!result.success) {
    const key = String(result.error.issues[0]?.path[0] ?? "botToken");
    const [variable, expected] = VARIABLE[key] ?? [key, "a valid value"];
    throw new ConfigError(variable, `expected ${expected}`);
  }
  if (!options.appToken && !options.signingSecret) {
    throw new ConfigError(
      "SLACK_SIGNING_SECRET",
      "required for HTTP mode; or set SLACK_APP_TOKEN to use Socket Mode (no public URL needed)",
    );
  }
}
