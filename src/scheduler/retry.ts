import { PlatformError } from "../errors.js";

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
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
  baseDelayMs: 1000,
  maxRetryAfterMs: 120_000,
};

/**
 * Runs a platform call with bounded retries: a 429 waits its Retry-After, a 5xx or network
 * error backs off exponentially, a permanent error (channel gone, bot removed) and anything
 * that is not a PlatformError are thrown at once.
 */
export async function withPlatformRetry<T>(call: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof PlatformError) || error.permanent || attempt >= policy.attempts) throw error;
      const wait =
        error.retryAfterMs !== undefined ? error.retryAfterMs : policy.baseDelayMs * 2 ** (attempt - 1);
      if (error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxRetryAfterMs) throw error;
      if (policy.deadline !== undefined && policy.now() + wait >= policy.deadline) throw error;
      await policy.sleep(wait);
    }
  }
}
