import { type Kysely, type MigrationResultSet, Migrator, sql } from "kysely";
import { BriefbotError } from "../errors.js";
import type { Logger } from "../runtime/logger.js";
import type { Database } from "./db.js";
import type { SqlDialect } from "./dialect.js";
import { migrationProvider } from "./migrations/index.js";

/** How long a starting process waits for another one that is migrating the same database. */
const MIGRATION_WAIT_MS = 60_000;

/**
 * One migrator run. On PostgreSQL kysely takes an advisory lock and runs each migration in a
 * transaction. On SQLite it does neither (it treats SQLite DDL as non-transactional), so the
 * run is wrapped in one BEGIN IMMEDIATE here: a kysely SQLite instance has a single
 * connection, so every statement the migrator issues runs inside it. Concurrent starters then
 * wait for the lock, and a crash mid-migration leaves nothing half-applied.
 */
async function migrateOnce(db: Kysely<Database>, dialect: SqlDialect): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  if (dialect.kind !== "sqlite") return migrator.migrateToLatest();
  await sql.raw(dialect.beginWrite).execute(db);
  let result: MigrationResultSet;
  try {
    result = await migrator.migrateToLatest();
  } catch (error) {
    await sql`rollback`.execute(db).catch(() => undefined);
    throw error;
  }
  await (result.error ? sql`rollback` : sql`commit`).execute(db);
  return result;
}

/** Applies every pending migration, waiting (asynchronously) while another process holds the lock. */
export async function migrate(
  db: Kysely<Database>,
  dialect: SqlDialect,
  logger: Logger | undefined,
): Promise<void> {
  const deadline = Date.now() + MIGRATION_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    let result: MigrationResultSet;
    try {
      result = await migrateOnce(db, dialect);
    } catch (error) {
      result = { error };
    }
    const { error, results } = result;
    if (!error) {
      for (const r of results ?? []) logger?.info({ migration: r.migrationName }, "state: migration applied");
      return;
    }
    if (dialect.isRetryable(error) && Date.now() < deadline) {
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(200, 10 * attempt) * (0.5 + Math.random())),
      );
      continue;
    }
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new BriefbotError(
      "STATE_ERROR",
      `database migration${failed ? ` ${failed}` : ""} failed: ${reason}`,
      {
        cause: error,
      },
    );
  }
}
