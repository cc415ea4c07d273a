import type { Clock, Timers } from "../clock.js";
import type { Logger } from "../runtime/logger.js";
import type { ClaimFence, Delivery, DeliveryLedger } from "../state/types.js";

/** Thrown when this owner no longer holds the claim, or would not hold it long enough. */
export class LeaseLostError extends Error {}

/** Thrown when a platform call ran past its time bound: whether it took effect is unknown. */
export class CallTimeoutError extends Error {}

export interface LeaseOptions {
  ledger: DeliveryLedger;
  clock: Clock;
  timers: Timers;
  logger: Logger;
  leaseMs: number;
  /** No platform call starts, and none is left running, this close to the lease's end. */
  marginMs: number;
  /** Each platform call is aborted after this long, renewed lease or not. */
  callTimeoutMs: number;
}

/**
 * Holds one claim while its digest is delivered: renews the lease (fenced by the claim's
 * attempt) every `min(lease / 3, margin)`, so a slow post never outlives it, and aborts the
 * call in flight as soon as the claim is lost or could no longer be renewed in time. A renewal
 * that fails for a passing database error is tried again at the next beat; the beat before
 * the margin runs out gives up. Every call runs through `call`, which bounds it in time.
 */
export class ClaimLease {
  readonly fence: ClaimFence;
  private leaseUntil: number;
  private readonly controller = new AbortController();
  private readonly beatMs: number;
  private beat: unknown;
  private stopped = false;
  private renewing = false;

  constructor(
    private readonly options: LeaseOptions,
    delivery: Delivery,
  ) {
    this.fence = { id: delivery.id, owner: delivery.owner, attempts: delivery.attempts };
    this.leaseUntil = delivery.leaseUntil?.getTime() ?? Number.POSITIVE_INFINITY;
    this.beatMs = Math.max(1, Math.min(Math.floor(options.leaseMs / 3), options.marginMs));
    this.schedule();
  }

  /** Aborted when the claim is lost. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Throws LeaseLostError unless the claim is held with more than the margin to spare. */
  check(): void {
    if (this.signal.aborted) throw this.signal.reason;
    if (this.options.clock.now().getTime() >= this.leaseUntil - this.options.marginMs) {
      this.lose("the claim's lease ran out before it could be renewed");
      throw this.signal.reason;
    }
  }

  /**
   * Runs one platform call under the claim: not started unless the claim is held, aborted
   * (and left behind, if the callee ignores its signal) after `callTimeoutMs` or when the
   * claim is lost.
   */
  async call<T>(what: string, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    this.check();
    const controller = new AbortController();
    const timeoutMs = this.options.callTimeoutMs;
    const timer = this.options.timers.setTimeout(
      () => controller.abort(new CallTimeoutError(`${what} took longer than ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    const onLost = () => controller.abort(this.signal.reason);
    this.signal.addEventListener("abort", onLost, { once: true });
    const aborted = new Promise<never>((_, reject) => {
      controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true });
    });
    try {
      return await Promise.race([run(controller.signal), aborted]);
    } finally {
      this.options.timers.clearTimeout(timer);
      this.signal.removeEventListener("abort", onLost);
      // The race's loser must not surface as an unhandled rejection.
      aborted.catch(() => undefined);
      if (!controller.signal.aborted) controller.abort(new Error("call finished"));
    }
  }

  /** Stops the heartbeat (the delivery is over, one way or another). */
  stop(): void {
    this.stopped = true;
    this.options.timers.clearTimeout(this.beat);
  }

  private lose(reason: string): void {
    if (!this.signal.aborted) this.controller.abort(new LeaseLostError(reason));
    this.stop();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.beat = this.options.timers.setTimeout(() => this.onBeat(), this.beatMs);
  }

  /**
   * One beat: the next is scheduled first, so a renewal that hangs (a database that stopped
   * answering) cannot stop the deadline check that aborts the call in time.
   */
  private onBeat(): Promise<void> | undefined {
    if (this.stopped) return undefined;
    this.schedule();
    if (this.options.clock.now().getTime() >= this.leaseUntil - this.options.marginMs) {
      this.lose("the claim's lease could not be renewed in time");
      return undefined;
    }
    if (this.renewing) return undefined;
    this.renewing = true;
    return this.renew().finally(() => {
      this.renewing = false;
    });
  }

  private async renew(): Promise<void> {
    const { ledger, leaseMs, logger } = this.options;
    try {
      const until = await ledger.renew(this.fence, leaseMs);
      if (this.stopped) return;
      if (!until) {
        this.lose("the claim was taken over or written off");
        return;
      }
      this.leaseUntil = until.getTime();
    } catch (error) {
      logger.warn({ digestId: this.fence.id, err: error }, "digest: lease renewal failed; trying again");
    }
  }
}
