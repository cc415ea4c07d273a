import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { webApi } from "@slack/bolt";
import { type Clock, systemClock } from "../../clock.js";
import type { DigestPoster } from "../../digest/types.js";
import { BriefbotError, ConfigError, PlatformError } from "../../errors.js";
import { RecentIds } from "../../runtime/dedupe.js";
import { safeError } from "../safe-error.js";
import type { AdapterDeps, AdapterHealth, ChatAdapter } from "../types.js";
import { createBoltApp, type SlackMode, webClientOptions } from "./app.js";
import { registerHandlers } from "./handlers.js";
import { LinkHealth } from "./health.js";
import { InFlight } from "./inflight.js";
import { gate } from "./middleware.js";
import { type SlackOptions, validateSlackOptions } from "./options.js";
import { ChannelPermissions } from "./permissions.js";
import { toPlatformError } from "./platform-errors.js";
import { SlackDigestPoster } from "./poster.js";
import { guardSlackRequests, screenSlackRequest } from "./request-guard.js";
import { keepReconnecting } from "./socket-resilience.js";

export type { SlackOptions } from "./options.js";
export { SlackDigestPoster } from "./poster.js";
export { renderReply } from "./render.js";

/** The Slack adapter: a ChatAdapter that can also post digests. */
export interface SlackAdapter extends ChatAdapter {
  readonly name: "slack";
  readonly mode: SlackMode;
  readonly poster: DigestPoster;
  /** HTTP mode: where the receiver listens (Slack's requests go to /slack/events). */
  address(): AddressInfo | undefined;
  /**
   * HTTP mode: handles a request for SLACK_EVENTS_PATH on another server (with `listen: false`),
   * verifying its signature like the adapter's own port would. Undefined in Socket Mode.
   */
  readonly httpRequestListener?: (req: IncomingMessage, res: ServerResponse) => void;
}

/** Where Slack sends events, commands and button clicks in HTTP mode. */
export const SLACK_EVENTS_PATH = "/slack/events";

/**
 * Creates the Slack adapter on the real Bolt App: `/brief`, DMs, @mentions (answered in
 * threads) and feedback buttons, over Socket Mode when `appToken` is set, else HTTP.
 * Options are checked here; nothing connects until start().
 */
export function createSlackAdapter(deps: AdapterDeps, options: SlackOptions): SlackAdapter {
  validateSlackOptions(options);
  const clock = options.clock ?? systemClock;
  const logger = deps.logger.child({ platform: "slack" });
  const { app, mode, socket, http } = createBoltApp(options, logger);
  const health = new LinkHealth(clock, logger);
  const inflight = new InFlight();
  const dedupe = new RecentIds(options.dedupeWindowMs ?? 10 * 60_000, () => clock.now().getTime());
  let stopping = false;
  let started = false;
  let server: Server | undefined;
  // HTTP mode: only /slack/events goes to Bolt, and only requests whose headers pass the screen.
  const screened = http
    ? guardSlackRequests(http.requestListener, clock, (refusal) =>
        logger.warn({ status: refusal.status, reason: refusal.reason }, "slack request refused"),
      )
    : undefined;
  const guarded = screened
    ? (req: IncomingMessage, res: ServerResponse) => {
        const path = new URL(req.url ?? "/", "http://localhost").pathname;
        if (path !== SLACK_EVENTS_PATH || req.method !== "POST") {
          res.writeHead(404).end();
          return;
        }
        screened(req, res);
      }
    : undefined;

  app.use(gate({ dedupe, isStopping: () => stopping, logger }));
  registerHandlers(app, { deps, permissions: new ChannelPermissions(options.managers, logger), inflight });
  // Last resort for errors outside our handlers' own boundaries (middleware, Bolt itself).
  app.error(async (error) => {
    deps.metrics.errors.inc({ platform: "slack" });
    logger.error({ platform: "slack", err: safeError(error) }, "slack app error");
  });
  if (socket) {
    health.watchSocket(socket);
    keepReconnecting(socket, logger);
  }

  // Digests: no SDK retries, and 429s rejected, so the scheduler decides when to retry.
  const posterClient = new webApi.WebClient(options.botToken, {
    ...webClientOptions(options, logger, { retries: 0 }),
    rejectRateLimitedCalls: true,
  });
  const poster = new SlackDigestPoster(posterClient);

  return {
    name: "slack",
    mode,
    poster,

    async start() {
      if (started) return;
      stopping = false;
      const limitMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
      const where = options.apiUrl ?? "https://slack.com/api/";
      try {
        await deadline(
          app.init(),
          limitMs,
          `Slack did not answer auth.test at ${where} within ${limitMs / 1000} s`,
        );
      } catch (error) {
        throw startError(error, "SLACK_BOT_TOKEN", "auth.test", where);
      }
      try {
        if (mode === "socket") {
          await deadline(
            app.start(),
            limitMs,
            `Slack Socket Mode did not open within ${limitMs / 1000} s (apps.connections.open at ${where}, then its WebSocket)`,
          );
        } else if (options.listen === false) {
          health.up("http mode, served on the runtime's port");
        } else if (guarded) {
          // Our own server, not Bolt's: requests are screened before Bolt reads their bodies.
          server = await listen(guarded, options.port ?? 3000, options.host, clock);
          const at = server.address() as AddressInfo;
          health.up(`http mode listening on port ${at.port}`);
        }
      } catch (error) {
        // A Socket Mode client still retrying in the background must stop.
        if (socket)
          await withTimeout(
            socket.disconnect().catch(() => undefined),
            5000,
          );
        throw startError(
          error,
          "SLACK_APP_TOKEN",
          mode === "socket" ? "apps.connections.open" : "listen",
          where,
        );
      }
      started = true;
      logger.info({ platform: "slack", mode }, "slack adapter started");
    },

    async stop() {
      if (!started) return;
      stopping = true;
      const drained = await inflight.drain(options.stopTimeoutMs ?? 10_000);
      if (!drained)
        logger.warn({ platform: "slack", inflight: inflight.size }, "stopping with replies still running");
      if (socket) await withTimeout(socket.disconnect(), 5000);
      else if (server) await closeServer(server);
      server = undefined;
      started = false;
      health.stopped();
      logger.info({ platform: "slack" }, "slack adapter stopped");
    },

    ...(guarded ? { httpRequestListener: guarded } : {}),

    health(): AdapterHealth {
      return health.current;
    },

    address() {
      return server?.address() as AddressInfo | undefined;
    },
  };
}

/** Listens on `port` (and `host`), rejecting on EADDRINUSE and the like. */
function listen(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  port: number,
  host: string | undefined,
  clock: Clock,
): Promise<Server> {
  const server = createServer(listener);
  // "Expect: 100-continue": invite the body only when the headers pass the screen; Node's
  // default would invite every body, refused ones included.
  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    if (!screenSlackRequest(req, clock.now().getTime())) res.writeContinue();
    listener(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeIdleConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Waits for `promise`, but no longer than `ms` (a close handshake that never completes). */
async function withTimeout(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/** How long each start-up step may take: a Slack that accepts connections and never answers. */
const DEFAULT_START_TIMEOUT_MS = 30_000;

/** Rejects with a PlatformError saying what did not answer when `promise` takes longer than `ms`. */
async function deadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PlatformError("slack", what)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A start-up failure a person can act on: a rejected token names its variable, never its value. */
function startError(error: unknown, tokenVariable: string, step: string, where: string): BriefbotError {
  const slackCode = (error as { data?: { error?: unknown } }).data?.error;
  if (slackCode === "invalid_auth" || slackCode === "not_authed" || slackCode === "token_revoked") {
    return new ConfigError(tokenVariable, `Slack rejected the token at ${step} (${slackCode}); check it`);
  }
  if (error instanceof BriefbotError) return error;
  // The network, not the token: say where we tried, so a proxy or DNS problem is recognisable.
  if ((error as { code?: unknown }).code === webApi.ErrorCode.RequestError) {
    const reason = (error as Error).message.replace(/^A request error occurred: /, "");
    return new PlatformError(
      "slack",
      `could not reach Slack at ${where} for ${step} (${reason}); check SLACK_API_URL and the network`,
      { cause: error },
    );
  }
  return toPlatformError(error, `slack start (${step})`);
}
