import type { BriefingStore } from "../briefing/types.js";
import type { Clock } from "../clock.js";
import { composeDigest, correctionReplies, digestToReply } from "../digest/compose.js";
import type { DigestPoster } from "../digest/types.js";
import { PlatformError } from "../errors.js";
import type { Logger } from "../runtime/logger.js";
import type { BotMetrics } from "../runtime/metrics.js";
import type { Delivery, StateStore, Subscription } from "../state/types.js";
import { DEFAULT_RETRY, type RetryPolicy, withPlatformRetry } from "./retry.js";

export interface DeliverDeps {
  state: StateStore;
  briefings: BriefingStore;
  posters: readonly DigestPoster[];
  clock: Clock;
  logger: Logger;
  metrics?: BotMetrics;
  retry?: Partial<Omit<RetryPolicy, "now" | "sleep" | "deadline">>;
  sleep: (ms: number) => Promise<void>;
  /** Time kept in hand before the lease ends: no platform call starts inside it. */
  leaseMarginMs: number;
}

export type DeliverOutcome = "sent" | "recovered" | "failed" | "paused" | "lease-lost";

/** Thrown when this owner's claim would run out before the next platform call could finish. */
class LeaseLostError extends Error {}

/**
 * Delivers one claimed run: looks for a message already tagged with the digest id (a crash
 * after posting but before recording must not post twice), composes against what the channel
 * received, posts, posts corrections in the old digests' threads, and records the delivery.
 * Never throws: the outcome is returned and logged.
 */
export async function deliverClaimed(
  deps: DeliverDeps,
  sub: Subscription,
  delivery: Delivery,
  late: boolean,
): Promise<DeliverOutcome> {
  const { state, clock, logger } = deps;
  const log = logger.child({
    subscriptionId: sub.id,
    digestId: delivery.id,
    scheduledFor: delivery.scheduledFor.toISOString(),
    platform: sub.platform,
    channelId: sub.channelId,
    attempt: delivery.attempts,
    late,
  });
  const deadline = (delivery.leaseUntil?.getTime() ?? Number.POSITIVE_INFINITY) - deps.leaseMarginMs;
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY,
    ...deps.retry,
    deadline,
    now: () => clock.now().getTime(),
    sleep: deps.sleep,
  };
  const guard = () => {
    if (clock.now().getTime() >= deadline) throw new LeaseLostError("the claim's lease ran out");
  };
  const count = (outcome: string) => deps.metrics?.digests.inc({ platform: sub.platform, outcome });

  try {
    const poster = deps.posters.find((p) => p.platform === sub.platform);
    if (!poster) throw new Error(`no ${sub.platform} adapter is running to post this digest`);
    const briefing = deps.briefings.get(sub.briefingId);
    if (!briefing) throw new Error(`briefing "${sub.briefingId}" is not loaded`);
    const target = { workspaceId: sub.workspaceId, channelId: sub.channelId };

    guard();
    const already = await withPlatformRetry(() => poster.findTagged(target, delivery.id), policy);
    const delivered = await state.deliveries.deliveredFacts(sub.id);
    const digest = composeDigest(briefing, {
      lang: sub.lang,
      now: clock.now(),
      delivered,
      timezone: sub.timezone,
    });
    const facts = digest.facts.map((f) => ({ ...f, message: null }));
    if (already) {
      // Posted before a crash: record it, and do not post again (its corrections went with it).
      await state.deliveries.markSent(delivery.id, already, facts);
      log.info(
        { outcome: "recovered", messageId: already.messageId },
        "digest: found already posted, recorded",
      );
      count("sent");
      return "recovered";
    }
    guard();
    const ref = await withPlatformRetry(() => {
      guard();
      return poster.post(target, digestToReply(digest), delivery.id);
    }, policy);
    for (const c of correctionReplies(digest)) {
      try {
        await withPlatformRetry(() => poster.postInThread(target, c.parent, c.reply), policy);
      } catch (error) {
        // The digest itself carries the correction; a lost thread reply is logged, not retried.
        log.warn({ factId: c.factId, err: error }, "digest: correction thread reply failed");
      }
    }
    await state.deliveries.markSent(delivery.id, ref, facts);
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
    if (error instanceof LeaseLostError) {
      // Another owner may hold the run now: leave the ledger to it.
      log.warn({ outcome: "lease-lost" }, "digest: lease ran out before posting; left to the next owner");
      count("failed");
      return "lease-lost";
    }
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof PlatformError && error.permanent) {
      await state.subscriptions
        .pause(sub.id, reason)
        .catch((e: unknown) => log.error({ err: e }, "digest: pause failed"));
      await state.deliveries.markFailed(delivery.id, reason).catch(() => undefined);
      log.warn({ outcome: "paused", reason }, "digest: channel unreachable, subscription paused");
      count("paused");
      return "paused";
    }
    await state.deliveries
      .markFailed(delivery.id, reason)
      .catch((e: unknown) => log.error({ err: e }, "digest: markFailed failed"));
    log.error({ outcome: "failed", err: error }, "digest: delivery failed; retried at the next sync");
    count("failed");
    return "failed";
  }
}
