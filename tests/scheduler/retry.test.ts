import { describe, expect, it } from "vitest";
import { PlatformError } from "../../src/errors.js";
import { withPlatformRetry } from "../../src/scheduler/retry.js";

function policy(overrides: { deadline?: number; maxRetryAfterMs?: number } = {}) {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    policy: {
      attempts: 4,
      rateLimitRetries: 3,
      baseDelayMs: 100,
      maxRetryAfterMs: overrides.maxRetryAfterMs ?? 60_000,
      deadline: overrides.deadline,
      now: () => now,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        now += ms;
      },
    },
  };
}

function failing(errors: Error[]): () => Promise<string> {
  return async () => {
    const next = errors.shift();
    if (next) throw next;
    return "ok";
  };
}

describe("withPlatformRetry", () => {
  it("waits Retry-After on 429 and backs off on 5xx", async () => {
    const p = policy();
    const call = failing([
      new PlatformError("slack", "rate limited", { retryAfterMs: 3000 }),
      new PlatformError("slack", "HTTP 500"),
      new PlatformError("slack", "HTTP 502"),
    ]);
    await expect(withPlatformRetry(call, p.policy)).resolves.toBe("ok");
    expect(p.sleeps).toEqual([3000, 100, 200]);
  });

  it("counts 429s apart from failures, each within its own bound", async () => {
    const p = policy();
    const limited = () => new PlatformError("slack", "rate limited", { retryAfterMs: 1000 });
    const call = failing([limited(), new PlatformError("slack", "HTTP 500"), limited(), limited()]);
    await expect(withPlatformRetry(call, p.policy)).resolves.toBe("ok");
    expect(p.sleeps).toEqual([1000, 100, 1000, 1000]);
    const tooMany = policy();
    const last = limited();
    await expect(
      withPlatformRetry(failing([limited(), limited(), limited(), last]), tooMany.policy),
    ).rejects.toBe(last);
  });

  it("gives up after the attempts, with the last error", async () => {
    const p = policy();
    const errors = Array.from({ length: 6 }, (_, i) => new PlatformError("slack", `HTTP 500 #${i}`));
    await expect(withPlatformRetry(failing(errors), p.policy)).rejects.toThrow("HTTP 500 #3");
    expect(p.sleeps).toEqual([100, 200, 400]);
  });

  it("does not retry a permanent error or a non-platform error", async () => {
    const p = policy();
    const gone = new PlatformError("discord", "Unknown Channel", { permanent: true });
    await expect(withPlatformRetry(failing([gone]), p.policy)).rejects.toBe(gone);
    await expect(withPlatformRetry(failing([new TypeError("bug")]), p.policy)).rejects.toThrow("bug");
    expect(p.sleeps).toEqual([]);
  });

  it("does not wait past the lease deadline or an absurd Retry-After", async () => {
    const near = policy({ deadline: 1000 });
    const slow = new PlatformError("slack", "rate limited", { retryAfterMs: 5000 });
    await expect(withPlatformRetry(failing([slow]), near.policy)).rejects.toBe(slow);
    const capped = policy({ maxRetryAfterMs: 10_000 });
    const hour = new PlatformError("slack", "rate limited", { retryAfterMs: 3_600_000 });
    await expect(withPlatformRetry(failing([hour]), capped.policy)).rejects.toBe(hour);
    expect([...near.sleeps, ...capped.sleeps]).toEqual([]);
  });
});
