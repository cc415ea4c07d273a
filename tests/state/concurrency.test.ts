import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openState } from "../../src/state/index.js";
import { migrations } from "../../src/state/migrations/index.js";
import type { NewSubscription, StateStore } from "../../src/state/types.js";
import { createTestDatabase, postgresSkipReason, TestClock } from "./stores.js";

const pgSkip = await postgresSkipReason();
const MINUTE = 60_000;
const SLOT = new Date("2026-01-05T08:00:00.000Z");

const sub = (channelId: string): NewSubscription => ({
  platform: "discord",
  workspaceId: "G1",
  channelId,
  briefingId: "japan-vietnam-2025",
  cron: "0 8 * * *",
  scheduleLabel: "daily 08:00",
  timezone: "Asia/Tokyo",
  lang: "ja",
  createdBy: "U1",
});

/** `callers` claims of one slot spread over the stores; returns the owners that won. */
async function raceForSlot(
  stores: StateStore[],
  subscriptionId: string,
  slot: Date,
  callers: number,
): Promise<string[]> {
  const results = await Promise.all(
    Array.from({ length: callers }, (_, i) =>
      stores[i % stores.length]!.deliveries.claim(subscriptionId, slot, `owner-${i}`, MINUTE),
    ),
  );
  return results.flatMap((d) => (d ? [d.owner ?? "?"] : []));
}

describe.skipIf(pgSkip !== undefined)(
  `PostgreSQL, many connections${pgSkip ? ` (skipped: ${pgSkip})` : ""}`,
  () => {
    let db: Awaited<ReturnType<typeof createTestDatabase>>;
    const stores: StateStore[] = [];
    const clock = new TestClock();

    beforeAll(async () => {
      db = await createTestDatabase();
    });
    afterAll(async () => {
      await Promise.all(stores.map((s) => s.close()));
      await db?.drop();
    });

    it("several processes starting at once migrate the new database once", async () => {
      const opened = await Promise.all(
        Array.from({ length: 4 }, () =>
          openState({ databaseUrl: db.url, dataDir: ":memory:", poolSize: 10, clock }),
        ),
      );
      stores.push(...opened);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query("select name from kysely_migration order by name");
      await client.end();
      expect(rows.map((r: { name: string }) => r.name)).toEqual(Object.keys(migrations));
    });

    it("20 parallel callers on 4 pools claim the same slot: exactly one wins, for each of 10 slots", async () => {
      const s = await stores[0]!.subscriptions.upsert(sub("C-race"));
      for (let k = 0; k < 10; k++) {
        const slot = new Date(SLOT.getTime() + k * 24 * 60 * MINUTE);
        const winners = await raceForSlot(stores, s.id, slot, 20);
        expect(winners, `slot ${k}`).toHaveLength(1);
      }
      expect(await stores[1]!.deliveries.list(s.id)).toHaveLength(10);
    });

    it("when a lease expires, 20 parallel take-overs still give exactly one winner", async () => {
      const s = await stores[0]!.subscriptions.upsert(sub("C-takeover"));
      expect(await raceForSlot(stores, s.id, SLOT, 1)).toEqual(["owner-0"]);
      clock.advance(MINUTE);
      const winners = await raceForSlot(stores, s.id, SLOT, 20);
      expect(winners).toHaveLength(1);
      expect(
        (await stores[2]!.deliveries.get((await stores[0]!.deliveries.list(s.id))[0]!.id))?.attempts,
      ).toBe(2);
    });
  },
);

describe("SQLite, two connections to one file", () => {
  let dir = "";
  const stores: StateStore[] = [];
  const clock = new TestClock();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "briefbot-sqlite-race-"));
    stores.push(await openState({ dataDir: dir, clock }), await openState({ dataDir: dir, clock }));
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it("several connections opening a new file at once all migrate it without error", async () => {
    const fresh = join(dir, "fresh");
    const opened = await Promise.all(Array.from({ length: 4 }, () => openState({ dataDir: fresh, clock })));
    const s = await opened[0]!.subscriptions.upsert(sub("C-first"));
    expect(await opened[3]!.subscriptions.get(s.id)).toEqual(s);
    await Promise.all(opened.map((o) => o.close()));
  });

  it("both connections see one database", async () => {
    const s = await stores[0]!.subscriptions.upsert(sub("C-shared"));
    expect(await stores[1]!.subscriptions.get(s.id)).toEqual(s);
  });

  it("20 interleaved claims of the same slot from both connections: exactly one wins, for each of 10 slots", async () => {
    const s = await stores[0]!.subscriptions.upsert(sub("C-race"));
    for (let k = 0; k < 10; k++) {
      const slot = new Date(SLOT.getTime() + k * 24 * 60 * MINUTE);
      expect(await raceForSlot(stores, s.id, slot, 20), `slot ${k}`).toHaveLength(1);
    }
    expect(await stores[1]!.deliveries.list(s.id)).toHaveLength(10);
  });

  it("an expired lease is taken over by exactly one of the two connections", async () => {
    const s = await stores[0]!.subscriptions.upsert(sub("C-takeover"));
    expect(await raceForSlot(stores, s.id, SLOT, 1)).toHaveLength(1);
    clock.advance(MINUTE);
    expect(await raceForSlot(stores, s.id, SLOT, 20)).toHaveLength(1);
  });
});
