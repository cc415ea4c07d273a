import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Briefing, BriefingStore } from "../../src/briefing/types.js";
import type { Clock, Timers } from "../../src/clock.js";
import type { Reply } from "../../src/commands/reply.js";
import type { DigestPoster } from "../../src/digest/types.js";
import type { MessageRef, NewSubscription, Subscription } from "../../src/state/types.js";

/** A clock the test moves by hand; the scheduler's injected sleep advances it too. */
export class ManualClock implements Clock {
  ms: number;
  constructor(start: string) {
    this.ms = Date.parse(start);
  }
  now(): Date {
    return new Date(this.ms);
  }
  set(iso: string): void {
    this.ms = Date.parse(iso);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/**
 * Timers on a ManualClock: nothing fires until the test advances time, and `advance` waits
 * for what each timer started (a lease renewal, say) before it returns.
 */
export class ManualTimers implements Timers {
  private seq = 0;
  private readonly pending = new Map<number, { at: number; fn: () => unknown }>();
  constructor(readonly clock: ManualClock) {}
  setTimeout(fn: () => unknown, ms: number): unknown {
    const id = ++this.seq;
    this.pending.set(id, { at: this.clock.ms + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  /** Timers waiting to fire. */
  get size(): number {
    return this.pending.size;
  }
  /**
   * Moves the clock by `ms`, firing due timers in time order and awaiting each one's work;
   * with `wait: false` the work is not awaited (a renewal that never answers, say).
   */
  async advance(ms: number, { wait = true }: { wait?: boolean } = {}): Promise<void> {
    const end = this.clock.ms + ms;
    for (;;) {
      const next = [...this.pending.entries()]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!next) break;
      const [id, timer] = next;
      this.pending.delete(id);
      this.clock.ms = Math.max(this.clock.ms, timer.at);
      const work = timer.fn();
      if (wait) await work;
      // Let what the timer settled (an aborted call) run before the next one fires.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.clock.ms = end;
  }
}

/** A briefing store whose briefing the test swaps (a curator's edit). */
export class SwappableBriefings implements BriefingStore {
  constructor(public briefing: Briefing) {}
  get(id?: string): Briefing | undefined {
    return id === undefined || id === this.briefing.id ? this.briefing : undefined;
  }
  list(): Briefing[] {
    return [this.briefing];
  }
  defaultId(): string {
    return this.briefing.id;
  }
}

/** An in-process poster for tests under fake timers (no sockets to tick). */
export class MemoryPoster implements DigestPoster {
  readonly posts: {
    channelId: string;
    messageId: string;
    tag: string | null;
    parentId: string | null;
    reply: Reply;
  }[] = [];
  constructor(readonly platform: Subscription["platform"] = "slack") {}
  async post(sub: Pick<Subscription, "channelId">, reply: Reply, digestId: string): Promise<MessageRef> {
    const messageId = `m${this.posts.length + 1}`;
    this.posts.push({ channelId: sub.channelId, messageId, tag: digestId, parentId: null, reply });
    return { channelId: sub.channelId, messageId };
  }
  async findTagged(sub: Pick<Subscription, "channelId">, digestId: string): Promise<MessageRef | undefined> {
    const p = this.posts.find((x) => x.channelId === sub.channelId && x.tag === digestId);
    return p ? { channelId: p.channelId, messageId: p.messageId } : undefined;
  }
  async postInThread(
    sub: Pick<Subscription, "channelId">,
    parent: MessageRef,
    reply: Reply,
  ): Promise<MessageRef> {
    const messageId = `m${this.posts.length + 1}`;
    this.posts.push({ channelId: sub.channelId, messageId, tag: null, parentId: parent.messageId, reply });
    return { channelId: sub.channelId, messageId };
  }
}

export function newSub(overrides: Partial<NewSubscription> = {}): NewSubscription {
  return {
    platform: "slack",
    workspaceId: "T1",
    channelId: "C1",
    briefingId: "test-briefing",
    cron: "0 8 * * *",
    scheduleLabel: "daily 08:00",
    timezone: "Asia/Tokyo",
    lang: "en",
    createdBy: "U1",
    ...overrides,
  };
}

export const PG_SERVER = "postgres://postgres@127.0.0.1:5432";

/**
 * Why the PostgreSQL tests cannot run, or undefined when they must. Under CI=true they always
 * run (and fail when the server is down): never a silent pass.
 */
export async function postgresSkipReason(): Promise<string | undefined> {
  if (process.env.CI === "true") return undefined;
  const client = new pg.Client({ connectionString: `${PG_SERVER}/postgres`, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return undefined;
  } catch (error) {
    return `PostgreSQL not reachable at 127.0.0.1:5432 (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${PG_SERVER}/postgres`, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file; `drop` removes it. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `briefbot_digest_${randomBytes(6).toString("hex")}`;
  await admin(`create database ${name}`);
  return { url: `${PG_SERVER}/${name}`, drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** Empties the digest tables of a migrated database, between tests of one file. */
export async function truncateState(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query("truncate subscriptions, deliveries, delivered_facts");
  } finally {
    await client.end();
  }
}
