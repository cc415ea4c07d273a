import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DigestPoster } from "../../src/digest/types.js";
import { silentLogger } from "../../src/runtime/logger.js";
import { BotMetrics } from "../../src/runtime/metrics.js";
import { createDigestScheduler, type DigestSchedulerOptions } from "../../src/scheduler/index.js";
import { digestIdFor } from "../../src/state/ids.js";
import { openState } from "../../src/state/index.js";
import type { NewSubscription, StateStore, Subscription } from "../../src/state/types.js";
import { makeBriefing, withEditedStatement } from "../digest/fixture.js";
import { FakeDigestPlatform } from "../fakes/digest-platform.js";
import { HttpDigestPoster } from "../fakes/digest-platform-poster.js";
import {
  freshDatabase,
  ManualClock,
  newSub,
  postgresSkipReason,
  SwappableBriefings,
  truncateState,
} from "./helpers.js";

// Daily 08:00 in Tokyo: 23:00 UTC the day before.
const CREATED = "2026-11-27T20:00:00.000Z";
const R1 = new Date("2026-11-27T23:00:00.000Z");
const R2 = new Date("2026-11-28T23:00:00.000Z");
const R3 = new Date("2026-11-29T23:00:00.000Z");
const SEC = 1000;
const HOUR = 3_600_000;

let platform: FakeDigestPlatform;
let state: StateStore;
let clock: ManualClock;
let briefings: SwappableBriefings;
let sleeps: number[];
let poster: HttpDigestPoster;

/** The same suite on both stores; PostgreSQL in a fresh database for this file. */
const STORES = [
  { name: "sqlite", skip: undefined as string | undefined },
  { name: "postgres", skip: await postgresSkipReason() },
];
let db: { url: string; drop: () => Promise<void> } | undefined;

describe.each(STORES)("digest scheduler on $name", ({ name, skip }) => {
  describe.skipIf(skip !== undefined)(skip ?? "with an injected clock", () => {
    beforeAll(async () => {
      db = name === "postgres" ? await freshDatabase() : undefined;
    });
    afterAll(async () => {
      await db?.drop();
      db = undefined;
    });

    beforeEach(async () => {
      platform = await new FakeDigestPlatform({ perChannelPerSecond: 1000, perChannelBurst: 1000 }).start();
      clock = new ManualClock(CREATED);
      state = await openState(
        db ? { databaseUrl: db.url, dataDir: ":memory:", clock } : { dataDir: ":memory:", clock },
      );
      if (db) await truncateState(db.url);
      briefings = new SwappableBriefings(makeBriefing());
      sleeps = [];
      poster = new HttpDigestPoster(platform.url, "slack");
    });

    afterEach(async () => {
      await state.close();
      await platform.close();
    });

    function scheduler(overrides: Partial<DigestSchedulerOptions> = {}) {
      return createDigestScheduler({
        state,
        briefings,
        posters: [poster],
        clock,
        logger: silentLogger(),
        owner: "replica-a",
        leaseMs: 60 * SEC,
        cron: false,
        sleep: async (ms) => {
          sleeps.push(ms);
          clock.advance(ms);
        },
        ...overrides,
      });
    }

    async function subscribe(overrides: Partial<NewSubscription> = {}): Promise<Subscription> {
      return state.subscriptions.upsert(newSub(overrides));
    }

    async function statuses(subId: string): Promise<[string, string, string | null][]> {
      return (await state.deliveries.list(subId)).map((d) => [
        d.scheduledFor.toISOString(),
        d.status,
        d.error,
      ]);
    }

    describe("digest scheduler: on time", () => {
      it("posts the due run once, tagged with its digest id, and records the facts delivered", async () => {
        const sub = await subscribe();
        const s = scheduler();
        clock.set("2026-11-27T22:59:00.000Z");
        expect((await s.sync()).posted).toBe(0);
        clock.set("2026-11-27T23:00:20.000Z");
        const report = await s.sync();
        expect(report.posted).toBe(1);
        const posts = platform.digests("C1");
        expect(posts).toHaveLength(1);
        expect(posts[0]?.tag).toBe(digestIdFor(sub.id, R1));
        expect(posts[0]?.reply.kind).toBe("digest");
        expect(posts[0]?.reply.text).toContain("First digest");
        const [delivery] = await state.deliveries.list(sub.id);
        expect(delivery).toMatchObject({
          status: "sent",
          message: { channelId: "C1", messageId: posts[0]?.messageId },
        });
        expect((await state.deliveries.deliveredFacts(sub.id)).map((f) => f.factId).sort()).toEqual(
          briefings.briefing.facts.map((f) => f.id).sort(),
        );
        // A second sync in the same minute, and one later, post nothing more.
        await s.sync();
        clock.advance(10 * 60 * SEC);
        await s.sync();
        expect(platform.digests()).toHaveLength(1);
      });

      it("leaves subscriptions of a platform it cannot post to for a replica that can", async () => {
        const discord = await subscribe({ platform: "discord", channelId: "D1" });
        clock.set("2026-11-27T23:00:20.000Z");
        expect((await scheduler().sync()).subscriptions).toBe(0);
        expect(await state.deliveries.list(discord.id)).toEqual([]);
      });

      it("picks up subscriptions added after start (by another replica) on the next sync", async () => {
        const s = scheduler();
        await s.sync();
        await subscribe({ channelId: "C2" });
        clock.set("2026-11-27T23:00:30.000Z");
        await s.sync();
        expect(platform.digests("C2")).toHaveLength(1);
      });
    });

    describe("digest scheduler: missed runs", () => {
      async function firstDelivered(policy: Subscription["missedPolicy"]): Promise<Subscription> {
        const sub = await subscribe({ missedPolicy: policy });
        clock.set("2026-11-27T23:00:10.000Z");
        await scheduler().sync();
        expect(platform.digests()).toHaveLength(1);
        return sub;
      }

      it("late-once: after an outage, posts once for the latest run in the window and records older misses", async () => {
        const sub = await firstDelivered("late-once");
        // Down from just after R1 until 2.5 hours after R3: R2 is 26.5 hours old, R3 2.5 hours.
        clock.set(new Date(R3.getTime() + 2.5 * HOUR).toISOString());
        const s = scheduler({ owner: "replica-restarted" });
        const report = await s.sync();
        expect(report.posted).toBe(1);
        expect(platform.digests()).toHaveLength(2);
        expect(platform.digests()[1]?.tag).toBe(digestIdFor(sub.id, R3));
        expect(await statuses(sub.id)).toEqual([
          [R1.toISOString(), "sent", null],
          [R2.toISOString(), "missed", "missed while the bot was down; older than the catch-up window"],
          [R3.toISOString(), "sent", null],
        ]);
        // Catch-up happens once: later syncs and restarts post nothing more.
        await s.sync();
        clock.advance(HOUR);
        await scheduler({ owner: "another" }).sync();
        expect(platform.digests()).toHaveLength(2);
      });

      it("late-once: several misses inside the window give one post, for the latest", async () => {
        const sub = await subscribe({ cron: "0 * * * *", scheduleLabel: "0 * * * *" });
        clock.set("2026-11-27T21:00:05.000Z");
        await scheduler().sync();
        clock.set("2026-11-28T01:30:00.000Z"); // missed 22:00, 23:00, 00:00, 01:00
        await scheduler().sync();
        expect(platform.digests().map((p) => p.tag)).toEqual([
          digestIdFor(sub.id, new Date("2026-11-27T21:00:00Z")),
          digestIdFor(sub.id, new Date("2026-11-28T01:00:00Z")),
        ]);
        const rows = await statuses(sub.id);
        expect(rows.map((r) => r[1])).toEqual(["sent", "skipped", "skipped", "skipped", "sent"]);
        expect(rows[1]?.[2]).toMatch(/superseded by the late run/);
      });

      it("skip: records the missed run as skipped and posts nothing", async () => {
        const sub = await firstDelivered("skip");
        clock.set(new Date(R2.getTime() + HOUR).toISOString());
        await scheduler().sync();
        expect(platform.digests()).toHaveLength(1);
        expect((await statuses(sub.id)).at(-1)).toEqual([
          R2.toISOString(),
          "skipped",
          "missed while the bot was down (policy: skip)",
        ]);
      });

      it("fold: records 'folded' and the next digest covers what changed since the last one sent", async () => {
        const sub = await firstDelivered("fold");
        briefings.briefing = withEditedStatement("chip-rnd", {
          en: "The two countries agreed to cooperate on chip research and design.",
          ja: "両国は半導体の研究と設計で協力することで合意した。",
          vi: "Hai nước nhất trí hợp tác nghiên cứu và thiết kế chip.",
        });
        clock.set(new Date(R2.getTime() + HOUR).toISOString());
        await scheduler().sync();
        expect((await statuses(sub.id)).at(-1)).toEqual([R2.toISOString(), "skipped", "folded"]);
        expect(platform.digests()).toHaveLength(1);
        clock.set(new Date(R3.getTime() + 30 * SEC).toISOString());
        await scheduler().sync();
        const next = platform.digests()[1];
        expect(next?.tag).toBe(digestIdFor(sub.id, R3));
        expect(next?.reply.sections[0]?.text).toContain("chip research and design");
      });

      it("a new subscription does not catch up runs from before it existed", async () => {
        clock.set("2026-11-28T00:30:00.000Z"); // 09:30 JST, after today's 08:00
        const sub = await subscribe();
        await scheduler().sync();
        expect(platform.digests()).toHaveLength(0);
        expect(await statuses(sub.id)).toEqual([]);
      });
    });

    describe("digest scheduler: exactly once across a crash", () => {
      it("a crash after posting but before recording: the next owner finds the tagged post and records it", async () => {
        const sub = await subscribe();
        // Replica A posts, then dies before recording: its post never returns to the scheduler.
        let posted: () => void = () => undefined;
        const postedOnce = new Promise<void>((resolve) => {
          posted = resolve;
        });
        const dying: DigestPoster = {
          platform: "slack",
          findTagged: (t, id) => poster.findTagged(t, id),
          postInThread: (t, p, r) => poster.postInThread(t, p, r),
          post: async (t, reply, id) => {
            await poster.post(t, reply, id);
            posted();
            return new Promise(() => undefined); // the process is gone
          },
        };
        clock.set("2026-11-27T23:00:10.000Z");
        void scheduler({ posters: [dying], owner: "replica-a" }).sync();
        await postedOnce;
        expect(platform.digests()).toHaveLength(1);
        expect((await state.deliveries.list(sub.id))[0]).toMatchObject({
          status: "claimed",
          owner: "replica-a",
        });

        // Replica B, within A's lease: the run is not its to take.
        const b = scheduler({ owner: "replica-b" });
        expect((await b.sync()).outcomes).toEqual({ "not-claimed": 1 });
        // After the lease: B takes over, finds the tagged message, records it, posts nothing.
        clock.advance(61 * SEC);
        expect((await b.sync()).outcomes).toEqual({ recovered: 1 });
        expect(platform.digests()).toHaveLength(1);
        const [delivery] = await state.deliveries.list(sub.id);
        expect(delivery).toMatchObject({
          status: "sent",
          message: { messageId: platform.digests()[0]?.messageId },
        });
        expect(await state.deliveries.deliveredFacts(sub.id)).toHaveLength(briefings.briefing.facts.length);
      });
    });

    describe("digest scheduler: platform errors", () => {
      it("429 with Retry-After: waits as told, then posts once", async () => {
        await subscribe();
        platform.script("C1", [{ status: 429, retryAfterSeconds: 7 }]);
        clock.set("2026-11-27T23:00:10.000Z");
        const report = await scheduler().sync();
        expect(report.outcomes).toEqual({ sent: 1 });
        expect(sleeps).toEqual([7000]);
        expect(platform.answers.get(429)).toBe(1);
        expect(platform.digests()).toHaveLength(1);
      });

      it("500s: backs off exponentially, then posts once", async () => {
        await subscribe();
        platform.script("C1", [{ status: 500 }, { status: 503 }, { status: 500 }]);
        clock.set("2026-11-27T23:00:10.000Z");
        expect((await scheduler().sync()).outcomes).toEqual({ sent: 1 });
        expect(sleeps).toEqual([1000, 2000, 4000]);
        expect(platform.digests()).toHaveLength(1);
      });

      it("persistent 500s: bounded attempts, recorded failed, retried at the next sync", async () => {
        const sub = await subscribe();
        platform.script(
          "C1",
          Array.from({ length: 5 }, () => ({ status: 500 as const })),
        );
        clock.set("2026-11-27T23:00:10.000Z");
        const metrics = new BotMetrics();
        expect((await scheduler({ metrics }).sync()).outcomes).toEqual({ failed: 1 });
        expect(sleeps).toHaveLength(4);
        expect((await state.deliveries.list(sub.id))[0]).toMatchObject({
          status: "failed",
          error: "HTTP 500: internal_error",
        });
        const failed = await metrics.registry.getSingleMetricAsString("briefbot_digests_total");
        expect(failed).toContain('outcome="failed"');
        // The platform recovers: the next sync posts it, once.
        clock.advance(60 * SEC);
        expect((await scheduler().sync()).outcomes).toEqual({ sent: 1 });
        expect(platform.digests()).toHaveLength(1);
      });

      it("a removed channel pauses the subscription with its reason and stops posting", async () => {
        const sub = await subscribe();
        platform.removeChannel("C1");
        clock.set("2026-11-27T23:00:10.000Z");
        expect((await scheduler().sync()).outcomes).toEqual({ paused: 1 });
        const paused = await state.subscriptions.get(sub.id);
        expect(paused?.state).toBe("paused");
        expect(paused?.pausedReason).toMatch(/channel_not_found: the channel is gone or the bot was removed/);
        expect(platform.answers.get(404)).toBe(1); // no retries
        clock.set(new Date(R2.getTime() + 10 * SEC).toISOString());
        expect((await scheduler().sync()).subscriptions).toBe(0);
        expect(platform.answers.get(404)).toBe(1);
      });
    });

    describe("digest scheduler: corrections", () => {
      it("posts the corrected digest and a correction in the thread of the digest that carried the old version", async () => {
        await subscribe();
        clock.set("2026-11-27T23:00:10.000Z");
        await scheduler().sync();
        const first = platform.digests()[0];
        briefings.briefing = withEditedStatement("phd-training", {
          en: "Japan will help train about 200 Vietnamese PhD students in semiconductors.",
          ja: "日本はベトナムの博士課程学生約200人の育成を支援する。",
          vi: "Nhật Bản sẽ giúp đào tạo khoảng 200 nghiên cứu sinh tiến sĩ Việt Nam.",
        });
        clock.set(new Date(R2.getTime() + 10 * SEC).toISOString());
        await scheduler().sync();
        const second = platform.digests()[1];
        expect(second?.reply.sections[0]?.heading).toBe("Correction");
        expect(second?.reply.sections[0]?.text).toContain('earlier we said "Japan will help train about 250');
        const thread = platform.threadReplies(first?.messageId ?? "");
        expect(thread).toHaveLength(1);
        expect(thread[0]?.reply.text).toContain("Correction to the digest of 28 November 2026");
        expect(thread[0]?.reply.text).toContain("about 200");
        // The third digest has nothing to correct.
        clock.set(new Date(R3.getTime() + 10 * SEC).toISOString());
        await scheduler().sync();
        expect(platform.digests()[2]?.reply.text).toContain("Nothing in the briefing has changed");
        expect(platform.posts.filter((p) => p.parentId !== null)).toHaveLength(1);
      });
    });
  });
});
