import { type Expression, type RawBuilder, sql } from "kysely";

/**
 * Everything that differs between SQLite and PostgreSQL, in one place. All queries elsewhere
 * are the same kysely code for both.
 */
export interface SqlDialect {
  readonly kind: "sqlite" | "postgres";
  /** Starts a write transaction. SQLite's IMMEDIATE takes the write lock up front, so two
   * connections cannot both read a slot as free and then both write it. */
  readonly beginWrite: string;
  /** Concatenates a group's text values, newline-separated (NULL for an empty group). */
  stringAgg(value: Expression<string>): RawBuilder<string | null>;
  /** True when the error means "someone else holds the lock: run the transaction again". */
  isRetryable(error: unknown): boolean;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

export const sqliteDialect: SqlDialect = {
  kind: "sqlite",
  beginWrite: "begin immediate",
  stringAgg: (value) => sql<string | null>`group_concat(${value}, ${sql.lit("\n")})`,
  isRetryable: (error) => {
    const code = errorCode(error);
    return code === "SQLITE_BUSY" || code === "SQLITE_BUSY_SNAPSHOT" || code === "SQLITE_LOCKED";
  },
};

export const postgresDialect: SqlDialect = {
  kind: "postgres",
  beginWrite: "begin",
  stringAgg: (value) => sql<string | null>`string_agg(${value}, ${sql.lit("\n")})`,
  // serialization_failure, deadlock_detected
  isRetryable: (error) => {
    const code = errorCode(error);
    return code === "40001" || code === "40P01";
  },
};
