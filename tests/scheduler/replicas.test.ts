import { type ChildProcess, spawn } from "node:child_process";
import { EventEmitter, once } from "node:events";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/clock.js";
import { digestIdFor } from "../../src/state/ids.js";
import { openState } from "../../src/state/index.js";
import type { StateStore, Subscription } from "../../src/state/types.js";
import { FakeDigestPlatform } from "../fakes/digest-platform.js";
import { freshDatabase, newSub, postgresSkipReason } from "./helpers.js";

/**
 * Three bot processes on one PostgreSQL database, 50 subscriptions due in the same minute (in
 * different time zones), one process SIGKILLed while it holds claims: every digest is on the
 * fake platform exactly once. The workers run the built code (dist/), as `npm test` builds
 * before testing, on a clock the test sets; the test waits on their events, not on delays.
 */
const skipReason = await postgresSkipReason();
const WORKER = fileURLToPath(new URL("./worker.mjs", import.meta.url));
const DIST = fileURLToPath(new URL("../../dist/scheduler/index.js", import.meta.url));
const ZONES: [string, number][] = [
  ["UTC", 0],
  ["Asia/Tokyo", 9],
  ["Asia/Ho_Chi_Minh", 7],
  ["Asia/Kolkata", 5.5],
  ["America/New_York", -5], // November: EST
];

async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(skipReason !== undefined)(`three replicas on PostgreSQL ${skipReason ?? ""}`, () => {
  let db: { url: string; drop: () => Promise<void> };
  let platform: FakeDigestPlatform;
  let state: StateStore;
  const workers: ChildProcess[] = [];
  const logs: string[] = [];
  const events = new EventEmitter();

  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error("dist/ is missing: run `npm run build` before this test");
    db = await freshDatabase();
    platform = await new FakeDigestPlatform({ latencyMs: 40 }).start();
  });

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill("SIGKILL");
    await state?.close();
    await platform?.close();
    await db?.drop();
  });

  it("posts each of 50 digests exactly once while one replica is killed holding claims", {
    timeout: 180_000,
  }, async () => {
    // The replicas run on the test's clock: the run is due a few seconds after they start,
    // whatever the real time. Subscribed ten minutes before it (so the run is after that).
    const realStart = Date.now();
    const run = Math.ceil((realStart + 60_000) / 60_000) * 60_000;
    const runAt = new Date(run);
    const clockStart = run - 4_000;
    state = await openState({
      databaseUrl: db.url,
      dataDir: ":memory:",
      clock: fixedClock(new Date(run - 600_000)),
    });
    const subs: Subscription[] = [];
    for (let i = 0; i < 50; i++) {
      const [zone, offset] = ZONES[i % ZONES.length] as [string, number];
      const local = new Date(run + offset * 3_600_000);
      const cron = `${local.getUTCMinutes()} ${local.getUTCHours()} * * *`;
      subs.push(
        await state.subscriptions.upsert(
          newSub({
            channelId: `C${String(i).padStart(2, "0")}`,
            briefingId: "japan-vietnam-2025",
            cron,
            scheduleLabel: cron,
            timezone: zone,
          }),
        ),
      );
    }

    // replica-0 hangs in every post it starts: it is sure to die holding claims. The test
    // waits on the events the workers print, never on a delay.
    const posting = new Set<string>();
    const ready: Promise<void>[] = [];
    for (let i = 0; i < 3; i++) {
      const worker = spawn(process.execPath, [WORKER], {
        env: {
          ...process.env,
          DATABASE_URL: db.url,
          PLATFORM_URL: platform.url,
          OWNER: `replica-${i}`,
          CLOCK_START_MS: String(clockStart),
          CLOCK_REAL_MS: String(realStart),
          LEASE_MS: "5000",
          LEASE_MARGIN_MS: "1500",
          SYNC_MS: "500",
          CONCURRENCY: "3",
          CALL_TIMEOUT_MS: "120000",
          POST_HANG: i === 0 ? "1" : "",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      worker.stderr?.on("data", (d: Buffer) => logs.push(`[replica-${i}] ${d.toString()}`));
      const lines = createInterface({ input: worker.stdout! });
      ready.push(
        new Promise<void>((resolve, reject) => {
          lines.on("line", (line) => {
            if (line === "ready") resolve();
            if (i === 0 && line.startsWith("posting ")) posting.add(line.slice("posting ".length));
            if (i === 0 && posting.size > 0) events.emit("victim-holds");
          });
          worker.on("exit", (code) =>
            reject(new Error(`replica-${i} exited with ${code}: ${logs.join("")}`)),
          );
        }),
      );
      workers.push(worker);
    }
    await Promise.all(ready);

    // Once replica-0 is stuck in a post and the others have sent ten, it dies without cleanup.
    if (posting.size === 0) await once(events, "victim-holds");
    await waitFor("the first digests", () => platform.digests().length >= 10, 60_000).catch(
      (error: unknown) => {
        throw new Error(`${String(error)}\n${logs.join("")}`);
      },
    );
    const victim = workers[0] as ChildProcess;
    victim.kill("SIGKILL");
    await once(victim, "exit");
    expect(victim.signalCode).toBe("SIGKILL");
    const atKill = (await Promise.all(subs.map((s) => state.deliveries.list(s.id)))).flat();
    const orphaned = atKill.filter((d) => d.status === "claimed" && d.owner === "replica-0").map((d) => d.id);
    expect(orphaned.length).toBeGreaterThan(0);
    // At least the hung posts are among them (others may be claimed, not yet posting).
    expect(orphaned.some((id) => posting.has(id))).toBe(true);

    // The others take over its claims once the leases run out, and finish.
    await waitFor(
      "all 50 deliveries recorded",
      async () => {
        const rows = await Promise.all(subs.map((s) => state.deliveries.list(s.id)));
        return rows.every((r) => r.length === 1 && r[0]?.status === "sent");
      },
      60_000,
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${logs.join("")}`);
    });

    const digests = platform.digests();
    const perChannel = new Map<string, number>();
    for (const d of digests) perChannel.set(d.channelId, (perChannel.get(d.channelId) ?? 0) + 1);
    expect(digests).toHaveLength(50);
    expect([...perChannel.values()].every((n) => n === 1)).toBe(true);
    for (const sub of subs) {
      const [post] = platform.digests(sub.channelId);
      expect(post?.tag).toBe(digestIdFor(sub.id, runAt));
      const [delivery] = await state.deliveries.list(sub.id);
      expect(delivery?.message?.messageId).toBe(post?.messageId);
    }
    // The dead replica's claims were taken over by the others.
    const final = (await Promise.all(subs.map((s) => state.deliveries.list(s.id)))).flat();
    for (const id of orphaned) {
      const d = final.find((x) => x.id === id);
      expect(d?.attempts).toBeGreaterThanOrEqual(2);
      expect(d?.owner).not.toBe("replica-0");
    }
    // The survivors shut down cleanly.
    for (const w of workers.slice(1)) {
      w.kill("SIGTERM");
      const [code] = await once(w, "exit");
      expect(code).toBe(0);
    }
  });
});
