import { type Logger as CronLogger, createTask, type RunCoordinator, type ScheduledTask } from "node-cron";
import type { BriefingStore } from "../briefing/types.js";
import { type Clock, systemClock, systemTimers, type Timers } from "../clock.js";
import { parseCron, runsBetween } from "../digest/cron.js";
import type { DigestPoster } from "../digest/types.js";
import type { Logger } from "../runtime/logger.js";
import type { BotMetrics } from "../runtime/metrics.js";
import type { Delivery, StateStore, Subscription } from "../state/types.js";
import {
  type DeliverDeps,
  type DeliverOutcome,
  deliverClaimed,
  type OvertakenOutcome,
  settleOvertaken,
} from "./deliver.js";
import { planRuns } from "./plan.js";
import type { RetryPolicy } from "./retry.js";

const MINUTE = 60_000;
const HOUR = 3_600_000;

export interface DigestSchedulerOptions {
  state: StateStore;
  briefings: BriefingStore;
  posters: readonly DigestPoster[];
  logger: Logger;
  /** This process's name in the ledger's claims (host and pid, say): unique per replica. */
  owner: string;
  clock?: Clock;
  /** Timers for lease renewal and call timeouts (real ones by default; tests drive them). */
  timers?: Timers;
  metrics?: BotMetrics;
  /** Missed runs at most this old are caught up by the subscription's policy (default 6). */
  catchUpHours?: number;
  /** How long a claim holds a run before another replica may take it over (default 10 min). */
  leaseMs?: number;
  /** Platform calls stop this long before the lease ends (default a tenth of the lease). */
  leaseMarginMs?: number;
  /**
   * Each platform call (lookup, post, reply) is aborted after this long (default a tenth of
   * the lease, at most 60 s). The lease is renewed while a call runs; the bound is what stops
   * a hung call when renewals cannot keep up (a database that stopped answering).
   */
  callTimeoutMs?: number;
  /** findTagged looks this far before a run's first claim, for clock skew (default 5 min). */
  lookupSkewMs?: number;
  /** How often the store is re-read for new, changed and due subscriptions (default 1 min). */
  syncIntervalMs?: number;
  /** A run at most this old counts as on time, not missed (default 5 min). */
  graceMs?: number;
  /** Runs further back than this are not enumerated on catch-up (default 7 days). */
  lookbackMs?: number;
  /** A run claimed this many times without success is written off as missed (default 5). */
  maxAttemptsPerRun?: number;
  /** Deliveries in flight at once in this process (default 32). */
  concurrency?: number;
  retry?: Partial<Omit<RetryPolicy, "now" | "sleep" | "deadline">>;
  sleep?: (ms: number) => Promise<void>;
  /** Run node-cron tasks (default true); without them only the periodic sync posts. */
  cron?: boolean;
}

export interface SyncReport {
  subscriptions: number;
  posted: number;
  recorded: number;
  outcomes: Partial<Record<DeliverOutcome | "not-claimed" | "given-up", number>>;
  /** Runs a later run had overtaken (claims left by a stopped owner, failures), by how they ended. */
  overtaken: Partial<Record<OvertakenOutcome | "not-claimed" | "given-up", number>>;
}

export interface DigestScheduler {
  /** Catches up, starts one node-cron task per active subscription, and syncs every minute. */
  start(): Promise<void>;
  /** Stops the tasks and the sync, and waits for deliveries in flight. */
  stop(): Promise<void>;
  /** Re-reads subscriptions, reconciles tasks, catches up and posts what is due. */
  sync(): Promise<SyncReport>;
}

interface CronEntry {
  task: ScheduledTask;
  cron: string;
  timezone: string;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs at most `limit` async jobs at once. */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  job: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await job(item);
    }
  });
  await Promise.all(workers);
}

/**
 * Which of our runs node-cron's slot stands for. They agree except around DST changes, where
 * our matcher moves a skipped local time an hour on: the slot itself when it is one of ours
 * (so runs a minute apart each claim their own), else one of ours in the minute after it,
 * else the latest of ours in the two hours before it.
 */
export function runForSlot(
  spec: ReturnType<typeof parseCron>,
  timezone: string,
  slot: Date,
): Date | undefined {
  const t = slot.getTime();
  const near = runsBetween(spec, timezone, new Date(t - 2 * HOUR), new Date(t + MINUTE), 200);
  return (
    near.find((r) => r.getTime() === t) ??
    near.find((r) => r.getTime() > t) ??
    near.filter((r) => r.getTime() < t).at(-1)
  );
}

/**
 * The digest scheduler. node-cron (with each subscription's zone) triggers runs on time; a
 * `distributed` task's run coordinator claims the run in the delivery ledger, so among
 * replicas exactly one delivers it. A periodic sync picks up subscriptions added elsewhere,
 * posts runs due but not yet claimed (a replica that died mid-run, a trigger that a DST change
 * moved), and catches up runs missed while no process was up.
 */
export function createDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const clock = options.clock ?? systemClock;
  const { state, logger, owner } = options;
  const leaseMs = options.leaseMs ?? 10 * MINUTE;
  const catchUpMs = (options.catchUpHours ?? 6) * HOUR;
  const graceMs = options.graceMs ?? 5 * MINUTE;
  const lookbackMs = options.lookbackMs ?? 7 * 24 * HOUR;
  const maxAttempts = options.maxAttemptsPerRun ?? 5;
  const concurrency = options.concurrency ?? 32;
  const useCron = options.cron ?? true;
  const log = logger.child({ component: "digest-scheduler", owner });
  const deps: DeliverDeps = {
    state,
    briefings: options.briefings,
    posters: options.posters,
    clock,
    timers: options.timers ?? systemTimers,
    logger: log,
    metrics: options.metrics,
    retry: options.retry,
    sleep: options.sleep ?? defaultSleep,
    leaseMs,
    leaseMarginMs: options.leaseMarginMs ?? Math.floor(leaseMs / 10),
    callTimeoutMs: options.callTimeoutMs ?? Math.min(MINUTE, Math.floor(leaseMs / 10)),
    lookupSkewMs: options.lookupSkewMs ?? 5 * MINUTE,
  };
  if (!(deps.callTimeoutMs > 0) || !(deps.leaseMarginMs >= 0) || deps.leaseMarginMs >= leaseMs) {
    throw new Error(
      `digest scheduler: callTimeoutMs must be positive and leaseMarginMs below leaseMs (${leaseMs}), got ${deps.callTimeoutMs} and ${deps.leaseMarginMs}`,
    );
  }
  const platforms = new Set(options.posters.map((p) => p.platform));
  const tasks = new Map<string, CronEntry>();
  const inFlight = new Set<Promise<unknown>>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let running = false;
  let syncing: Promise<SyncReport> | undefined;

  const cronLogger: CronLogger = {
    info: (m) => log.debug({ source: "node-cron" }, String(m)),
    warn: (m) => log.warn({ source: "node-cron" }, String(m)),
    error: (m, err) => log.error({ source: "node-cron", err: err ?? m }, String(m)),
    debug: (m) => log.debug({ source: "node-cron" }, String(m)),
  };

  function track<T>(promise: Promise<T>): Promise<T> {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise)).catch(() => undefined);
    return promise;
  }

  /** Claims (sub, scheduledFor) and delivers it; the job's own error boundary. */
  async function runOne(
    sub: Subscription,
    scheduledFor: Date,
    late: boolean,
  ): Promise<DeliverOutcome | "not-claimed" | "given-up"> {
    try {
      const delivery = await state.deliveries.claim(sub.id, scheduledFor, owner, leaseMs);
      if (!delivery) return "not-claimed";
      return await deliverOrGiveUp(sub, delivery, late);
    } catch (error) {
      log.error(
        { subscriptionId: sub.id, scheduledFor: scheduledFor.toISOString(), err: error },
        "digest: job failed",
      );
      return "failed";
    }
  }

  async function deliverOrGiveUp(
    sub: Subscription,
    delivery: Delivery,
    late: boolean,
  ): Promise<DeliverOutcome | "given-up"> {
    if (delivery.attempts > maxAttempts) {
      const reason = `gave up after ${maxAttempts} attempts: ${delivery.error ?? "unknown error"}`;
      await state.deliveries.writeOff(delivery, "missed", reason);
      log.warn(
        { subscriptionId: sub.id, digestId: delivery.id, outcome: "given-up" },
        "digest: run written off",
      );
      options.metrics?.digests.inc({ platform: sub.platform, outcome: "missed" });
      return "given-up";
    }
    return deliverClaimed(deps, sub, delivery, late);
  }

  /**
   * Runs before the last recorded one that are still claimed by an owner that stopped (its
   * lease ran out), or failed: planning starts after the last run, so nothing else would look
   * at them again. Each is taken over once, then recorded (found posted) or written off.
   */
  async function settleOvertakenRuns(
    sub: Subscription,
    last: Date,
  ): Promise<(OvertakenOutcome | "given-up" | "not-claimed")[]> {
    const outcomes: (OvertakenOutcome | "given-up" | "not-claimed")[] = [];
    for (const previous of await state.deliveries.unfinished(sub.id, last)) {
      const delivery = await state.deliveries.claim(sub.id, previous.scheduledFor, owner, leaseMs);
      if (!delivery) {
        outcomes.push("not-claimed");
        continue;
      }
      if (delivery.attempts > maxAttempts) {
        const reason = `gave up after ${maxAttempts} attempts: ${previous.error ?? "unknown error"}`;
        await state.deliveries.writeOff(delivery, "missed", reason);
        outcomes.push("given-up");
        continue;
      }
      outcomes.push(await track(settleOvertaken(deps, sub, delivery, previous, last)));
    }
    return outcomes;
  }

  /** node-cron's coordinator: a fire proceeds only where the ledger claim succeeds. */
  function coordinatorFor(
    sub: Subscription,
    name: string,
    claimed: Map<string, Delivery | undefined>,
  ): RunCoordinator {
    const spec = parseCron(sub.cron);
    return {
      async shouldRun(key: string) {
        const slot = new Date(key.slice(name.length + 1));
        if (Number.isNaN(slot.getTime())) return false;
        const run = runForSlot(spec, sub.timezone, slot);
        if (!run) return false;
        const delivery = await state.deliveries.claim(sub.id, run, owner, leaseMs);
        if (!delivery) return false;
        claimed.set(key, delivery);
        return true;
      },
    };
  }

  function startTask(sub: Subscription): void {
    const name = `digest/${sub.id}`;
    const claimed = new Map<string, Delivery | undefined>();
    const task = createTask(
      sub.cron,
      (context) => {
        const key = `${name}:${context.date.toISOString()}`;
        const delivery = claimed.get(key);
        claimed.delete(key);
        if (!delivery) return;
        return track(
          deliverOrGiveUp(sub, delivery, false).catch((error: unknown) => {
            log.error({ subscriptionId: sub.id, err: error }, "digest: job failed");
          }),
        );
      },
      {
        name,
        timezone: sub.timezone,
        distributed: true,
        runCoordinator: coordinatorFor(sub, name, claimed),
        distributedLease: leaseMs,
        logger: cronLogger,
        suppressMissedWarning: true,
      },
    );
    void task.start();
    tasks.set(sub.id, { task, cron: sub.cron, timezone: sub.timezone });
  }

  function stopTask(id: string): void {
    const entry = tasks.get(id);
    if (!entry) return;
    tasks.delete(id);
    void entry.task.destroy();
  }

  function reconcile(active: Subscription[]): void {
    const ids = new Set(active.map((s) => s.id));
    for (const id of [...tasks.keys()]) if (!ids.has(id)) stopTask(id);
    for (const sub of active) {
      const entry = tasks.get(sub.id);
      if (entry && entry.cron === sub.cron && entry.timezone === sub.timezone) continue;
      stopTask(sub.id);
      try {
        startTask(sub);
      } catch (error) {
        log.error({ subscriptionId: sub.id, cron: sub.cron, err: error }, "digest: could not schedule");
      }
    }
  }

  async function syncOnce(): Promise<SyncReport> {
    // Only the platforms this process can post to: a replica without the Discord adapter
    // leaves Discord digests to one that has it, instead of claiming and failing them.
    const active = (await state.subscriptions.list({ state: "active" })).filter((s) =>
      platforms.has(s.platform),
    );
    if (running && useCron) reconcile(active);
    const report: SyncReport = {
      subscriptions: active.length,
      posted: 0,
      recorded: 0,
      outcomes: {},
      overtaken: {},
    };
    const now = clock.now();
    await eachLimited(active, concurrency, async (sub) => {
      try {
        const last = await state.deliveries.lastRun(sub.id);
        if (last) {
          for (const outcome of await settleOvertakenRuns(sub, last)) {
            report.overtaken[outcome] = (report.overtaken[outcome] ?? 0) + 1;
          }
        }
        const after = new Date(
          Math.max(last?.getTime() ?? 0, sub.updatedAt.getTime(), sub.createdAt.getTime()),
        );
        const plan = planRuns({
          cron: sub.cron,
          timezone: sub.timezone,
          missedPolicy: sub.missedPolicy,
          after,
          now,
          graceMs,
          catchUpMs,
          lookbackMs,
        });
        if (plan.uncounted) log.warn({ subscriptionId: sub.id }, "digest: more missed runs than recorded");
        for (const rec of plan.record) {
          await state.deliveries.markMissed(sub.id, rec.scheduledFor, rec.status, rec.reason);
          options.metrics?.digests.inc({ platform: sub.platform, outcome: rec.status });
          report.recorded++;
        }
        if (plan.record.length > 0) {
          log.info(
            { subscriptionId: sub.id, recorded: plan.record.length, policy: sub.missedPolicy },
            "digest: missed runs recorded",
          );
        }
        if (plan.post) {
          const outcome = await track(runOne(sub, plan.post.scheduledFor, plan.post.late));
          report.outcomes[outcome] = (report.outcomes[outcome] ?? 0) + 1;
          if (outcome === "sent" || outcome === "recovered") report.posted++;
        }
      } catch (error) {
        log.error({ subscriptionId: sub.id, err: error }, "digest: sync of subscription failed");
      }
    });
    return report;
  }

  async function sync(): Promise<SyncReport> {
    // One sync at a time in a process; a second caller shares the one in progress.
    if (syncing) return syncing;
    syncing = syncOnce().finally(() => {
      syncing = undefined;
    });
    return syncing;
  }

  return {
    async start() {
      if (running) return;
      running = true;
      await sync();
      const every = options.syncIntervalMs ?? MINUTE;
      timer = setInterval(() => {
        void sync().catch((error: unknown) => log.error({ err: error }, "digest: sync failed"));
      }, every);
      timer.unref?.();
      log.info({ subscriptions: tasks.size }, "digest scheduler started");
    },
    async stop() {
      running = false;
      if (timer) clearInterval(timer);
      timer = undefined;
      for (const id of [...tasks.keys()]) stopTask(id);
      await syncing?.catch(() => undefined);
      await Promise.allSettled([...inFlight]);
      log.info("digest scheduler stopped");
    },
    sync,
  };
}
