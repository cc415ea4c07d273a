import { type Kysely, sql } from "kysely";
import { BriefbotError } from "../errors.js";
import type { Database } from "./db.js";
import type { SqlDialect } from "./dialect.js";

/** How long a write waits for another connection's lock before giving up. */
const LOCK_WAIT_MS = 15_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` in one write transaction on one connection. On SQLite the lock is taken at
 * BEGIN (IMMEDIATE); when another connection holds it, the whole transaction is retried after
 * an asynchronous pause, so the event loop is never blocked waiting for a lock that another
 * store in the same process holds. On PostgreSQL deadlocks and serialization failures retry.
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  dialect: SqlDialect,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.connection().execute(async (conn) => {
        await sql.raw(dialect.beginWrite).execute(conn);
        try {
          const result = await work(conn);
          await sql`commit`.execute(conn);
          return result;
        } catch (error) {
          // A failed BEGIN or COMMIT leaves no transaction open: ignore rollback's complaint.
          await sql`rollback`.execute(conn).catch(() => undefined);
          throw error;
        }
      });
    } catch (error) {
      if (!dialect.isRetryable(error)) throw error;
      if (Date.now() >= deadline) {
        throw new BriefbotError(
          "STATE_ERROR",
          `the database stayed locked by another process for ${LOCK_WAIT_MS / 1000}s`,
          { cause: error },
        );
      }
      // Jittered, growing pause: 2, 4, 8 ... up to 100 ms.
      await sleep(Math.min(100, 2 ** Math.min(attempt + 1, 7)) * (0.5 + Math.random()));
    }
  }
}
