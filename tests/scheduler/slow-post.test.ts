import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/clock.js";
import { openState } from "../../src/state/index.js";
import type { StateStore, Subscription } from "../../src/state/types.js";
import { FakeDigestPlatform } from "../fakes/digest-platform.js";
import { freshDatabase, newSub, postgresSkipReason } from "./helpers.js";

const skipReason = await postgresSkipReason();
const WORKER = fileURLToPath(new URL("./worker.mjs", import.meta.url));
const DIST = fileURLToPath(new URL("../../dist/scheduler/index.js", import.meta.url));

describe.skipIf(skipReason !== undefined)(`slow posts ${skipReason ?? ""}`, () => {
  let db: { url: string; drop: () => Promise<void> };
  let platform: FakeDigestPlatform;
  let state: StateStore;
  const workers: ChildProcess[] = [];
  const logs: string[] = [];
  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error("dist/ is missing");
    db = await freshDatabase();
    platform = await new FakeDigestPlatform({ latencyMs: 10 }).start();
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill("SIGKILL");
    await state?.close();
    await platform?.close();
    await db?.drop();
  });
  it("two replicas, 5 s lease, 7 s post, 10 subscriptions", { timeout: 240_000 }, async () => {
    const now = Date.now();
    let run = Math.ceil(now / 60_000) * 60_000;
    if (run - now < 10_000) run += 60_000;
    state = await openState({
      databaseUrl: db.url,
      dataDir: ":memory:",
      clock: fixedClock(new Date(now - 600_000)),
    });
    const subs: Subscription[] = [];
    const local = new Date(run);
    for (let i = 0; i < 10; i++) {
      const cron = `${local.getUTCMinutes()} ${local.getUTCHours()} * * *`;
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
      const w = spawn(process.execPath, [WORKER], {
        env: {
          ...process.env,
          DATABASE_URL: db.url,
          PLATFORM_URL: platform.url,
          OWNER: `replica-${i}`,
          LEASE_MS: "5000",
          LEASE_MARGIN_MS: "1000",
          SYNC_MS: "1000",
          CONCURRENCY: "10",
          POST_DELAY_MS: "7000",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      w.stderr?.on("data", (d: Buffer) => logs.push(`[${i}] ${d}`));
      workers.push(w);
    }
    await new Promise((r) => setTimeout(r, run - Date.now() + 45_000));
    const n = platform.digests().length;
    console.log(`POSTS: ${n} for 10 subscriptions`);
    console.log(
      (await Promise.all(subs.map((s) => state.deliveries.list(s.id))))
        .flat()
        .map((d) => `${d.status} ${d.attempts} ${d.error ?? ""}`)
        .join("\n"),
    );
    expect(n).toBe(10);
  });
});
