import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Reply, reply } from "../../src/commands/reply.js";
import { parseCron } from "../../src/digest/cron.js";
import type { DigestPoster, FindTaggedOptions, PlatformCallOptions } from "../../src/digest/types.js";
import { silentLogger } from "../../src/runtime/logger.js";
import { createDigestScheduler, type DigestSchedulerOptions } from "../../src/scheduler/index.js";
import { runForSlot } from "../../src/scheduler/scheduler.js";
import { digestIdFor } from "../../src/state/ids.js";
import { openState } from "../../src/state/index.js";
import type { MessageRef, NewSubscription, StateStore, Subscription } from "../../src/state/types.js";
import { makeBriefing } from "../digest/fixture.js";
import {
  freshDatabase,
  ManualClock,
  ManualTimers,
  MemoryPoster,
  newSub,
  postgresSkipReason,
  SwappableBriefings,
  truncateState,
} from "./helpers.js";

const SEC = 1000;
const MINUTE = 60 * SEC;
const LEASE = 60 * SEC;

/**
 * A poster whose posts wait for the test: `started` resolves when a post begins; `release`
 * lets it land; with `honourSignal` an abort stops it before it lands, without it the post
 * hangs on (a client that ignores aborts) and lands only if released.
 */
class GatedPoster implements DigestPoster {
  readonly platform = "slack" as const;
  readonly landed = new MemoryPoster();
  private gate: { open: () => void; wait: Promise<void> } | undefined;
  private startedResolve: (() => void) | undefined;
  started: Promise<void>;
  aborted: unknown[] = [];

  constructor(private readonly honourSignal: boolean) {
    this.started = this.nextStart();
    this.hold();
  }

  private nextStart(): Promise<void> {
    return new Promise((resolve) => {
      this.startedResolve = resolve;
    });
  }

  /** Later posts wait again. */
  hold(): void {
    let open = () => {};
    const wait = new Promise<void>((resolve) => {
      open = resolve;
    });
    this.gate = { open, wait };
  }

  release(): void {
    this.gate?.open();
    this.gate = undefined;
  }

  async post(
    sub: Pick<Subscription, "workspaceId" | "channelId">,
    message: Reply,
    digestId: string,
    options?: PlatformCallOptions,
  ): Promise<MessageRef> {
    this.startedResolve?.();
    this.started = this.nextStart();
    if (this.gate) {
      const gate = this.gate.wait;
      if (this.honourSignal && options?.signal) {
        const signal = options.signal;
        await new Promise<void>((resolve, reject) => {
          signal.addEventListener("abort", () => {
            this.aborted.push(signal.reason);
            reject(signal.reason);
          });
          void gate.then(resolve);
        });
      } else {
        await gate;
      }
    }
    return this.landed.post(sub, message, digestId);
  }

  findTagged(
    sub: Pick<Subscription, "workspaceId" | "channelId">,
    digestId: string,
    _options: FindTaggedOptions,
  ): Promise<MessageRef | undefined> {
    return this.landed.findTagged(sub, digestId);
  }

  postInThread(
    sub: Pick<Subscription, "workspaceId" | "channelId">,
    parent: MessageRef,
    message: Reply,
  ): Promise<MessageRef> {
    return this.landed.postInThread(sub, parent, message);
  }

  digests(): string[] {
    return this.landed.posts.filter((p) => p.parentId === null).map((p) => p.tag ?? "");
  }
}

const STORES = [
  { name: "sqlite", skip: undefined as string | undefined },
  { name: "postgres", skip: await postgresSkipReason() },
];

describe("runForSlot: node-cron's slot claims its own run", () => {
  it("every minute: the 08:13 slot is the 08:13 run, not 08:14's", () => {
    const slot = new Date("2026-12-01T08:13:00Z");
    expect(runForSlot(parseCron("* * * * *"), "UTC", slot)).toEqual(slot);
  });
  it("0,1 8 * * *: the 08:00 and 08:01 slots are two runs", () => {
    const spec = parseCron("0,1 8 * * *");
    const at = (iso: string) => runForSlot(spec, "Asia/Tokyo", new Date(iso))?.toISOString();
    expect(at("2026-11-30T23:00:00Z")).toBe("2026-11-30T23:00:00.000Z");
    expect(at("2026-11-30T23:01:00Z")).toBe("2026-11-30T23:01:00.000Z");
  });
  it("a slot that is not one of ours (a DST gap) maps to the run just after it", () => {
    // 02:30 does not exist in New York on 8 March 2026; our run is 03:30 EDT (07:30Z).
    const spec = parseCron("30 2 * * *");
    const slot = new Date("2026-03-08T07:29:00Z");
    expect(runForSlot(spec, "America/New_York", slot)?.toISOString()).toBe("2026-03-08T07:30:00.000Z");
  });
});

let db: { url: string; drop: () => Promise<void> } | undefined;

describe.each(STORES)("exactly once on $name", ({ name, skip }) => {
  describe.skipIf(skip !== undefined)(skip ?? "slow, hung and killed posters", () => {
    let state: StateStore;
    let clock: ManualClock;
    let timers: ManualTimers;
    let briefings: SwappableBriefings;

    beforeAll(async () => {
      db = name === "postgres" ? await freshDatabase() : undefined;
    });
    afterAll(async () => {
      await db?.drop();
      db = undefined;
    });
    beforeEach(async () => {
      clock = new ManualClock("2026-12-01T07:00:00.000Z");
      timers = new ManualTimers(clock);
      state = await openState(
        db ? { databaseUrl: db.url, dataDir: ":memory:", clock } : { dataDir: ":memory:", clock },
      );
      if (db) await truncateState(db.url);
      briefings = new SwappableBriefings(makeBriefing());
    });
    afterEach(async () => {
      await state.close();
    });

    function scheduler(owner: string, poster: DigestPoster, overrides: Partial<DigestSchedulerOptions> = {}) {
      return createDigestScheduler({
        state,
        briefings,
        posters: [poster],
        clock,
        timers,
        logger: silentLogger(),
        owner,
        leaseMs: LEASE,
        leaseMarginMs: 6 * SEC,
        callTimeoutMs: 5 * MINUTE,
        cron: false,
        sleep: async (ms) => timers.advance(ms),
        ...overrides,
      });
    }

    async function subscribe(overrides: Partial<NewSubscription> = {}): Promise<Subscription> {
      return state.subscriptions.upsert(newSub(overrides));
    }

    it("a post slower than the lease keeps its claim by renewing it: one post, not two", async () => {
      const sub = await subscribe({ cron: "0 8 * * *", timezone: "UTC" });
      const slow = new GatedPoster(true);
      const other = new MemoryPoster();
      clock.set("2026-12-01T08:00:05.000Z");
      const a = scheduler("replica-a", slow);
      const syncA = a.sync();
      await slow.started;
      // The post hangs for three leases; the heartbeat renews the claim every 6 s meanwhile.
      await timers.advance(3 * LEASE);
      const b = await scheduler("replica-b", other).sync();
      expect(b.outcomes).toEqual({ "not-claimed": 1 });
      expect(other.posts).toHaveLength(0);
      const held = await state.deliveries.get(digestIdFor(sub.id, new Date("2026-12-01T08:00:00Z")));
      expect(held).toMatchObject({ status: "claimed", owner: "replica-a", attempts: 1 });
      expect(held?.leaseUntil?.getTime()).toBeGreaterThan(clock.now().getTime());
      slow.release();
      expect((await syncA).outcomes).toEqual({ sent: 1 });
      expect(slow.digests()).toHaveLength(1);
      expect((await state.deliveries.list(sub.id)).map((d) => [d.status, d.owner])).toEqual([
        ["sent", "replica-a"],
      ]);
      expect(timers.size).toBe(0);
    });

    it("a hung post is cut off by its timeout and the slot held; the retry finds it or posts once", async () => {
      const sub = await subscribe({ cron: "0 8 * * *", timezone: "UTC" });
      const run = new Date("2026-12-01T08:00:00Z");
      const hung = new GatedPoster(false);
      clock.set("2026-12-01T08:00:05.000Z");
      const a = scheduler("replica-a", hung, { callTimeoutMs: 20 * SEC });
      const syncA = a.sync();
      await hung.started;
      await timers.advance(20 * SEC);
      expect((await syncA).outcomes).toEqual({ failed: 1 });
      const failed = await state.deliveries.get(digestIdFor(sub.id, run));
      expect(failed?.status).toBe("failed");
      expect(failed?.error).toMatch(/the post took longer than 20 s; it may have been posted/);
      // The slot is held for a lease: nobody posts while the hung request may still land.
      const b = new MemoryPoster();
      expect((await scheduler("replica-b", b).sync()).outcomes).toEqual({ "not-claimed": 1 });
      // It lands late; the retry after the hold finds it by its tag and records it.
      hung.release();
      await new Promise((r) => setImmediate(r));
      await timers.advance(LEASE);
      const retry = scheduler("replica-b", hung);
      expect((await retry.sync()).outcomes).toEqual({ recovered: 1 });
      expect(hung.digests()).toEqual([digestIdFor(sub.id, run)]);
      expect(await state.deliveries.get(digestIdFor(sub.id, run))).toMatchObject({
        status: "sent",
        owner: "replica-b",
        attempts: 2,
      });
    });

    it("a hung post that never lands is posted once by the retry", async () => {
      const sub = await subscribe({ cron: "0 8 * * *", timezone: "UTC" });
      const hung = new GatedPoster(true);
      clock.set("2026-12-01T08:00:05.000Z");
      const syncA = scheduler("replica-a", hung, { callTimeoutMs: 20 * SEC }).sync();
      await hung.started;
      await timers.advance(20 * SEC);
      expect((await syncA).outcomes).toEqual({ failed: 1 });
      expect(hung.aborted).toHaveLength(1);
      await timers.advance(LEASE);
      const b = new MemoryPoster();
      expect((await scheduler("replica-b", b).sync()).outcomes).toEqual({ sent: 1 });
      expect(b.posts.map((p) => p.tag)).toEqual([digestIdFor(sub.id, new Date("2026-12-01T08:00:00Z"))]);
      expect(hung.digests()).toEqual([]);
    });

    it.each([
      ["fails", async () => Promise.reject(new Error("connection refused"))],
      ["hangs", () => new Promise<never>(() => {})],
    ])(
      "an owner whose renewal %s (database gone) aborts its post before its lease ends",
      async (_how, renew) => {
        const sub = await subscribe({ cron: "0 8 * * *", timezone: "UTC" });
        const slow = new GatedPoster(true);
        const broken: StateStore = {
          ...state,
          kind: state.kind,
          subscriptions: state.subscriptions,
          questions: state.questions,
          close: () => state.close(),
          deliveries: Object.assign(Object.create(state.deliveries) as StateStore["deliveries"], {
            renew,
          }),
        };
        clock.set("2026-12-01T08:00:05.000Z");
        const syncA = scheduler("replica-a", slow, { state: broken }).sync();
        await slow.started;
        // Renewals fail (or never answer); the beat before the margin runs out aborts the post.
        await timers.advance(LEASE - 6 * SEC, { wait: false });
        expect((await syncA).outcomes).toEqual({ "lease-lost": 1 });
        expect(slow.aborted).toHaveLength(1);
        expect(clock.now().getTime()).toBeLessThan(Date.parse("2026-12-01T08:01:05.000Z"));
        await timers.advance(6 * SEC);
        const b = new MemoryPoster();
        expect((await scheduler("replica-b", b).sync()).outcomes).toEqual({ sent: 1 });
        expect(slow.digests()).toEqual([]);
        expect(b.posts).toHaveLength(1);
        const [row] = await state.deliveries.list(sub.id);
        expect(row).toMatchObject({ status: "sent", owner: "replica-b", attempts: 2 });
      },
    );

    it("* * * * *: each minute's digest goes out at its minute; 0,1 8 * * * posts both", async () => {
      const every = await subscribe({ channelId: "C-every", cron: "* * * * *", timezone: "UTC" });
      const twice = await subscribe({ channelId: "C-twice", cron: "0,1 8 * * *", timezone: "UTC" });
      const poster = new MemoryPoster();
      const s = scheduler("replica-a", poster);
      const sent: [string, string][] = [];
      for (let m = 0; m < 5; m++) {
        clock.set(new Date(Date.parse("2026-12-01T08:00:02.000Z") + m * MINUTE).toISOString());
        const before = poster.posts.length;
        await s.sync();
        for (const p of poster.posts.slice(before)) sent.push([clock.now().toISOString(), p.tag ?? ""]);
      }
      const at = (m: number) => new Date(Date.parse("2026-12-01T08:00:00Z") + m * MINUTE);
      // Subscriptions are synced concurrently: order within a minute is free.
      sent.sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
      expect(sent).toEqual(
        [
          ["2026-12-01T08:00:02.000Z", digestIdFor(every.id, at(0))],
          ["2026-12-01T08:00:02.000Z", digestIdFor(twice.id, at(0))],
          ["2026-12-01T08:01:02.000Z", digestIdFor(every.id, at(1))],
          ["2026-12-01T08:01:02.000Z", digestIdFor(twice.id, at(1))],
          ["2026-12-01T08:02:02.000Z", digestIdFor(every.id, at(2))],
          ["2026-12-01T08:03:02.000Z", digestIdFor(every.id, at(3))],
          ["2026-12-01T08:04:02.000Z", digestIdFor(every.id, at(4))],
        ].sort((x, y) => x[0]!.localeCompare(y[0]!) || x[1]!.localeCompare(y[1]!)),
      );
    });

    it("a process killed holding claims on * * * * *: each claim is recorded, retried or written off", async () => {
      const every = await subscribe({ channelId: "C-every", cron: "* * * * *", timezone: "UTC" });
      const daily = await subscribe({ channelId: "C-daily", cron: "10 8 * * *", timezone: "UTC" });
      const platform = new MemoryPoster();
      const minute = (m: number) => new Date(Date.parse("2026-12-01T08:10:00Z") + m * MINUTE);
      // The dead process claimed 08:10-08:14 with a 10-minute lease, one a minute, and died
      // mid-post each time; the 08:12 post had reached the platform before it died.
      for (let m = 0; m < 5; m++) {
        clock.set(new Date(minute(m).getTime() + 2 * SEC).toISOString());
        const claim = await state.deliveries.claim(every.id, minute(m), "dead-replica", 10 * MINUTE);
        expect(claim).toBeDefined();
        if (m === 0) await state.deliveries.claim(daily.id, minute(0), "dead-replica", 10 * MINUTE);
        if (m === 2) await platform.post(every, briefingReply(), digestIdFor(every.id, minute(2)));
      }
      // A survivor runs from 08:15 on, syncing each minute until every lease has run out.
      const s = scheduler("survivor", platform, { leaseMs: 10 * MINUTE, leaseMarginMs: MINUTE });
      for (let m = 5; m <= 26; m++) {
        clock.set(new Date(minute(m).getTime() + 3 * SEC).toISOString());
        await s.sync();
      }
      const rows = await state.deliveries.list(every.id);
      const byMinute = new Map(rows.map((d) => [d.scheduledFor.getTime(), d]));
      // Every minute from 08:15 went out once, at its minute, by the survivor.
      for (let m = 5; m <= 26; m++) expect(byMinute.get(minute(m).getTime())?.status).toBe("sent");
      expect(platform.posts.filter((p) => p.channelId === "C-every")).toHaveLength(22 + 1);
      // The dead claims: none left claimed; the one it had posted is recorded, the rest
      // written off with who held them and what superseded them.
      expect(rows.filter((d) => d.status === "claimed" || d.status === "failed")).toEqual([]);
      expect(byMinute.get(minute(2).getTime())).toMatchObject({
        status: "sent",
        owner: "survivor",
        attempts: 2,
      });
      for (const m of [0, 1, 3, 4]) {
        const d = byMinute.get(minute(m).getTime());
        expect(d?.status).toBe("skipped");
        expect(d?.attempts).toBe(2);
        expect(d?.error).toMatch(
          /^not posted: its owner dead-replica stopped before finishing \(lease ran out at .*\); superseded by the run at /,
        );
      }
      // The daily run had nothing after it: it is retried once, late, and sent.
      expect((await state.deliveries.list(daily.id)).map((d) => [d.status, d.attempts, d.owner])).toEqual([
        ["sent", 2, "survivor"],
      ]);
      expect(platform.posts.filter((p) => p.channelId === "C-daily")).toHaveLength(1);
    });
  });
});

function briefingReply(): Reply {
  return reply({ kind: "digest", title: "Digest", text: "posted before the crash" });
}
