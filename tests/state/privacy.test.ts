import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/runtime/logger.js";
import { createRetentionPurger } from "../../src/runtime/retention.js";
import type { AnswerRecord, StateStore } from "../../src/state/types.js";
import { ManualClock, ManualTimers } from "../scheduler/helpers.js";
import { postgresFactory, postgresSkipReason, sqliteFactory } from "./stores.js";

const factories = [sqliteFactory(), postgresFactory(await postgresSkipReason())];
const DAY = 86_400_000;

function answer(
  answerId: string,
  userId: string | undefined,
  question = `question ${answerId}`,
): AnswerRecord {
  return {
    answerId,
    platform: "slack",
    ...(userId ? { userId } : {}),
    briefingId: "japan-vietnam-2025",
    question,
    lang: "en",
    answered: false,
    confidence: 0,
    factIds: [],
  };
}

describe.each(factories)("question log privacy: $name", (factory) => {
  describe.skipIf(factory.skipReason !== undefined)(factory.skipReason ?? "on a real database", () => {
    const open: StateStore[] = [];
    let clock: ManualClock;

    async function newStore(questionLogDays?: number): Promise<StateStore> {
      clock = new ManualClock("2026-03-01T00:00:00.000Z");
      const options = await factory.fresh();
      const store = await factory.open(
        questionLogDays === undefined ? options : { ...options, questionLogDays },
        clock,
      );
      open.push(store);
      return store;
    }

    beforeAll(() => factory.setup());
    afterEach(async () => {
      for (const s of open.splice(0)) await s.close();
    });
    afterAll(() => factory.teardown());

    it("keeps questions and feedback 90 days by default; the purge removes what is older", async () => {
      const store = await newStore();
      expect(store.questions.retentionDays).toBe(90);
      await store.questions.record(answer("old", "U1"));
      await store.questions.recordFeedback({
        answerId: "old",
        platform: "slack",
        userId: "U2",
        helpful: false,
      });
      clock.advance(30 * DAY);
      await store.questions.record(answer("recent", "U1"));
      await store.questions.recordFeedback({
        answerId: "recent",
        platform: "slack",
        userId: "U2",
        helpful: false,
      });
      clock.advance(60 * DAY);
      // "old" is 90 days old: kept to the day, gone a moment later.
      expect(await store.questions.purge()).toEqual({ questions: 0, feedback: 0 });
      clock.advance(1);
      expect(await store.questions.purge()).toEqual({ questions: 1, feedback: 1 });
      expect(await store.questions.get("old")).toBeUndefined();
      expect(await store.questions.get("recent")).toMatchObject({ userId: "U1" });
      expect((await store.questions.gaps()).map((g) => [g.kind, g.question])).toEqual([
        ["unanswered", "question recent"],
        ["not-helpful", "question recent"],
      ]);
    });

    it("QUESTION_LOG_DAYS=0 stores no question and no feedback", async () => {
      const store = await newStore(0);
      await store.questions.record(answer("a1", "U1"));
      await store.questions.recordFeedback({
        answerId: "a1",
        platform: "slack",
        userId: "U1",
        helpful: true,
      });
      expect(await store.questions.get("a1")).toBeUndefined();
      expect(await store.questions.gaps()).toEqual([]);
    });

    it("forget --user removes their questions and feedback and drops them as author", async () => {
      const store = await newStore();
      await store.questions.record(answer("q-alice-1", "U-ALICE", "Alice asks about tariffs"));
      await store.questions.record(answer("q-alice-2", "U-ALICE"));
      await store.questions.record(answer("q-bob", "U-BOB", "Bob asks about energy"));
      // Alice's vote on Bob's answer, Bob's vote on Alice's.
      await store.questions.recordFeedback({
        answerId: "q-bob",
        platform: "slack",
        userId: "U-ALICE",
        helpful: false,
      });
      await store.questions.recordFeedback({
        answerId: "q-alice-1",
        platform: "slack",
        userId: "U-BOB",
        helpful: false,
      });
      const made = await store.subscriptions.upsert({
        platform: "slack",
        workspaceId: "T1",
        channelId: "C1",
        briefingId: "japan-vietnam-2025",
        cron: "0 8 * * *",
        scheduleLabel: "daily 08:00",
        timezone: "UTC",
        lang: "en",
        createdBy: "U-ALICE",
      });
      expect(await store.questions.forgetUser("U-ALICE")).toEqual({
        questions: 2,
        feedback: 2,
        subscriptions: 1,
      });
      expect(await store.questions.get("q-alice-1")).toBeUndefined();
      expect(await store.questions.get("q-alice-2")).toBeUndefined();
      expect(await store.questions.get("q-bob")).toMatchObject({ userId: "U-BOB" });
      const gaps = await store.questions.gaps();
      expect(gaps.map((g) => g.question)).toEqual(["bob asks about energy"]);
      expect(gaps.every((g) => g.kind !== "not-helpful")).toBe(true);
      // The channel keeps its digest; only the author is gone.
      expect(await store.subscriptions.get(made.id)).toMatchObject({ state: "active", createdBy: "" });
      // Forgetting again finds nothing.
      expect(await store.questions.forgetUser("U-ALICE")).toEqual({
        questions: 0,
        feedback: 0,
        subscriptions: 0,
      });
    });

    it("the running bot's purge runs at start and then daily (injected clock and timers)", async () => {
      const store = await newStore(1);
      const timers = new ManualTimers(clock);
      await store.questions.record(answer("day0", "U1"));
      const purger = createRetentionPurger({
        questions: store.questions,
        logger: silentLogger(),
        clock,
        timers,
      });
      await purger.start();
      expect(await store.questions.get("day0")).toBeDefined();
      await timers.advance(12 * 3_600_000);
      await store.questions.record(answer("day0.5", "U1"));
      // The next purge, a day after start: day0 is a day old, kept to the moment; day0.5 is young.
      await timers.advance(12 * 3_600_000);
      expect(await store.questions.get("day0")).toBeDefined();
      // The one after that: day0 and day0.5 are both older than a day.
      await timers.advance(DAY);
      expect(await store.questions.get("day0")).toBeUndefined();
      expect(await store.questions.get("day0.5")).toBeUndefined();
      await purger.stop();
      expect(timers.size).toBe(0);
    });
  });
});
