import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/clock.js";
import { openState } from "../../src/state/index.js";
import type { StateStore, Subscription } from "../../src/state/types.js";
import { FakeDigestPlatform } from "../fakes/digest-platform.js";
import { freshDatabase, newSub, postgresSkipReason } from "./helpers.js";

/**
 * The reproduction: two replicas with a 5 s lease whose posts take 7 s, ten
 * subscriptions due at once. Before the lease was renewed while posting and markSent was
 * fenced, the second replica took over every claim mid-post and posted again (13-20 posts).
 * The workers run on the test's clock (the run is due 4 s after they start); the test stops
 * them with SIGTERM, which waits for their deliveries in flight, before counting.
 */
const skipReason = await postgresSkipReason();
const WORKER = fileURLToPath(new URL("./worker.mjs", import.meta.url));
const DIST = fileURLToPath(new URL("../../dist/scheduler/index.js", import.meta.url));

describe.skipIf(skipReason !== undefined)(`posts slower than the lease ${skipReason ?? ""}`, () => {
  let db: { url: string; drop: () => Promise<void> };
  let platform: FakeDigestPlatform;
  let state: StateStore;
  const workers: ChildProcess[] = [];
  const logs: string[] = [];

  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error("dist/ is missing: run `npm run build` before this test");
    db = await freshDatabase();
    platform = await new FakeDigestPlatform({ latencyMs: 10 }).start();
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill("SIGKILL");
    await state?.close();
    await platform?.close();
    await db?.drop();
  });

  it("two replicas, 5 s lease, 7 s posts: exactly 10 posts for 10 subscriptions", {
    timeout: 120_000,
  }, async () => {
    const realStart = Date.now();
    const run = Math.ceil((realStart + 60_000) / 60_000) * 60_000;
    state = await openState({
      databaseUrl: db.url,
      dataDir: ":memory:",
      clock: fixedClock(new Date(run - 600_000)),
    });
    const at = new Date(run);
    const cron = `${at.getUTCMinutes()} ${at.getUTCHours()} * * *`;
    const subs: Subscription[] = [];
    for (let i = 0; i < 10; i++) {
      subs.push(
        await state.subscriptions.upsert(
          newSub({
            channelId: `C${i}`,
            briefingId: "japan-vietnam-2025",
            cron,
            scheduleLabel: cron,
            timezone: "UTC",
          }),
        ),
      );
    }
    for (let i = 0; i < 2; i++) {
      const worker = spawn(process.execPath, [WORKER], {
        env: {
          ...process.env,
          DATABASE_URL: db.url,
          PLATFORM_URL: platform.url,
          OWNER: `replica-${i}`,
          CLOCK_START_MS: String(run - 4_000),
          CLOCK_REAL_MS: String(realStart),
          LEASE_MS: "5000",
          LEASE_MARGIN_MS: "1000",
          SYNC_MS: "1000",
          CONCURRENCY: "10",
          POST_DELAY_MS: "7000",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      worker.stderr?.on("data", (d: Buffer) => logs.push(`[replica-${i}] ${d.toString()}`));
      workers.push(worker);
    }
    const allSent = async () =>
      (await Promise.all(subs.map((s) => state.deliveries.list(s.id)))).every(
        (rows) => rows.length === 1 && rows[0]?.status === "sent",
      );
    const end = Date.now() + 90_000;
    while (!(await allSent())) {
      if (Date.now() > end) throw new Error(`not all sent:\n${logs.join("")}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    // Stopping waits for every delivery in flight: nothing can land after the count.
    for (const w of workers) {
      w.kill("SIGTERM");
      const [code] = await once(w, "exit");
      expect(code).toBe(0);
    }
    const posts = platform.digests();
    console.log(`slow-post reproduction: ${posts.length} posts for ${subs.length} subscriptions`);
    expect(posts).toHaveLength(10);
    expect(new Set(posts.map((p) => p.channelId)).size).toBe(10);
  });
});
