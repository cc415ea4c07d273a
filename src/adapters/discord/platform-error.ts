import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
import { PlatformError } from "../../errors.js";

/** Discord JSON error codes meaning "this channel is not ours to post in any more". */
const PERMANENT_CODES = new Set([
  10003, // Unknown Channel
  10004, // Unknown Guild
  10008, // Unknown Message (a thread parent that was deleted)
  50001, // Missing Access
  50013, // Missing Permissions
  50007, // Cannot send messages to this user
]);

const DEFAULT_RETRY_MS = 1000;

/**
 * Maps what @discordjs/rest throws to a PlatformError the digest scheduler understands:
 * 429 carries retryAfterMs, a gone channel or a removed bot is permanent, 5xx is retryable.
 */
export function toPlatformError(thrown: unknown, what: string): PlatformError {
  if (thrown instanceof PlatformError) return thrown;
  if (thrown instanceof RateLimitError) {
    // @discordjs/rest reads the Retry-After header (Discord always sends it); without it, the
    // bucket's reset time, and failing that a cautious second rather than an immediate retry.
    const retryAfterMs =
      thrown.retryAfter > 0
        ? thrown.retryAfter
        : thrown.timeToReset > 0
          ? thrown.timeToReset
          : DEFAULT_RETRY_MS;
    return new PlatformError("discord", `${what}: rate limited by Discord (retry after ${retryAfterMs} ms)`, {
      retryAfterMs,
      cause: thrown,
    });
  }
  if (thrown instanceof DiscordAPIError) {
    const code = typeof thrown.code === "number" ? thrown.code : Number(thrown.code);
    const permanent = PERMANENT_CODES.has(code) || thrown.status === 403 || thrown.status === 404;
    return new PlatformError("discord", `${what}: Discord said ${thrown.status} ${code} ${thrown.message}`, {
      permanent,
      cause: thrown,
    });
  }
  if (thrown instanceof HTTPError) {
    return new PlatformError("discord", `${what}: Discord answered HTTP ${thrown.status}`, {
      permanent: thrown.status === 403 || thrown.status === 404,
      cause: thrown,
    });
  }
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new PlatformError("discord", `${what}: ${message}`, { cause: thrown });
}
