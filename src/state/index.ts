import type { Kysely } from "kysely";
import { type Clock, systemClock } from "../clock.js";
import type { Logger } from "../runtime/logger.js";
import { SqlChannelBriefingRepo } from "./channels.js";
import { connectSqlite } from "./connect-sqlite.js";
import { isPostgresUrl, parseDatabaseUrl } from "./database-url.js";
import type { Database } from "./db.js";
import { SqlDeliveryLedger } from "./deliveries.js";
import { postgresDialect, type SqlDialect, sqliteDialect } from "./dialect.js";
import { migrate } from "./migrate.js";
import { SqlQuestionLog } from "./questions.js";
import { SqlSubscriptionRepo } from "./subscriptions.js";
import type { StateStore } from "./types.js";

export { stateOptionsFromEnv } from "./env.js";
export { digestIdFor } from "./ids.js";

export interface OpenStateOptions {
  /** postgres:// or postgresql:// selects PostgreSQL; unset or empty selects SQLite. */
  databaseUrl?: string;
  /** Where briefbot.sqlite lives (created if missing); ":memory:" for a throw-away database. */
  dataDir: string;
  logger?: Logger;
  /** Time for leases and timestamps; the system clock by default. */
  clock?: Clock;
  /** PostgreSQL connection pool size (default 10). */
  poolSize?: number;
  /** Days questions and feedback are kept (QUESTION_LOG_DAYS, default 90; 0 keeps none). */
  questionLogDays?: number;
}

class SqlStateStore implements StateStore {
  readonly subscriptions: SqlSubscriptionRepo;
  readonly channels: SqlChannelBriefingRepo;
  readonly deliveries: SqlDeliveryLedger;
  readonly questions: SqlQuestionLog;
  #closed = false;

  constructor(
    readonly kind: "sqlite" | "postgres",
    private readonly db: Kysely<Database>,
    dialect: SqlDialect,
    clock: Clock,
    questionLogDays: number | undefined,
  ) {
    this.subscriptions = new SqlSubscriptionRepo(db, dialect, clock);
    this.channels = new SqlChannelBriefingRepo(db, dialect, clock);
    this.deliveries = new SqlDeliveryLedger(db, dialect, clock);
    this.questions = new SqlQuestionLog(db, dialect, clock, questionLogDays);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.db.destroy();
  }
}

/**
 * Opens the bot's durable state: PostgreSQL when `databaseUrl` is a postgres:// URL, else
 * SQLite in `dataDir/briefbot.sqlite`. Migrations are applied before it returns. A bad URL or
 * an unreachable server throws a ConfigError naming DATABASE_URL (never its password).
 */
export async function openState(options: OpenStateOptions): Promise<StateStore> {
  const clock = options.clock ?? systemClock;
  const url = options.databaseUrl?.trim();
  let dialect: SqlDialect;
  let connection: { db: Kysely<Database>; location: string };
  if (url) {
    // Any other scheme is a mistake, not a request for SQLite: this throws naming DATABASE_URL.
    if (!isPostgresUrl(url)) parseDatabaseUrl(url);
    dialect = postgresDialect;
    // The driver (pg) and kysely's Postgres dialect load only when DATABASE_URL asks for them.
    const { connectPostgres } = await import("./connect-postgres.js");
    connection = await connectPostgres(url, { poolSize: options.poolSize, logger: options.logger });
  } else {
    dialect = sqliteDialect;
    connection = connectSqlite(options.dataDir);
  }
  try {
    await migrate(connection.db, dialect, options.logger);
  } catch (error) {
    await connection.db.destroy().catch(() => undefined);
    throw error;
  }
  options.logger?.info({ store: dialect.kind, location: connection.location }, "state: opened");
  return new SqlStateStore(dialect.kind, connection.db, dialect, clock, options.questionLogDays);
}
