import { webApi } from "@slack/bolt";
import { PlatformError } from "../../errors.js";

/** Slack errors that mean the channel is gone or the bot can no longer post there. */
const PERMANENT = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "channel_is_archived",
  "account_inactive",
  "restricted_action",
  "cannot_dm_bot",
  "user_not_found",
]);

/** Used when Slack rate-limits without a readable Retry-After. */
const DEFAULT_RETRY_AFTER_MS = 1000;

/**
 * Maps a Web API failure to a PlatformError the digest scheduler acts on: 429 carries
 * `retryAfterMs` from Retry-After, a channel that is gone is `permanent`, 5xx and network
 * failures are retryable.
 */
export function toPlatformError(error: unknown, what: string): PlatformError {
  const coded = error as Partial<webApi.WebAPICallError> & { message?: string };
  switch (coded.code) {
    case webApi.ErrorCode.RateLimitedError: {
      const seconds = (coded as webApi.WebAPIRateLimitedError).retryAfter;
      return new PlatformError("slack", `${what}: rate limited, retry after ${seconds}s`, {
        retryAfterMs: Number.isFinite(seconds) ? seconds * 1000 : DEFAULT_RETRY_AFTER_MS,
        cause: error,
      });
    }
    case webApi.ErrorCode.PlatformError: {
      const code = (coded as webApi.WebAPIPlatformError).data?.error ?? "unknown_error";
      if (code === "ratelimited") {
        return new PlatformError("slack", `${what}: ratelimited`, {
          retryAfterMs: DEFAULT_RETRY_AFTER_MS,
          cause: error,
        });
      }
      return new PlatformError("slack", `${what}: ${code}`, { permanent: PERMANENT.has(code), cause: error });
    }
    case webApi.ErrorCode.HTTPError: {
      const status = (coded as webApi.WebAPIHTTPError).statusCode;
      return new PlatformError("slack", `${what}: HTTP ${status}`, { cause: error });
    }
    default:
      return new PlatformError("slack", `${what}: ${coded.message ?? String(error)}`, { cause: error });
  }
}
