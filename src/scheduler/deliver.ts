import type { BriefingStore } from "../briefing/types.js";
import type { Clock, Timers } from "../clock.js";
import {
  composeDigest,
  correctionReplies,
  digestToReply,
  isQuiet,
  supersededReplies,
} from "../digest/compose.js";
import type { DigestPoster } from "../digest/types.js";
import { PlatformError } from "../errors.js";
import type { Logger } from "../runtime/logger.js";
import type { BotMetrics } from "../runtime/metrics.js";
import type { Delivery, StateStore, Subscription } from "../state/types.js";
import { CallTimeoutError, ClaimLease, LeaseLostError } from "./lease.js";
import { DEFAULT_RETRY, type RetryPolicy, withPlatformRetry } from "./retry.js";

export interface DeliverDeps {
  state: StateStore;
  briefings: BriefingStore;
  posters: readonly DigestPoster[];
  clock: Clock;
  timers: Timers;
  logger: Logger;
  metrics?: BotMetrics;
  retry?: Partial<Omit<RetryPolicy, "now" | "sleep" | "deadline">>;
  sleep: (ms: number) => Promise<void>;
  /** The lease a claim is renewed to while its digest is delivered. */
  leaseMs: number;
  /** Time kept in hand before the lease ends: no platform call starts or runs inside it. */
  leaseMarginMs: number;
  /** Each platform call (lookup, post, thread reply) is aborted after this long. */
  callTimeoutMs: number;
  /** findTagged looks this far before the run's first claim, for clocks that disagree. */
  lookupSkewMs: number;
}

export type DeliverOutcome =
  | "sent"
  | "recovered"
  | "skipped"
  | "failed"
  | "paused"
  | "lease-lost"
  | "written-off";

/** How a delivery that had a later run overtake it ends. */
export type OvertakenOutcome = "recovered" | "written-off" | "failed" | "lease-lost";

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function logFor(deps: DeliverDeps, sub: Subscription, delivery: Delivery, late: boolean): Logger {
  return deps.logger.child({
    subscriptionId: sub.id,
    digestId: delivery.id,
    scheduledFor: delivery.scheduledFor.toISOString(),
    platform: sub.platform,
    channelId: sub.channelId,
    attempt: delivery.attempts,
    late,
  });
}

/** Everything a delivery needs, or an error saying what is missing. */
function prepare(deps: DeliverDeps, sub: Subscription, delivery: Delivery) {
  const poster = deps.posters.find((p) => p.platform === sub.platform);
  if (!poster) throw new Error(`no ${sub.platform} adapter is running to post this digest`);
  const lease = new ClaimLease(
    {
      ledger: deps.state.deliveries,
      clock: deps.clock,
      timers: deps.timers,
      logger: deps.logger,
      leaseMs: deps.leaseMs,
      marginMs: deps.leaseMarginMs,
      callTimeoutMs: deps.callTimeoutMs,
    },
    delivery,
  );
  // Retries (429 waits, 5xx backoff) start only within the claim's first lease: a run that
  // keeps failing is given back to the next sync rather than held for ever by renewals.
  const firstLeaseEnd = delivery.leaseUntil?.getTime() ?? Number.POSITIVE_INFINITY;
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY,
    ...deps.retry,
    deadline: firstLeaseEnd - deps.leaseMarginMs,
    now: () => deps.clock.now().getTime(),
    sleep: deps.sleep,
  };
  const target = { workspaceId: sub.workspaceId, channelId: sub.channelId };
  const since = new Date(delivery.createdAt.getTime() - deps.lookupSkewMs);
  const findTagged = () =>
    withPlatformRetry(
      () =>
        lease.call("the lookup of an earlier post", (signal) =>
          poster.findTagged(target, delivery.id, { since, signal }),
        ),
      policy,
    );
  return { poster, lease, policy, target, findTagged };
}

/**
 * Delivers one claimed run: looks for a message already tagged with the digest id (a crash
 * after posting but before recording must not post twice), composes against what the channel
 * received, posts, posts corrections in the old digests' threads, and records the delivery.
 * The claim is renewed while this runs and every platform call is bounded in time; the record
 * is fenced by the claim, so an owner that lost it records nothing. Never throws: the outcome
 * is returned and logged.
 */
export async function deliverClaimed(
  deps: DeliverDeps,
  sub: Subscription,
  delivery: Delivery,
  late: boolean,
): Promise<DeliverOutcome> {
  const { state, clock } = deps;
  const log = logFor(deps, sub, delivery, late);
  const count = (outcome: string) => deps.metrics?.digests.inc({ platform: sub.platform, outcome });
  let lease: ClaimLease | undefined;
  let posting = false;

  try {
    const briefing = deps.briefings.get(sub.briefingId);
    if (!briefing) throw new Error(`briefing "${sub.briefingId}" is not loaded`);
    const prepared = prepare(deps, sub, delivery);
    lease = prepared.lease;
    const { poster, policy, target } = prepared;

    const already = await prepared.findTagged();
    const delivered = await state.deliveries.deliveredFacts(sub.id);
    const digest = composeDigest(briefing, {
      lang: sub.lang,
      now: clock.now(),
      delivered,
      timezone: sub.timezone,
    });
    const facts = digest.facts.map((f) => ({ ...f, message: null }));
    if (!already && sub.quiet === "skip" && isQuiet(digest)) {
      // Nothing new and the channel asked for silence: the run is recorded, nothing is posted.
      if (!(await state.deliveries.writeOff(lease.fence, "skipped", "nothing new (quiet=skip)")))
        throw lostAfterPost();
      log.info({ outcome: "skipped" }, "digest: nothing new, not posted (quiet=skip)");
      count("skipped");
      return "skipped";
    }
    if (already) {
      // Posted before a crash: record it, and do not post again (its corrections went with it).
      if (!(await state.deliveries.markSent(lease.fence, already, facts))) throw lostAfterPost();
      log.info(
        { outcome: "recovered", messageId: already.messageId },
        "digest: found already posted, recorded",
      );
      count("sent");
      return "recovered";
    }
    posting = true;
    const ref = await withPlatformRetry(
      () =>
        lease!.call("the post", (signal) =>
          poster.post(target, digestToReply(digest), delivery.id, { signal }),
        ),
      policy,
    );
    posting = false;
    for (const c of [...correctionReplies(digest), ...supersededReplies(digest)]) {
      try {
        await withPlatformRetry(
          () =>
            lease!.call("a correction reply", (signal) =>
              poster.postInThread(target, c.parent, c.reply, { signal }),
            ),
          policy,
        );
      } catch (error) {
        // The digest itself carries the correction; a lost thread reply is logged, not retried.
        log.warn({ factId: c.factId, err: error }, "digest: correction thread reply failed");
      }
    }
    if (!(await state.deliveries.markSent(lease.fence, ref, facts))) {
      // Renewals failed for longer than the margin and another owner took the run over: it
      // looks for this tag before posting, so it records this message unless it posted first.
      log.error(
        { outcome: "lease-lost", messageId: ref.messageId },
        "digest: posted, but the claim had been taken over; the new owner records it",
      );
      count("failed");
      return "lease-lost";
    }
    log.info(
      {
        outcome: "sent",
        messageId: ref.messageId,
        corrections: digest.corrections.length,
        added: digest.added.length,
      },
      "digest: sent",
    );
    count("sent");
    return "sent";
  } catch (error) {
    return await settleFailure(deps, sub, delivery, lease, error, posting, log, count);
  } finally {
    lease?.stop();
  }
}

function lostAfterPost(): LeaseLostError {
  return new LeaseLostError("the claim was taken over before the delivery could be recorded");
}

async function settleFailure(
  deps: DeliverDeps,
  sub: Subscription,
  delivery: Delivery,
  lease: ClaimLease | undefined,
  error: unknown,
  posting: boolean,
  log: Logger,
  count: (outcome: string) => void,
): Promise<DeliverOutcome> {
  const { state } = deps;
  const fence = lease?.fence ?? { id: delivery.id, owner: delivery.owner, attempts: delivery.attempts };
  if (error instanceof LeaseLostError) {
    // Another owner may hold the run now: leave the ledger to it.
    log.warn({ outcome: "lease-lost", reason: error.message }, "digest: claim lost; left to the next owner");
    count("failed");
    return "lease-lost";
  }
  const reason = message(error);
  if (error instanceof PlatformError && error.permanent) {
    await state.subscriptions
      .pause(sub.id, reason)
      .catch((e: unknown) => log.error({ err: e }, "digest: pause failed"));
    await state.deliveries.markFailed(fence, reason).catch(() => undefined);
    log.warn({ outcome: "paused", reason }, "digest: channel unreachable, subscription paused");
    count("paused");
    return "paused";
  }
  // A post that timed out may still land: hold the slot for a lease, so the next try finds
  // the late message by its tag instead of posting a second one.
  const unknown = posting && error instanceof CallTimeoutError;
  const retryAfter = unknown ? new Date(deps.clock.now().getTime() + deps.leaseMs) : undefined;
  const recorded = unknown
    ? `${reason}; it may have been posted, so it is looked up before any retry`
    : reason;
  await state.deliveries
    .markFailed(fence, recorded, { retryAfter })
    .catch((e: unknown) => log.error({ err: e }, "digest: markFailed failed"));
  log.error({ outcome: "failed", err: error }, "digest: delivery failed; retried at the next sync");
  count("failed");
  return "failed";
}

/**
 * Settles a run that a later run overtook (its owner stopped mid-delivery, or it failed and
 * the schedule moved on): the claim is taken over first. If its message is found by its tag,
 * the send is recorded (the later digest's record of facts stands); otherwise it is written
 * off as skipped, with why. Posting it now, after a newer digest, would only repeat that one.
 */
export async function settleOvertaken(
  deps: DeliverDeps,
  sub: Subscription,
  delivery: Delivery,
  previous: Delivery,
  supersededBy: Date,
): Promise<OvertakenOutcome> {
  const log = logFor(deps, sub, delivery, true);
  let lease: ClaimLease | undefined;
  try {
    const prepared = prepare(deps, sub, delivery);
    lease = prepared.lease;
    const found = await prepared.findTagged();
    if (found) {
      if (!(await deps.state.deliveries.markSent(lease.fence, found, []))) throw lostAfterPost();
      log.info(
        { outcome: "recovered", messageId: found.messageId },
        "digest: overtaken run had been posted; recorded",
      );
      return "recovered";
    }
    const why =
      previous.status === "claimed"
        ? `its owner ${previous.owner ?? "?"} stopped before finishing (lease ran out at ${previous.leaseUntil?.toISOString() ?? "?"})`
        : `its last try failed: ${previous.error ?? "unknown error"}`;
    const reason = `not posted: ${why}; superseded by the run at ${supersededBy.toISOString()}`;
    if (!(await deps.state.deliveries.writeOff(lease.fence, "skipped", reason))) throw lostAfterPost();
    log.warn({ outcome: "written-off", reason }, "digest: overtaken run written off");
    deps.metrics?.digests.inc({ platform: sub.platform, outcome: "skipped" });
    return "written-off";
  } catch (error) {
    if (error instanceof LeaseLostError) return "lease-lost";
    const fence = lease?.fence ?? delivery;
    await deps.state.deliveries.markFailed(fence, message(error)).catch(() => undefined);
    log.error({ err: error }, "digest: could not settle an overtaken run; tried again at the next sync");
    return "failed";
  } finally {
    lease?.stop();
  }
}
