import { afterEach, describe, expect, it, vi } from "vitest";
import { silentLogger } from "../../src/runtime/logger.js";
import { createDigestScheduler, type DigestScheduler } from "../../src/scheduler/index.js";
import { digestIdFor } from "../../src/state/ids.js";
import { openState } from "../../src/state/index.js";
import type { StateStore } from "../../src/state/types.js";
import { makeBriefing } from "../digest/fixture.js";
import { MemoryPoster, newSub, SwappableBriefings } from "./helpers.js";

/** node-cron 4 drives the runs here, under fake timers (Date and timers both faked). */
const HOUR = 3_600_000;
const open: { state: StateStore; schedulers: DigestScheduler[] }[] = [];

afterEach(async () => {
  for (const o of open.splice(0)) {
    for (const s of o.schedulers) await s.stop();
    await o.state.close();
  }
  vi.useRealTimers();
});

async function setup(startIso: string, syncIntervalMs: number, replicas = 1) {
  vi.useFakeTimers({
    now: new Date(startIso),
    toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"],
  });
  const state = await openState({ dataDir: ":memory:" });
  const poster = new MemoryPoster();
  const briefings = new SwappableBriefings(makeBriefing());
  const schedulers = Array.from({ length: replicas }, (_, i) =>
    createDigestScheduler({
      state,
      briefings,
      posters: [poster],
      logger: silentLogger(),
      owner: `replica-${i}`,
      syncIntervalMs,
      leaseMs: 5 * 60_000,
    }),
  );
  open.push({ state, schedulers });
  return { state, poster, schedulers };
}

describe("node-cron triggers", () => {
  it("fires a daily Tokyo digest at 08:00 JST through the ledger-backed run coordinator", async () => {
    // Sync only once a day, so the post can only come from node-cron's trigger.
    const { state, poster, schedulers } = await setup("2026-11-27T20:00:00Z", 24 * HOUR);
    const sub = await state.subscriptions.upsert(newSub());
    await schedulers[0]?.start();
    await vi.advanceTimersByTimeAsync(2 * HOUR + 59 * 60_000);
    expect(poster.posts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(poster.posts.map((p) => p.tag)).toEqual([digestIdFor(sub.id, new Date("2026-11-27T23:00:00Z"))]);
    expect((await state.deliveries.list(sub.id))[0]).toMatchObject({ status: "sent", owner: "replica-0" });
  });

  it("two replicas with the same tasks: each run is posted once", async () => {
    const { state, poster, schedulers } = await setup("2026-11-27T20:00:00Z", 24 * HOUR, 2);
    const subs = await Promise.all(
      ["C1", "C2", "C3"].map((channelId) => state.subscriptions.upsert(newSub({ channelId }))),
    );
    for (const s of schedulers) await s.start();
    await vi.advanceTimersByTimeAsync(4 * HOUR);
    expect(poster.posts.map((p) => p.channelId).sort()).toEqual(["C1", "C2", "C3"]);
    for (const sub of subs)
      expect((await state.deliveries.list(sub.id)).map((d) => d.status)).toEqual(["sent"]);
  });

  it("America/New_York fall-back: 01:30 happens twice, the digest goes out once", async () => {
    const { state, poster, schedulers } = await setup("2026-10-31T20:00:00Z", 60_000);
    const sub = await state.subscriptions.upsert(
      newSub({ cron: "30 1 * * *", scheduleLabel: "daily 01:30", timezone: "America/New_York" }),
    );
    await schedulers[0]?.start();
    await vi.advanceTimersByTimeAsync(13 * HOUR); // through 2026-11-01 09:00Z
    expect(poster.posts.map((p) => p.tag)).toEqual([digestIdFor(sub.id, new Date("2026-11-01T05:30:00Z"))]);
  });

  it("America/New_York spring-forward: 02:30 does not exist, the digest goes out once at 03:30 EDT", async () => {
    const { state, poster, schedulers } = await setup("2026-03-07T20:00:00Z", 60_000);
    const sub = await state.subscriptions.upsert(
      newSub({ cron: "30 2 * * *", scheduleLabel: "daily 02:30", timezone: "America/New_York" }),
    );
    await schedulers[0]?.start();
    await vi.advanceTimersByTimeAsync(16 * HOUR); // through 2026-03-08 12:00Z
    expect(poster.posts.map((p) => p.tag)).toEqual([digestIdFor(sub.id, new Date("2026-03-08T07:30:00Z"))]);
    const [delivery] = await state.deliveries.list(sub.id);
    expect(delivery?.status).toBe("sent");
  });

  it("stop() ends the tasks: nothing fires afterwards", async () => {
    const { state, poster, schedulers } = await setup("2026-11-27T20:00:00Z", 60_000);
    await state.subscriptions.upsert(newSub());
    await schedulers[0]?.start();
    await schedulers[0]?.stop();
    await vi.advanceTimersByTimeAsync(6 * HOUR);
    expect(poster.posts).toHaveLength(0);
  });
});
