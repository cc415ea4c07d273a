import { type Clock, systemClock, systemTimers, type Timers } from "../clock.js";
import type { QuestionLog } from "../state/types.js";
import type { Logger } from "./logger.js";

const DAY_MS = 86_400_000;

export interface RetentionPurger {
  /** Purges once now, then once a day. */
  start(): Promise<void>;
  /** Stops the daily purge and waits for one in progress. */
  stop(): Promise<void>;
}

/**
 * The daily purge of the question log: questions and feedback older than QUESTION_LOG_DAYS go.
 * Each replica purges; the DELETE is idempotent, so several at once do no harm. Time and
 * timers are injected so the schedule is tested without waiting a day.
 */
export function createRetentionPurger(options: {
  questions: QuestionLog;
  logger: Logger;
  clock?: Clock;
  timers?: Timers;
  everyMs?: number;
}): RetentionPurger {
  const timers = options.timers ?? systemTimers;
  const clock = options.clock ?? systemClock;
  const everyMs = options.everyMs ?? DAY_MS;
  const log = options.logger.child({ component: "retention" });
  let timer: unknown;
  let running = false;
  let inFlight: Promise<void> | undefined;

  async function purgeOnce(): Promise<void> {
    try {
      const removed = await options.questions.purge();
      log.info(
        { ...removed, retentionDays: options.questions.retentionDays, at: clock.now().toISOString() },
        "question log purged",
      );
    } catch (error) {
      // Tried again tomorrow; a failed purge never stops the bot.
      log.error({ err: error }, "question log purge failed");
    }
  }

  function schedule(): void {
    if (!running) return;
    timer = timers.setTimeout(() => {
      inFlight = purgeOnce().finally(schedule);
      return inFlight;
    }, everyMs);
  }

  return {
    async start() {
      if (running) return;
      running = true;
      inFlight = purgeOnce();
      await inFlight;
      schedule();
    },
    async stop() {
      running = false;
      timers.clearTimeout(timer);
      await inFlight;
    },
  };
}
