import type { Clock } from "../../clock.js";
import type { Logger } from "../../runtime/logger.js";
import type { AdapterHealth } from "../types.js";

/** The emitter side of the Socket Mode client that health listens to. */
export interface ConnectionEvents {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

/**
 * The state of the Slack link, for /healthz and the logs: a dropped Socket Mode connection shows
 * as down ("reconnecting since …") until the client has its `hello` again.
 */
export class LinkHealth {
  private state: AdapterHealth = { connected: false, detail: "not started" };
  private downSince: Date | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  get current(): AdapterHealth {
    return { ...this.state };
  }

  up(detail: string): void {
    const was = this.state.connected;
    this.downSince = undefined;
    this.state = { connected: true, detail };
    if (!was) this.logger.info({ platform: "slack", link: "up" }, detail);
  }

  down(what: string): void {
    const was = this.state.connected;
    this.downSince ??= this.clock.now();
    this.state = { connected: false, detail: `${what} since ${this.downSince.toISOString()}` };
    if (was) this.logger.warn({ platform: "slack", link: "down" }, this.state.detail);
  }

  stopped(): void {
    this.downSince = undefined;
    this.state = { connected: false, detail: "stopped" };
  }

  /** Follows a SocketModeClient's connection events. */
  watchSocket(client: ConnectionEvents): void {
    client.on("connected", () => this.up("socket mode connected"));
    client.on("connecting", () => {
      if (this.state.connected || this.downSince) this.down("socket mode reconnecting");
      else this.down("socket mode connecting");
    });
    client.on("reconnecting", () => this.down("socket mode reconnecting"));
    // The client emits `close` when the socket drops, before it waits to reconnect.
    client.on("close", () => this.down("socket mode disconnected, reconnecting"));
    client.on("disconnected", () => this.down("socket mode disconnected"));
  }
}
