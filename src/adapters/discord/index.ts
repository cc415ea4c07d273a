import { type Client, Events } from "discord.js";
import { BriefbotError, ConfigError, PlatformError } from "../../errors.js";
import { RecentIds } from "../../runtime/dedupe.js";
import type { AdapterDeps, AdapterHealth, ChatAdapter } from "../types.js";
import { type ClientSettings, createClient, GatewayHealth } from "./client.js";
import { DiscordHandlers } from "./handlers.js";
import { DiscordDigestPoster } from "./poster.js";

export { briefCommand } from "./commands.js";
export { DiscordDigestPoster, digestNonce, digestTag } from "./poster.js";
export { registerCommands } from "./register.js";
export { renderReply } from "./render.js";

export interface DiscordOptions extends ClientSettings {
  /** The bot token (DISCORD_TOKEN). Never logged. */
  token: string;
  /** The application id (DISCORD_APPLICATION_ID); only command registration needs it. */
  applicationId?: string;
  /** How long an interaction or message id is remembered for dedupe. */
  dedupeWindowMs?: number;
  /** How long login (GET /gateway/bot, then the gateway's READY) may take (default 30 s). */
  startTimeoutMs?: number;
}

const DEFAULT_START_TIMEOUT_MS = 30_000;

/** The Discord adapter: slash commands, DMs and feedback buttons over the gateway, digests over REST. */
export function createDiscordAdapter(
  deps: AdapterDeps,
  options: DiscordOptions,
): ChatAdapter & {
  readonly poster: DiscordDigestPoster;
  /** The underlying client, for tests and diagnostics. */
  readonly client: Client;
} {
  if (!options.token.trim())
    throw new ConfigError("DISCORD_TOKEN", "the bot token from the Discord Developer Portal");
  return new DiscordAdapter(deps, options);
}

class DiscordAdapter implements ChatAdapter {
  readonly name = "discord" as const;
  readonly poster: DiscordDigestPoster;
  readonly client: Client;
  private readonly handlers: DiscordHandlers;
  private readonly health_: GatewayHealth;
  private readonly inFlight = new Set<Promise<void>>();
  private accepting = false;

  constructor(
    private readonly deps: AdapterDeps,
    private readonly options: DiscordOptions,
  ) {
    this.client = createClient(options);
    this.handlers = new DiscordHandlers(deps, new RecentIds(options.dedupeWindowMs));
    this.poster = new DiscordDigestPoster({
      token: options.token,
      ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
    });
    this.health_ = new GatewayHealth(this.client, (h) =>
      deps.logger[h.connected ? "info" : "warn"]({ platform: "discord", ...h }, "discord gateway link"),
    );
    this.client.on(Events.InteractionCreate, (interaction) =>
      this.track(() => this.handlers.onInteraction(interaction)),
    );
    this.client.on(Events.MessageCreate, (message) => this.track(() => this.handlers.onMessage(message)));
    this.client.on(Events.Error, (err) =>
      deps.logger.error({ err, platform: "discord" }, "discord client error"),
    );
    this.client.on(Events.ShardError, (err) =>
      deps.logger.warn({ err, platform: "discord" }, "discord gateway error"),
    );
  }

  async start(): Promise<void> {
    this.accepting = true;
    const limitMs = this.options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
    const where = this.options.apiUrl ?? "https://discord.com/api";
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new PlatformError(
              "discord",
              `Discord did not answer within ${limitMs / 1000} s (GET /gateway/bot at ${where}, then the gateway)`,
            ),
          ),
        limitMs,
      );
    });
    try {
      await Promise.race([this.client.login(this.options.token), late]);
    } catch (thrown) {
      this.accepting = false;
      this.health_.down("login failed");
      // A login still retrying in the background must stop.
      await this.client.destroy().catch(() => undefined);
      throw loginError(thrown, where);
    } finally {
      clearTimeout(timer);
    }
  }

  async stop(): Promise<void> {
    this.accepting = false;
    await Promise.allSettled([...this.inFlight]);
    await this.client.destroy();
    this.health_.down("stopped");
  }

  health(): AdapterHealth {
    return this.health_.current;
  }

  /** Runs a handler unless stopping, and remembers it so stop() can wait for it. */
  private track(handle: () => Promise<void>): void {
    if (!this.accepting) return;
    const running = handle()
      .catch((err: unknown) => {
        this.deps.metrics.errors.inc({ platform: "discord" });
        this.deps.logger.error({ err, platform: "discord" }, "discord handler escaped its boundary");
      })
      .finally(() => this.inFlight.delete(running));
    this.inFlight.add(running);
  }
}

/** Only a refused token blames the token; a network failure says where it could not reach. */
function loginError(thrown: unknown, where: string): BriefbotError {
  if (thrown instanceof BriefbotError) return thrown;
  const code = (thrown as { code?: unknown }).code;
  const status = (thrown as { status?: unknown }).status;
  // discord.js: TokenInvalid (401 on /gateway/bot), TokenMissing; a 401 from any call.
  if (code === "TokenInvalid" || code === "TokenMissing" || status === 401) {
    return new ConfigError("DISCORD_TOKEN", "Discord refused the bot token (401); check it");
  }
  const reason = networkReason(thrown);
  return new PlatformError(
    "discord",
    `could not reach Discord at ${where} (${reason}); check DISCORD_API_URL and the network`,
    { cause: thrown },
  );
}

/** The innermost useful reason of a fetch failure: "getaddrinfo ENOTFOUND host", not "fetch failed". */
function networkReason(thrown: unknown): string {
  let error: unknown = thrown;
  for (let depth = 0; depth < 4; depth++) {
    const cause = (error as { cause?: unknown })?.cause;
    if (!(cause instanceof Error)) break;
    error = cause;
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}
