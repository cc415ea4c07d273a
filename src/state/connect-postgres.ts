import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { ConfigError } from "../errors.js";
import type { Logger } from "../runtime/logger.js";
import { type PostgresTarget, parseDatabaseUrl, scrubPassword } from "./database-url.js";
import type { Database as Schema } from "./db.js";

const CONNECT_TIMEOUT_MS = 5_000;

/** A driver error as a sentence a person can act on, with no password in it. */
function describeConnectError(error: unknown, target: PostgresTarget): string {
  const code =
    typeof error === "object" && error !== null && "code" in error
      ? String((error as { code: unknown }).code)
      : "";
  const message = scrubPassword(error instanceof Error ? error.message : String(error), target.password);
  switch (code) {
    case "ECONNREFUSED":
      return `could not connect to PostgreSQL at ${target.display} (connection refused); expected a running server there`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `could not resolve the host of ${target.display}; expected a reachable PostgreSQL host`;
    case "3D000":
      return `the database in ${target.display} does not exist; expected an existing database (create it first)`;
    case "28P01":
    case "28000":
      return `PostgreSQL refused the login for ${target.display} (${message}); expected valid credentials`;
    default:
      return `could not connect to PostgreSQL at ${target.display} (${message}); expected a reachable server`;
  }
}

/**
 * The password callback for a URL without one: pg calls it only when the server asks for a
 * password, and failing at once beats waiting for the server's authentication timeout (a
 * minute) with the connection open.
 */
function clientWithoutPassword(target: PostgresTarget): typeof pg.Client {
  const refusal = () =>
    new ConfigError(
      "DATABASE_URL",
      `the PostgreSQL server at ${target.display} asks for a password and DATABASE_URL has none; expected postgres://USER:PASSWORD@HOST[:PORT]/DATABASE`,
    );
  // A subclass, because a `password` option is overwritten by the connection string's (none).
  return class extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super(config);
      const self = this as unknown as { password: unknown; connection?: { stream?: { destroy(): void } } };
      self.password = () => {
        // pg reports the error but leaves the socket open; close it so nothing lingers.
        setImmediate(() => self.connection?.stream?.destroy());
        throw refusal();
      };
    }
  };
}

/**
 * Connects to PostgreSQL and checks the server answers, so that a wrong DATABASE_URL fails at
 * start with a message naming it, not on the first digest.
 */
export async function connectPostgres(
  databaseUrl: string,
  options: { poolSize?: number; logger?: Logger } = {},
): Promise<{ db: Kysely<Schema>; location: string }> {
  const target = parseDatabaseUrl(databaseUrl);
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    ...(target.password === "" && !process.env.PGPASSWORD ? { Client: clientWithoutPassword(target) } : {}),
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: "briefbot",
  });
  // An idle connection dropped by the server must not crash the process: log it, the pool
  // replaces the connection on next use.
  pool.on("error", (error) => {
    options.logger?.warn(
      { err: scrubPassword(error.message, target.password), database: target.display },
      "state: idle PostgreSQL connection failed",
    );
  });
  try {
    const client = await pool.connect();
    try {
      await client.query("select 1");
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof ConfigError) throw error;
    throw new ConfigError("DATABASE_URL", describeConnectError(error, target));
  }
  return { db: new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }), location: target.display };
}
