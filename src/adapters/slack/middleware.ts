import type { AnyMiddlewareArgs, Context, Middleware } from "@slack/bolt";
import type { RecentIds } from "../../runtime/dedupe.js";
import type { Logger } from "../../runtime/logger.js";

/**
 * The id that makes a delivery the same one again: Slack retries an event with the same
 * event_id (x-slack-retry-num), and a command or click resent over Socket Mode keeps its
 * trigger_id; the envelope id covers anything else Socket Mode delivers twice.
 */
export function dedupeKey(body: unknown, context: Context): string | undefined {
  const b = body as { event_id?: unknown; trigger_id?: unknown };
  if (typeof b.event_id === "string" && b.event_id) return `event:${b.event_id}`;
  if (typeof b.trigger_id === "string" && b.trigger_id) return `trigger:${b.trigger_id}`;
  if (typeof context.envelopeId === "string" && context.envelopeId) return `envelope:${context.envelopeId}`;
  return undefined;
}

/**
 * First global middleware: while stopping, acknowledge and drop new deliveries; answer each
 * delivery once, acknowledging duplicates so Slack stops resending them.
 */
export function gate(options: {
  dedupe: RecentIds;
  isStopping: () => boolean;
  logger: Logger;
}): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    // Commands and actions carry ack(); events were acknowledged by Bolt already.
    const ack = (args as { ack?: () => Promise<void> }).ack;
    if (options.isStopping()) {
      await ack?.();
      return;
    }
    const key = dedupeKey(args.body, args.context);
    if (key !== undefined && !options.dedupe.firstSeen(key)) {
      options.logger.info(
        { platform: "slack", dedupe: key, retryNum: args.context.retryNum },
        "duplicate delivery ignored",
      );
      await ack?.();
      return;
    }
    await args.next();
  };
}
