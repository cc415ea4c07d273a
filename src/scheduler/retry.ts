import { PlatformError } from "../errors.js";

export interface RetryPolicy {
  /** Attempts in all after 5xx or network errors, the first included. */
  attempts: number;
  /** Retries after 429s: the platform says when, so these are bounded by count and deadline. */
  rateLimitRetries: number;
  /** First backoff after a 5xx or network error; doubles each time. */
  baseDelayMs: number;
  /** A Retry-After longer than this is not waited for (the run fails and is retried later). */
  maxRetryAfterMs: number;
  /** No retry may start after this instant (the claim's lease), so two owners never overlap. */
  deadline?: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: Omit<RetryPolicy, "now" | "sleep"> = {
  attempts: 5,
  rateLimitRetries: 20,
  baseDelayMs: 1000,
  maxRetryAfterMs: 120_000,
};

/**
 * Runs a platform call with bounded retries: a 429 waits its Retry-After, a 5xx or network
 * error backs off exponentially, a permanent error (channel gone, bot removed) and anything
 * that is not a PlatformError are thrown at once. No wait runs past the deadline.
 */
export async function withPlatformRetry<T>(call: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  let failures = 0;
  let rateLimited = 0;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof PlatformError) || error.permanent) throw error;
      let wait: number;
      if (error.retryAfterMs !== undefined) {
        rateLimited++;
        if (rateLimited > policy.rateLimitRetries || error.retryAfterMs > policy.maxRetryAfterMs) throw error;
        wait = error.retryAfterMs;
      } else {
        failures++;
        if (failures >= policy.attempts) throw error;
        wait = policy.baseDelayMs * 2 ** (failures - 1);
      }
      if (policy.deadline !== undefined && policy.now() + wait >= policy.deadline) throw error;
      await policy.sleep(wait);
    }
  }
}
