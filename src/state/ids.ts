import { createHash, randomBytes } from "node:crypto";
import { BriefbotError } from "../errors.js";

/**
 * The deterministic id of one digest: the same subscription and scheduled time always give
 * the same id, on every replica. 25 characters (`dg_` + 22 base64url chars, 132 bits), so it
 * fits a Discord message nonce (at most 25) and Slack message metadata.
 */
export function digestIdFor(subscriptionId: string, scheduledFor: Date): string {
  const time = scheduledFor.getTime();
  if (!Number.isFinite(time)) {
    throw new BriefbotError("STATE_ERROR", `digestIdFor: invalid scheduled time for ${subscriptionId}`);
  }
  const hash = createHash("sha256").update(`${subscriptionId}\n${time}`).digest("base64url");
  return `dg_${hash.slice(0, 22)}`;
}

/** A new random subscription id, short enough to read in `briefbot subscriptions`. */
export function newSubscriptionId(): string {
  return `sub_${randomBytes(12).toString("base64url")}`;
}
