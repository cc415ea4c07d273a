import type { ColumnType } from "kysely";

/**
 * The database schema as kysely sees it. Times are epoch milliseconds in BIGINT columns on both
 * dialects (PostgreSQL returns them as strings, SQLite as numbers: read them through `fromMs`).
 * Booleans are 0/1 integers on both, so the same queries run unchanged.
 */
type EpochMs = ColumnType<number | string, number, number>;
type NullableEpochMs = ColumnType<number | string | null, number | null, number | null>;
type Int = ColumnType<number | string, number, number>;

export interface SubscriptionsTable {
  id: string;
  platform: string;
  workspace_id: string;
  channel_id: string;
  briefing_id: string;
  cron: string;
  schedule_label: string;
  timezone: string;
  lang: string;
  created_by: string;
  state: string;
  paused_reason: string | null;
  missed_policy: string;
  /** Added by 003: "line" or "skip" (what a digest with nothing new posts). */
  quiet: ColumnType<string, string | undefined, string>;
  created_at: EpochMs;
  updated_at: EpochMs;
}

export interface DeliveriesTable {
  id: string;
  subscription_id: string;
  scheduled_for: EpochMs;
  status: string;
  owner: string | null;
  lease_until: NullableEpochMs;
  attempts: Int;
  message_channel_id: string | null;
  message_id: string | null;
  error: string | null;
  created_at: EpochMs;
  updated_at: EpochMs;
}

export interface DeliveredFactsTable {
  subscription_id: string;
  fact_id: string;
  hash: string;
  statement: string;
  message_channel_id: string | null;
  message_id: string | null;
  delivered_at: EpochMs;
}

export interface AnswersTable {
  answer_id: string;
  platform: string;
  briefing_id: string;
  question: string;
  question_norm: string;
  lang: string;
  answered: Int;
  confidence: ColumnType<number | string, number, number>;
  /** JSON array of fact ids. */
  fact_ids: string;
  /** Who asked (platform user id); null for the terminal and for rows from before 002. */
  user_id: string | null;
  created_at: EpochMs;
}

export interface FeedbackTable {
  answer_id: string;
  platform: string;
  user_id: string;
  helpful: Int;
  created_at: EpochMs;
}

export interface ChannelBriefingsTable {
  platform: string;
  workspace_id: string;
  channel_id: string;
  briefing_id: string;
  bound_by: string;
  updated_at: EpochMs;
}

export interface Database {
  subscriptions: SubscriptionsTable;
  deliveries: DeliveriesTable;
  delivered_facts: DeliveredFactsTable;
  answers: AnswersTable;
  feedback: FeedbackTable;
  channel_briefings: ChannelBriefingsTable;
}

/** Reads a BIGINT/INTEGER column (a string from pg, a number from better-sqlite3). */
export function toNumber(value: number | string | bigint): number {
  return typeof value === "number" ? value : Number(value);
}

export function fromMs(value: number | string | bigint): Date {
  return new Date(toNumber(value));
}

export function fromMsOrNull(value: number | string | bigint | null): Date | null {
  return value === null ? null : fromMs(value);
}
