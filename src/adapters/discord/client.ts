import { Client, type ClientOptions, Events, GatewayIntentBits, Partials } from "discord.js";
import type { AdapterHealth } from "../types.js";

/** How long one REST call may take before it fails. */
export const DEFAULT_REST_TIMEOUT_MS = 10_000;

export interface ClientSettings {
  /** The REST base ("http://127.0.0.1:PORT/api" in tests); Discord's own by default. */
  apiUrl?: string;
  /** Extra discord.js options (tests shorten timeouts); intents and mentions are not overridable. */
  clientOptions?: Partial<Omit<ClientOptions, "intents" | "allowedMentions">>;
}

/**
 * A discord.js Client with the least it needs: Guilds (to receive interactions in servers)
 * and DirectMessages. DMs carry their content without the privileged MessageContent intent.
 * Partials.Channel lets a DM arrive for a channel the bot has not cached yet.
 */
export function createClient(settings: ClientSettings = {}): Client {
  const extra = settings.clientOptions ?? {};
  return new Client({
    ...extra,
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    // Every REST call has a deadline; one retry, so a dead API fails in seconds, not a minute.
    rest: {
      timeout: DEFAULT_REST_TIMEOUT_MS,
      retries: 1,
      ...extra.rest,
      ...(settings.apiUrl ? { api: settings.apiUrl } : {}),
    },
  });
}

/**
 * Whether the gateway link is up, from the client's shard events, so /healthz shows a
 * dropped connection instead of a bot that silently stopped hearing.
 */
export class GatewayHealth {
  private state: AdapterHealth = { connected: false, detail: "not started" };

  constructor(
    client: Client,
    private readonly onChange: (health: AdapterHealth) => void = () => {},
  ) {
    client.on(Events.ShardReady, () => this.set(true, "gateway connected"));
    client.on(Events.ShardResume, () => this.set(true, "gateway connected (resumed)"));
    client.on(Events.ShardReconnecting, () => this.down(`reconnecting since ${new Date().toISOString()}`));
    client.on(Events.ShardDisconnect, (event) =>
      this.down(`disconnected (close code ${event.code}) since ${new Date().toISOString()}`),
    );
  }

  get current(): AdapterHealth {
    return { ...this.state };
  }

  /** Marks the link down for a reason of our own ("stopped", "login failed"). */
  down(detail: string): void {
    this.set(false, detail);
  }

  private set(connected: boolean, detail: string): void {
    // A reconnect in progress keeps its first "since": repeated attempts do not reset it.
    if (
      !connected &&
      !this.state.connected &&
      this.state.detail.startsWith("reconnecting") &&
      detail.startsWith("reconnecting")
    )
      return;
    this.state = { connected, detail };
    this.onChange(this.current);
  }
}
