import { parseCron, runsBetween } from "../digest/cron.js";
import type { MissedRunPolicy } from "../state/types.js";

/** What to do with each run between a subscription's last run and now. */
export interface RunPlan {
  /** The one run to post now, if any: on time, or late once by policy. */
  post?: { scheduledFor: Date; late: boolean };
  /** Runs recorded as not posted, with the reason (status "skipped" or "missed"). */
  record: { scheduledFor: Date; status: "skipped" | "missed"; reason: string }[];
  /** Runs too old to enumerate one by one (a very long outage), only counted. */
  uncounted: boolean;
}

export interface PlanInput {
  cron: string;
  timezone: string;
  missedPolicy: MissedRunPolicy;
  /** Start after this instant: the later of the last recorded run and the last schedule change. */
  after: Date;
  now: Date;
  /** A run at most this old is on time (node-cron or this sync is posting it now). */
  graceMs: number;
  /** Missed runs at most this old are caught up by policy; older ones are recorded missed. */
  catchUpMs: number;
  /** Runs further back than this are not enumerated. */
  lookbackMs: number;
  /** At most this many runs are recorded per plan. */
  maxRecorded?: number;
}

/**
 * Plans a subscription's runs in (after, now]. node-cron never catches up runs missed while
 * the process was down, so this does, once:
 * - runs older than the catch-up window are recorded "missed" and not posted;
 * - within the window, `late-once` posts the latest run once (earlier ones are recorded
 *   "skipped" as superseded), `skip` records them "skipped", and `fold` records them "skipped"
 *   with reason "folded": the next digest reports what changed since the last one sent;
 * - an on-time run (within the grace) is always posted, and supersedes the missed ones.
 */
export function planRuns(input: PlanInput): RunPlan {
  const now = input.now.getTime();
  const floor = Math.max(input.after.getTime(), now - input.lookbackMs);
  const limit = input.maxRecorded ?? 500;
  const runs = runsBetween(parseCron(input.cron), input.timezone, new Date(floor), input.now, limit + 1);
  const plan: RunPlan = { record: [], uncounted: false };
  if (runs.length > limit) {
    runs.shift();
    plan.uncounted = true;
  }
  const onTime = runs.filter((r) => now - r.getTime() <= input.graceMs);
  const inWindow = runs.filter(
    (r) => now - r.getTime() > input.graceMs && now - r.getTime() <= input.catchUpMs,
  );
  const tooOld = runs.filter((r) => now - r.getTime() > input.catchUpMs);

  for (const r of tooOld) {
    plan.record.push({
      scheduledFor: r,
      status: "missed",
      reason: "missed while the bot was down; older than the catch-up window",
    });
  }
  const latestOnTime = onTime.at(-1);
  for (const r of onTime.slice(0, -1)) {
    plan.record.push({
      scheduledFor: r,
      status: "skipped",
      reason: `superseded by the run at ${latestOnTime?.toISOString()}`,
    });
  }
  if (latestOnTime) {
    for (const r of inWindow) {
      plan.record.push({
        scheduledFor: r,
        status: "skipped",
        reason:
          input.missedPolicy === "fold" ? "folded" : `superseded by the run at ${latestOnTime.toISOString()}`,
      });
    }
    plan.post = { scheduledFor: latestOnTime, late: false };
    return plan;
  }
  const latestMissed = inWindow.at(-1);
  if (input.missedPolicy === "late-once" && latestMissed) {
    for (const r of inWindow.slice(0, -1)) {
      plan.record.push({
        scheduledFor: r,
        status: "skipped",
        reason: `superseded by the late run for ${latestMissed.toISOString()}`,
      });
    }
    plan.post = { scheduledFor: latestMissed, late: true };
    return plan;
  }
  for (const r of inWindow) {
    plan.record.push({
      scheduledFor: r,
      status: "skipped",
      reason: input.missedPolicy === "fold" ? "folded" : "missed while the bot was down (policy: skip)",
    });
  }
  return plan;
}
