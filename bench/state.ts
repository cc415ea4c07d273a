/**
 * Store write throughput on SQLite and PostgreSQL: claim + markSent (the per-digest write
 * path) and question records (one per answer), sequential and with parallel callers.
 * PostgreSQL runs in a throw-away database on 127.0.0.1:5432 (BENCH_PG_URL overrides the
 * server); its rows are skipped with a note when no server answers.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openState } from "../src/state/index.js";
import type { StateStore } from "../src/state/types.js";
import { PG_SERVER, pgAdmin } from "./postgres.js";
import { type BenchTable, ms, percentile } from "./types.js";

const DIGESTS = 2_000;
const QUESTIONS = 5_000;
const FACTS_PER_DIGEST = 8;
const PARALLEL = 8;

interface Measured {
  ops: number;
  seconds: number;
  latencies: number[];
}

/** Runs `count` operations with `parallel` callers; each operation's latency is kept. */
async function measure(count: number, parallel: number, op: (i: number) => Promise<void>): Promise<Measured> {
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t = performance.now();
        await op(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { ops: count, seconds: (performance.now() - start) / 1000, latencies };
}

function row(store: string, what: string, parallel: number, m: Measured): (string | number)[] {
  return [
    store,
    what,
    parallel,
    m.ops,
    Math.round(m.ops / m.seconds),
    ms(percentile(m.latencies, 50), 2),
    ms(percentile(m.latencies, 99), 2),
  ];
}

async function runOn(label: string, store: StateStore): Promise<(string | number)[][]> {
  const rows: (string | number)[][] = [];
  const subs = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      store.subscriptions.upsert({
        platform: i % 2 ? "slack" : "discord",
        workspaceId: "W1",
        channelId: `C${i}`,
        briefingId: "japan-vietnam-2025",
        cron: "0 8 * * *",
        scheduleLabel: "daily 08:00",
        timezone: "Asia/Tokyo",
        lang: "en",
        createdBy: "bench",
      }),
    ),
  );
  const facts = Array.from({ length: FACTS_PER_DIGEST }, (_, f) => ({
    factId: `fact-${f}`,
    hash: `h${f}`,
    statement: `Statement ${f} as the channel read it.`,
    message: null,
  }));
  const day = 86_400_000;
  const base = Date.UTC(2026, 0, 1, 8);
  const deliver = (offset: number) => async (i: number) => {
    const sub = subs[i % subs.length]!;
    const slot = new Date(base + (offset + Math.floor(i / subs.length)) * day);
    const d = await store.deliveries.claim(sub.id, slot, "bench", 60_000);
    if (!d) throw new Error(`bench: slot ${i} was not claimable`);
    await store.deliveries.markSent(d, { channelId: sub.channelId, messageId: `m${i}` }, facts);
  };
  rows.push(
    row(label, `claim + markSent (${FACTS_PER_DIGEST} facts)`, 1, await measure(DIGESTS, 1, deliver(0))),
  );
  rows.push(
    row(
      label,
      `claim + markSent (${FACTS_PER_DIGEST} facts)`,
      PARALLEL,
      await measure(DIGESTS, PARALLEL, deliver(1000)),
    ),
  );
  // A claim that loses (slot already sent): what every other replica pays per digest.
  rows.push(
    row(
      label,
      "claim, slot already sent",
      PARALLEL,
      await measure(DIGESTS, PARALLEL, async (i) => {
        const sub = subs[i % subs.length]!;
        const slot = new Date(base + Math.floor(i / subs.length) * day);
        if (await store.deliveries.claim(sub.id, slot, "other", 60_000))
          throw new Error("bench: double claim");
      }),
    ),
  );
  const record = (prefix: string) => async (i: number) => {
    await store.questions.record({
      answerId: `${prefix}-${i}`,
      platform: "slack",
      briefingId: "japan-vietnam-2025",
      question: `What is question number ${i % 500}?`,
      lang: "en",
      answered: i % 3 !== 0,
      confidence: (i % 10) / 10,
      factIds: i % 3 ? [`fact-${i % 7}`] : [],
    });
  };
  rows.push(row(label, "question record", 1, await measure(QUESTIONS, 1, record("s"))));
  rows.push(row(label, "question record", PARALLEL, await measure(QUESTIONS, PARALLEL, record("p"))));
  rows.push(
    row(
      label,
      `gaps() over ${2 * QUESTIONS} answers`,
      1,
      await measure(20, 1, async () => {
        await store.questions.gaps({ limit: 50 });
      }),
    ),
  );
  return rows;
}

export async function bench(): Promise<BenchTable[]> {
  const rows: (string | number)[][] = [];
  const notes = [
    `${DIGESTS} digests over 100 subscriptions, ${QUESTIONS} questions per run; "parallel" = concurrent callers in one process.`,
    "SQLite: one file in WAL mode, every write an IMMEDIATE transaction; PostgreSQL: pool of 10, READ COMMITTED.",
    "Context: 10,000 subscriptions due in one minute need about 167 claim + markSent per second.",
  ];

  const dir = mkdtempSync(join(tmpdir(), "briefbot-bench-state-"));
  try {
    const store = await openState({ dataDir: dir });
    try {
      rows.push(...(await runOn("sqlite", store)));
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const name = `briefbot_bench_${randomBytes(6).toString("hex")}`;
  let created = false;
  try {
    await pgAdmin(`create database ${name}`);
    created = true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    rows.push(["postgres", "skipped", "-", "-", "-", "-", "-"]);
    notes.push(`PostgreSQL skipped: no server at ${PG_SERVER.replace(/:[^:@/]*@/, ":***@")} (${reason}).`);
  }
  if (created) {
    try {
      const store = await openState({ databaseUrl: `${PG_SERVER}/${name}`, dataDir: ":memory:" });
      try {
        rows.push(...(await runOn("postgres", store)));
      } finally {
        await store.close();
      }
    } finally {
      await pgAdmin(`drop database if exists ${name} with (force)`);
    }
  }

  return [
    {
      title: "State store write throughput",
      columns: ["store", "operation", "parallel", "ops", "ops/s", "p50 ms", "p99 ms"],
      rows,
      notes,
    },
  ];
}
