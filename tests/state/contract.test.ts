import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BriefbotError } from "../../src/errors.js";
import { digestIdFor } from "../../src/state/ids.js";
import type { NewSubscription, StateStore } from "../../src/state/types.js";
import { postgresFactory, postgresSkipReason, sqliteFactory, TestClock } from "./stores.js";

const factories = [sqliteFactory(), postgresFactory(await postgresSkipReason())];

const MINUTE = 60_000;
const T0 = new Date("2026-01-05T08:00:00.000Z");
const T1 = new Date("2026-01-06T08:00:00.000Z");
const T2 = new Date("2026-01-07T08:00:00.000Z");

function sub(overrides: Partial<NewSubscription> = {}): NewSubscription {
  return {
    platform: "slack",
    workspaceId: "T1",
    channelId: "C1",
    briefingId: "japan-vietnam-2025",
    cron: "0 8 * * *",
    scheduleLabel: "daily 08:00",
    timezone: "Asia/Tokyo",
    lang: "en",
    createdBy: "U1",
    ...overrides,
  };
}

describe.each(factories)("state store contract: $name", (factory) => {
  describe.skipIf(factory.skipReason !== undefined)(factory.skipReason ?? "on a real database", () => {
    const open: StateStore[] = [];
    let clock: TestClock;

    async function newStore(): Promise<StateStore> {
      clock = new TestClock();
      const store = await factory.open(await factory.fresh(), clock);
      open.push(store);
      return store;
    }

    beforeAll(() => factory.setup());
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });
    afterAll(() => factory.teardown());

    it("reports its kind", async () => {
      expect((await newStore()).kind).toBe(factory.name);
    });

    describe("subscriptions", () => {
      it("creates a subscription with defaults and reads it back", async () => {
        const store = await newStore();
        const created = await store.subscriptions.upsert(sub());
        expect(created).toMatchObject({
          platform: "slack",
          workspaceId: "T1",
          channelId: "C1",
          state: "active",
          pausedReason: null,
          missedPolicy: "late-once",
          timezone: "Asia/Tokyo",
        });
        expect(created.createdAt.toISOString()).toBe(clock.now().toISOString());
        expect(await store.subscriptions.get(created.id)).toEqual(created);
        expect(await store.subscriptions.get("sub_missing")).toBeUndefined();
      });

      it("a second subscribe for the same channel and briefing replaces the schedule and keeps the id", async () => {
        const store = await newStore();
        const first = await store.subscriptions.upsert(sub());
        await store.subscriptions.pause(first.id, "channel_not_found");
        clock.advance(MINUTE);
        const second = await store.subscriptions.upsert(
          sub({
            cron: "0 9 * * 1",
            scheduleLabel: "weekly mon 09:00",
            timezone: "Asia/Ho_Chi_Minh",
            lang: "vi",
            missedPolicy: "skip",
          }),
        );
        expect(second.id).toBe(first.id);
        expect(second).toMatchObject({
          cron: "0 9 * * 1",
          scheduleLabel: "weekly mon 09:00",
          timezone: "Asia/Ho_Chi_Minh",
          lang: "vi",
          missedPolicy: "skip",
          state: "active",
          pausedReason: null,
        });
        expect(second.createdAt).toEqual(first.createdAt);
        expect(second.updatedAt.getTime()).toBe(first.createdAt.getTime() + MINUTE);
        expect(await store.subscriptions.list()).toHaveLength(1);
      });

      it("finds a channel's subscriptions and removes one briefing or all", async () => {
        const store = await newStore();
        await store.subscriptions.upsert(sub({ briefingId: "a" }));
        await store.subscriptions.upsert(sub({ briefingId: "b" }));
        await store.subscriptions.upsert(sub({ channelId: "C2" }));
        await store.subscriptions.upsert(sub({ platform: "discord", workspaceId: "G1" }));
        const inC1 = await store.subscriptions.findByChannel("slack", "T1", "C1");
        expect(inC1.map((s) => s.briefingId)).toEqual(["a", "b"]);

        expect(await store.subscriptions.remove("slack", "T1", "C1", "a")).toBe(true);
        expect(
          (await store.subscriptions.findByChannel("slack", "T1", "C1")).map((s) => s.briefingId),
        ).toEqual(["b"]);
        expect(await store.subscriptions.remove("slack", "T1", "C1")).toBe(true);
        expect(await store.subscriptions.findByChannel("slack", "T1", "C1")).toEqual([]);
        expect(await store.subscriptions.remove("slack", "T1", "C1")).toBe(false);
        expect(await store.subscriptions.list()).toHaveLength(2);
      });

      it("pauses with a reason, resumes, and filters the list by state and platform", async () => {
        const store = await newStore();
        const a = await store.subscriptions.upsert(sub({ channelId: "C1" }));
        const b = await store.subscriptions.upsert(sub({ channelId: "C2" }));
        const c = await store.subscriptions.upsert(
          sub({ platform: "discord", workspaceId: "G1", channelId: "D1" }),
        );
        await store.subscriptions.pause(b.id, "bot removed from channel");
        await store.subscriptions.pause(c.id, "channel deleted");

        expect(await store.subscriptions.get(b.id)).toMatchObject({
          state: "paused",
          pausedReason: "bot removed from channel",
        });
        expect((await store.subscriptions.list({ state: "active" })).map((s) => s.id)).toEqual([a.id]);
        expect((await store.subscriptions.list({ state: "paused" })).map((s) => s.id).sort()).toEqual(
          [b.id, c.id].sort(),
        );
        expect((await store.subscriptions.list({ platform: "discord" })).map((s) => s.id)).toEqual([c.id]);
        expect(await store.subscriptions.list({ platform: "slack", state: "paused" })).toHaveLength(1);

        await store.subscriptions.resume(b.id);
        expect(await store.subscriptions.get(b.id)).toMatchObject({ state: "active", pausedReason: null });
        expect(await store.subscriptions.list({ state: "active" })).toHaveLength(2);
      });

      it("rejects invalid input and unknown ids with a state error", async () => {
        const store = await newStore();
        await expect(store.subscriptions.upsert(sub({ channelId: " " }))).rejects.toThrow(/channelId/);
        await expect(store.subscriptions.upsert({ ...sub(), lang: "fr" as "en" })).rejects.toBeInstanceOf(
          BriefbotError,
        );
        await expect(store.subscriptions.pause("sub_nope", "x")).rejects.toThrow(/no subscription/);
      });
    });

    describe("delivery ledger", () => {
      it("the first claim wins; another owner gets nothing while the lease lives", async () => {
        const store = await newStore();
        const s = await store.subscriptions.upsert(sub());
        const first = await store.deliveries.claim(s.id, T0, "replica-a", 5 * MINUTE);
        expect(first).toMatchObject({
          id: digestIdFor(s.id, T0),
          subscriptionId: s.id,
          status: "claimed",
          owner: "replica-a",
          attempts: 1,
          message: null,
          error: null,
        });
        expect(first?.scheduledFor).toEqual(T0);
        expect(first?.leaseUntil?.getTime()).toBe(clock.now().getTime() + 5 * MINUTE);

        expect(await store.deliveries.claim(s.id, T0, "replica-b", 5 * MINUTE)).toBeUndefined();
        clock.advance(5 * MINUTE - 1);
        expect(await store.deliveries.claim(s.id, T0, "replica-b", 5 * MINUTE)).toBeUndefined();
        // the same owner is not re-entrant either: a second timer in one process must not post twice
        expect(await store.deliveries.claim(s.id, T0, "replica-a", 5 * MINUTE)).toBeUndefined();
        // another slot is independent
        expect(await store.deliveries.claim(s.id, T1, "replica-b", 5 * MINUTE)).toMatchObject({
          owner: "replica-b",
        });
      });

      it("an expired lease can be taken over, counting the attempt", async () => {
        const store = await newStore();
        const s = await store.subscriptions.upsert(sub());
        await store.deliveries.claim(s.id, T0, "replica-a", MINUTE);
        clock.advance(MINUTE);
        const taken = await store.deliveries.claim(s.id, T0, "replica-b", MINUTE);
        expect(taken).toMatchObject({ owner: "replica-b", attempts: 2, status: "claimed" });
        expect(taken?.leaseUntil?.getTime()).toBe(clock.now().getTime() + MINUTE);
        expect(await store.deliveries.claim(s.id, T0, "replica-a", MINUTE)).toBeUndefined();
      });

      it("a sent digest is never claimed again, and markSent keeps the message ref and facts", async () => {
        const store = await newStore();
        const s = await store.subscriptions.upsert(sub());
        const d = await store.deliveries.claim(s.id, T0, "replica-a", MINUTE);
        expect(d).toBeDefined();
        await store.deliveries.markSent(d!, { channelId: "C1", messageId: "1700000000.000100" }, [
          { factId: "tariff-46", hash: "h1", statement: "The US set a 46% tariff.", message: null },
        ]);
        const sentAt = clock.now();
        const sent = await store.deliveries.get(d!.id);
        expect(sent).toMatchObject({
          status: "sent",
          message: { channelId: "C1", messageId: "1700000000.000100" },
          leaseUntil: null,
        });
        clock.advance(60 * MINUTE);
        expect(await store.deliveries.claim(s.id, T0, "replica-b", MINUTE)).toBeUndefined();
        // a late failure report does not turn it back into something claimable
        await store.deliveries.markFailed(d!, "timeout after post");
        expect((await store.deliveries.get(d!.id))?.status).toBe("sent");
        expect(await store.deliveries.deliveredFacts(s.id)).toEqual([
          {
            factId: "tariff-46",
            hash: "h1",
            statement: "The US set a 46% tariff.",
            message: { channelId: "C1", messageId: "1700000000.000100" },
            deliveredAt: sentAt,
          },
        ]);
      });

      it("writes are fenced by the claim: an owner whose claim was taken over records nothing", async () => {
        const store = await newStore();
        const s = await store.subscriptions.upsert(sub());
        const a = await store.deliveries.claim(s.id, T0, "replica-a", MINUTE);
        expect(await store.deliveries.renew(a!, MINUTE)).toEqual(new Date(clock.now().getTime() + MINUTE));
        clock.advance(2 * MINUTE);
        // Expired: not revived by a late renewal, and taken over.
        expect(await store.deliveries.renew(a!, MINUTE)).toBeUndefined();
        const b = await store.deliveries.claim(s.id, T0, "replica-b", MINUTE);
        expect(b).toMatchObject({ owner: "replica-b", attempts: 2 });
        const ref = { channelId: "C1", messageId: "late" };
        expect(
          await store.deliveries.markSent(a!, ref, [
            { factId: "f", hash: "h", statement: "s", message: null },
          ]),
        ).toBe(false);
        expect(await store.deliveries.markFailed(a!, "late failure")).toBe(false);
        expect(await store.deliveries.writeOff(a!, "skipped", "late write-off")).toBe(false);
        expect(await store.deliveries.deliveredFacts(s.id)).toEqual([]);
        expect(await store.deliveries.get(b!.id)).toMatchObject({ status: "claimed", owner: "replica-b" });
        // The same owner claiming again is a new attempt: its old fence is void too.
        expect(await store.deliveries.markSent(b!, { channelId: "C1", messageId: "m" }, [])).toBe(true);
        expect(await store.deliveries.get(b!.id)).toMatchObject({
          status: "sent",
          message: { messageId: "m" },
        });
      });

      it("unfinished runs: expired claims and free failures before a time, oldest first", async () => {
        const store = await newStore();
        const s = await store.subscriptions.upsert(sub());
        const a = await store.deliveries.claim(s.id, T0, "dead", MINUTE);
        const b = await store.deliveries.claim(s.id, T1, "alive", 10 * MINUTE);
        const c = await store.deliveries.claim(s.id, T2, "x", MINUTE);
        await store.deliveries.markFailed(c!, "HTTP 500");
        expect(
          (await store.deliveries.unfinished(s.id, new Date(T2.getTime() + 1))).map((d) => d.id),
        ).toEqual([c!.id]);
        clock.advance(2 * MINUTE);
        expect(
          (await store.deliveries.unfinished(s.id, new Date(T2.getTime() + 1))).map((d) => d.id),
        ).toEqual([a!.id, c!.id]);
        expect(b).toBeDefined();
        expect((await store.deliveries.unfinished(s.id, T2)).map((d) => d.id)).toEqual([a!.id]);
      });

      it("a failed delivery releases its lease and can be retried at once", async () => {
        const store = await newStore();
        const s = await store.subscriptions.upsert(sub());
        const d = await store.deliveries.claim(s.id, T0, "replica-a", 10 * MINUTE);
        await store.deliveries.markFailed(d!, "HTTP 500 from chat.postMessage");
        expect(await store.deliveries.get(d!.id)).toMatchObject({
          status: "failed",
          error: "HTTP 500 from chat.postMessage",
          leaseUntil: null,
        });
        const retry = await store.deliveries.claim(s.id, T0, "replica-b", 10 * MINUTE);
        expect(retry).toMatchObject({ status: "claimed", owner: "replica-b", attempts: 2 });
        await expect(
          store.deliveries.markFailed({ id: "dg_missing", owner: "o", attempts: 1 }, "x"),
        ).rejects.toThrow(/no delivery/);
        await expect(
          store.deliveries.markSent(
            { id: "dg_missing", owner: "o", attempts: 1 },
            { channelId: "C1", messageId: "m" },
            [],
          ),
        ).rejects.toThrow(/no delivery/);
      });

      it("missed and skipped runs are recorded, are final, and count as the last run", async () => {
        const store = await newStore();
        const s = await store.subscriptions.upsert(sub());
        expect(await store.deliveries.lastRun(s.id)).toBeUndefined();

        const d0 = await store.deliveries.claim(s.id, T0, "a", MINUTE);
        await store.deliveries.markSent(d0!, { channelId: "C1", messageId: "m0" }, []);
        expect(await store.deliveries.lastRun(s.id)).toEqual(T0);

        await store.deliveries.markMissed(s.id, T1, "missed", "older than the 6 h catch-up window");
        expect(await store.deliveries.lastRun(s.id)).toEqual(T1);
        expect(await store.deliveries.claim(s.id, T1, "a", MINUTE)).toBeUndefined();
        expect(await store.deliveries.get(digestIdFor(s.id, T1))).toMatchObject({
          status: "missed",
          error: "older than the 6 h catch-up window",
          attempts: 0,
        });

        // claimed or failed slots do not count as run
        await store.deliveries.claim(s.id, T2, "a", MINUTE);
        expect(await store.deliveries.lastRun(s.id)).toEqual(T1);

        // a sent slot cannot be written off afterwards; a live claim cannot either
        await store.deliveries.markMissed(s.id, T0, "skipped", "policy");
        expect((await store.deliveries.get(d0!.id))?.status).toBe("sent");
        await store.deliveries.markMissed(s.id, T2, "skipped", "policy");
        expect((await store.deliveries.get(digestIdFor(s.id, T2)))?.status).toBe("claimed");
        // once the claim's owner is gone (lease expired) it can be
        clock.advance(MINUTE);
        await store.deliveries.markMissed(s.id, T2, "skipped", "fold into next");
        expect(await store.deliveries.get(digestIdFor(s.id, T2))).toMatchObject({
          status: "skipped",
          owner: null,
        });
        expect(await store.deliveries.lastRun(s.id)).toEqual(T2);

        expect(
          (await store.deliveries.list(s.id)).map((d) => [d.scheduledFor.toISOString(), d.status]),
        ).toEqual([
          [T0.toISOString(), "sent"],
          [T1.toISOString(), "missed"],
          [T2.toISOString(), "skipped"],
        ]);
        // lastRun is per subscription
        const other = await store.subscriptions.upsert(sub({ channelId: "C9" }));
        expect(await store.deliveries.lastRun(other.id)).toBeUndefined();
      });

      it("deliveredFacts returns the latest version of each fact with the message that carried it", async () => {
        const store = await newStore();
        const s = await store.subscriptions.upsert(sub());
        const d0 = await store.deliveries.claim(s.id, T0, "a", MINUTE);
        await store.deliveries.markSent(d0!, { channelId: "C1", messageId: "m0" }, [
          { factId: "f-a", hash: "a1", statement: "A version 1", message: null },
          { factId: "f-b", hash: "b1", statement: "B version 1", message: null },
        ]);
        const sentAt0 = clock.now();
        clock.advance(24 * 60 * MINUTE);
        const d1 = await store.deliveries.claim(s.id, T1, "a", MINUTE);
        await store.deliveries.markSent(d1!, { channelId: "C1", messageId: "m1" }, [
          { factId: "f-a", hash: "a2", statement: "A version 2 (corrected)", message: null },
          { factId: "f-c", hash: "c1", statement: "C", message: { channelId: "C1", messageId: "thread-x" } },
        ]);
        const facts = await store.deliveries.deliveredFacts(s.id);
        expect(facts).toEqual([
          {
            factId: "f-a",
            hash: "a2",
            statement: "A version 2 (corrected)",
            message: { channelId: "C1", messageId: "m1" },
            deliveredAt: clock.now(),
          },
          {
            factId: "f-b",
            hash: "b1",
            statement: "B version 1",
            message: { channelId: "C1", messageId: "m0" },
            deliveredAt: sentAt0,
          },
          {
            factId: "f-c",
            hash: "c1",
            statement: "C",
            message: { channelId: "C1", messageId: "thread-x" },
            deliveredAt: clock.now(),
          },
        ]);
        // another subscription has its own record
        expect(await store.deliveries.deliveredFacts("sub_other")).toEqual([]);
        // unsubscribing forgets what the channel received
        await store.subscriptions.remove("slack", "T1", "C1");
        expect(await store.deliveries.deliveredFacts(s.id)).toEqual([]);
      });

      it("rejects a bad lease, owner or time", async () => {
        const store = await newStore();
        await expect(store.deliveries.claim("s", T0, "a", 0)).rejects.toThrow(/leaseMs/);
        await expect(store.deliveries.claim("s", T0, "", MINUTE)).rejects.toThrow(/owner/);
        await expect(store.deliveries.claim("s", new Date("nope"), "a", MINUTE)).rejects.toThrow(
          /invalid scheduled time/,
        );
      });
    });

    describe("question log and gaps", () => {
      it("records an answer once and reads it back", async () => {
        const store = await newStore();
        const record = {
          answerId: "ans-1",
          platform: "discord" as const,
          briefingId: "japan-vietnam-2025",
          question: "Thuế quan của Mỹ với Việt Nam là bao nhiêu?",
          lang: "vi" as const,
          answered: true,
          confidence: 0.92,
          factIds: ["tariff-46", "tariff-pause"],
        };
        await store.questions.record(record);
        await store.questions.record({ ...record, question: "changed" });
        expect(await store.questions.get("ans-1")).toEqual(record);
        expect(await store.questions.get("ans-2")).toBeUndefined();
        await expect(store.questions.record({ ...record, answerId: "x", confidence: 2 })).rejects.toThrow(
          /confidence/,
        );
      });

      it("groups unanswered, low-confidence and not-helpful questions, counted, newest first", async () => {
        const store = await newStore();
        const base = {
          platform: "slack" as const,
          briefingId: "b",
          lang: "en" as const,
          factIds: [] as string[],
        };
        const ask = async (
          answerId: string,
          question: string,
          answered: boolean,
          confidence: number,
          factIds: string[] = [],
        ) => {
          await store.questions.record({ ...base, answerId, question, answered, confidence, factIds });
          clock.advance(MINUTE);
        };
        await ask("u1", "Who is the mayor of Hanoi?", false, 0);
        await ask("u2", "who is the MAYOR of  hanoi", false, 0.1);
        await ask("l1", "How big is the rice trade?", true, 0.3, ["rice-1"]);
        await ask("l2", "how big is the rice trade", true, 0.45, ["rice-2"]);
        await ask("ok", "What tariff did the US announce?", true, 0.9, ["tariff-46"]);
        await ask("n1", "When does the pause end?", true, 0.8, ["pause-end"]);
        await ask("n2", "Is there a summit?", true, 0.9, ["summit"]);
        const lastAsked = clock.now().getTime() - MINUTE;

        await store.questions.recordFeedback({
          answerId: "n1",
          platform: "slack",
          userId: "U1",
          helpful: false,
        });
        await store.questions.recordFeedback({
          answerId: "n1",
          platform: "slack",
          userId: "U2",
          helpful: false,
        });
        await store.questions.recordFeedback({
          answerId: "ok",
          platform: "slack",
          userId: "U1",
          helpful: true,
        });
        // a later click replaces the earlier one: n2 ends up helpful
        await store.questions.recordFeedback({
          answerId: "n2",
          platform: "slack",
          userId: "U3",
          helpful: false,
        });
        await store.questions.recordFeedback({
          answerId: "n2",
          platform: "slack",
          userId: "U3",
          helpful: true,
        });

        const gaps = await store.questions.gaps();
        expect(gaps.map((g) => [g.kind, g.question, g.count, g.factIds])).toEqual([
          ["not-helpful", "when does the pause end", 2, ["pause-end"]],
          ["low-confidence", "how big is the rice trade", 2, ["rice-1", "rice-2"]],
          ["unanswered", "who is the mayor of hanoi", 2, []],
        ]);
        expect(gaps[0]?.lastAsked.getTime()).toBe(lastAsked - MINUTE);

        expect((await store.questions.gaps({ limit: 1 })).map((g) => g.kind)).toEqual(["not-helpful"]);
        // a stricter threshold: 0.45 is no longer low, 0.3 still is
        const strict = await store.questions.gaps({ lowConfidenceBelow: 0.4 });
        expect(strict.find((g) => g.kind === "low-confidence")?.count).toBe(1);
        await expect(store.questions.gaps({ limit: 0 })).rejects.toThrow(/limit/);
      });
    });

    it("applies migrations once: opening the same database twice keeps the data", async () => {
      clock = new TestClock();
      const options = await factory.fresh();
      const first = await factory.open(options, clock);
      open.push(first);
      const s = await first.subscriptions.upsert(sub());
      await first.close();
      const second = await factory.open(options, clock);
      const third = await factory.open(options, clock);
      open.push(second, third);
      expect(await second.subscriptions.get(s.id)).toEqual(s);
      expect(await third.subscriptions.list()).toHaveLength(1);
    });
  });
});
