export { type DeliverOutcome, deliverClaimed } from "./deliver.js";
export { planRuns, type RunPlan } from "./plan.js";
export { DEFAULT_RETRY, type RetryPolicy, withPlatformRetry } from "./retry.js";
export {
  createDigestScheduler,
  type DigestScheduler,
  type DigestSchedulerOptions,
  type SyncReport,
} from "./scheduler.js";
