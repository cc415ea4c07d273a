import { App, HTTPReceiver, SocketModeReceiver, type webApi } from "@slack/bolt";
import type { Logger } from "../../runtime/logger.js";
import { boltLogger } from "./bolt-logger.js";
import type { SlackOptions } from "./options.js";

/** Replies retry a little, quickly: a person is waiting, and Bolt's default retries for 30 minutes. */
const REPLY_RETRIES: webApi.RetryOptions = { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 };

/** A Web API call that has not answered by then fails, so no reply or start-up waits forever. */
export const DEFAULT_API_TIMEOUT_MS = 10_000;

export type SlackMode = "socket" | "http";

export interface BoltSetup {
  app: App;
  mode: SlackMode;
  /** The Socket Mode client, whose connection events feed health(). */
  socket?: SocketModeReceiver["client"];
  /** HTTP mode: the receiver, whose request listener can also be mounted on another server. */
  http?: HTTPReceiver;
}

/** Web API client options; a fresh object each time, since the SDK mutates what it is given. */
export function webClientOptions(options: SlackOptions, logger: Logger, retryConfig?: webApi.RetryOptions) {
  // No `original` on request errors: it is the HTTP client's error, with the bearer token in its config.
  const out: webApi.WebClientOptions = {
    logger: boltLogger(logger),
    attachOriginalToWebAPIRequestError: false,
    timeout: options.apiTimeoutMs ?? DEFAULT_API_TIMEOUT_MS,
  };
  if (options.apiUrl) out.slackApiUrl = options.apiUrl;
  if (retryConfig) out.retryConfig = { ...retryConfig };
  return out;
}

/**
 * Builds the Bolt App with the receiver the options call for: Socket Mode when an app token is
 * set (no public URL needed), else HTTP with signature verification. Initialisation (auth.test)
 * is deferred to start(), so a bad token fails there with a clear error instead of in the background.
 */
export function createBoltApp(options: SlackOptions, logger: Logger): BoltSetup {
  const slackLogger = boltLogger(logger);
  const clientOptions = webClientOptions(options, logger, options.retryConfig ?? REPLY_RETRIES);
  if (options.appToken) {
    const receiver = new SocketModeReceiver({
      appToken: options.appToken,
      logger: slackLogger,
      // The receiver does not see the App's clientOptions: apps.connections.open needs its own.
      // Without a retryConfig it keeps retrying apps.connections.open while reconnecting.
      installerOptions: { clientOptions: webClientOptions(options, logger, options.retryConfig) },
      ...(options.socketPingTimeoutMs ? { clientPingTimeout: options.socketPingTimeoutMs } : {}),
      customPropertiesExtractor: (args: { envelope_id?: unknown }) => ({ envelopeId: args.envelope_id }),
    });
    const app = new App({
      token: options.botToken,
      receiver,
      clientOptions,
      logger: slackLogger,
      deferInitialization: true,
    });
    return { app, mode: "socket", socket: receiver.client };
  }
  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret ?? "",
    logger: slackLogger,
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  const app = new App({
    token: options.botToken,
    receiver,
    clientOptions,
    logger: slackLogger,
    deferInitialization: true,
  });
  return { app, mode: "http", http: receiver };
}
