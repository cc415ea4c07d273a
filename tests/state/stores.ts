/**
 * Test stores for the one contract suite: SQLite in a temp dir, and PostgreSQL in a fresh
 * database created for the test file (dropped after). Without a reachable PostgreSQL the PG
 * factory carries a skip reason; under CI=true it does not, so the suite fails instead.
 */

import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { Clock } from "../../src/clock.js";
import { type OpenStateOptions, openState } from "../../src/state/index.js";
import type { StateStore } from "../../src/state/types.js";

/** The local test server; BRIEFBOT_TEST_PG_SERVER overrides it (e.g. to check the skip path). */
export const PG_SERVER = process.env.BRIEFBOT_TEST_PG_SERVER ?? "postgres://postgres@127.0.0.1:5432";
const TABLES = ["subscriptions", "deliveries", "delivered_facts", "answers", "feedback", "channel_briefings"];

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  #ms: number;
  constructor(start = "2026-01-05T08:00:00.000Z") {
    this.#ms = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#ms);
  }
  advance(ms: number): void {
    this.#ms += ms;
  }
}

/** Why PostgreSQL tests cannot run here, or undefined when the server answers. */
export async function postgresSkipReason(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: `${PG_SERVER}/postgres`, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return undefined;
  } catch (error) {
    const reason = `PostgreSQL not reachable at ${PG_SERVER.replace(/^postgres:\/\/[^@]*@/, "")} (${error instanceof Error ? error.message : String(error)})`;
    // Under CI the tests must run (and fail), never be skipped.
    return process.env.CI === "true" ? undefined : reason;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function admin<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: `${PG_SERVER}/${database}`,
    connectionTimeoutMillis: 3000,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database on the local server; returns its URL and a function that drops it. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `briefbot_test_${randomBytes(6).toString("hex")}`;
  await admin("postgres", (c) => c.query(`create database ${name}`));
  return {
    url: `${PG_SERVER}/${name}`,
    drop: () =>
      admin("postgres", (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

export interface StoreFactory {
  name: "sqlite" | "postgres";
  skipReason: string | undefined;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  /** Options for an empty store (same location on every open until the next `fresh`). */
  fresh(): Promise<OpenStateOptions>;
  /** Opens a store at the options `fresh` gave. */
  open(options: OpenStateOptions, clock?: Clock): Promise<StateStore>;
}

const open = (options: OpenStateOptions, clock?: Clock) => openState(clock ? { ...options, clock } : options);

export function sqliteFactory(): StoreFactory {
  let root = "";
  return {
    name: "sqlite",
    skipReason: undefined,
    async setup() {
      root = mkdtempSync(join(tmpdir(), "briefbot-state-"));
    },
    async teardown() {
      if (root) rmSync(root, { recursive: true, force: true });
    },
    async fresh() {
      return { dataDir: mkdtempSync(join(root, "store-")) };
    },
    open,
  };
}

export function postgresFactory(skipReason: string | undefined): StoreFactory {
  let db: { url: string; drop: () => Promise<void> } | undefined;
  return {
    name: "postgres",
    skipReason,
    async setup() {
      db = await createTestDatabase();
    },
    async teardown() {
      await db?.drop();
    },
    async fresh() {
      if (!db) throw new Error("postgres factory not set up");
      const options = { databaseUrl: db.url, dataDir: ":memory:" };
      // Migrate (first time), then empty every table: one database per file, clean per test.
      const store = await openState(options);
      await store.close();
      const name = db.url.slice(db.url.lastIndexOf("/") + 1);
      await admin(name, (c) => c.query(`truncate ${TABLES.join(", ")}`));
      return options;
    },
    open,
  };
}
