import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { ConfigError } from "../errors.js";
import type { Database as Schema } from "./db.js";

/** The file name of the embedded database inside DATA_DIR. */
export const SQLITE_FILE = "briefbot.sqlite";

/**
 * How long one statement blocks on a lock held by another connection before failing with
 * SQLITE_BUSY. Kept short: writes retry asynchronously (see transaction.ts), so a lock held by
 * another store in this same process never freezes the event loop for long.
 */
const BUSY_TIMEOUT_MS = 5;

/** Opens (creating if missing) DATA_DIR/briefbot.sqlite, or an in-memory database for ":memory:". */
export function connectSqlite(dataDir: string): { db: Kysely<Schema>; location: string } {
  const memory = dataDir === ":memory:";
  const file = memory ? ":memory:" : join(resolve(dataDir), SQLITE_FILE);
  let database: Database.Database;
  try {
    if (!memory) mkdirSync(dataDir, { recursive: true });
    database = new Database(file);
    // WAL: readers never wait for the writer, and a crash cannot corrupt the file.
    if (!memory) database.pragma("journal_mode = WAL");
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      "DATA_DIR",
      `expected a writable directory for ${SQLITE_FILE}; opening ${file} failed: ${reason}`,
    );
  }
  return { db: new Kysely<Schema>({ dialect: new SqliteDialect({ database }) }), location: file };
}
