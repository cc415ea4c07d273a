import type { SocketModeReceiver } from "@slack/bolt";
import type { Logger } from "../../runtime/logger.js";
import { safeError } from "../safe-error.js";

type SocketClient = SocketModeReceiver["client"];

/**
 * The Socket Mode client reconnects after a dropped socket, but when its reconnect attempt
 * fails outright (Slack answering 5xx to apps.connections.open, the network still down once its
 * retries run out) the rejection is unhandled and would end the process. After the first
 * successful start, such a failure is logged and turned into another delayed attempt instead
 * (the client waits longer after each consecutive failure).
 */
export function keepReconnecting(client: SocketClient, logger: Logger): void {
  const start = client.start.bind(client);
  let connectedOnce = false;
  client.start = async () => {
    try {
      const result = await start();
      connectedOnce = true;
      return result;
    } catch (error) {
      if (!connectedOnce) throw error;
      logger.warn({ platform: "slack", err: safeError(error) }, "socket mode reconnect failed; trying again");
      // The client's own `close` handler schedules the next attempt unless it is shutting down.
      client.emit("close");
      return undefined as unknown as Awaited<ReturnType<SocketClient["start"]>>;
    }
  };
}
