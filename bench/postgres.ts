/** The PostgreSQL server the benchmarks make their throw-away databases on. */
import pg from "pg";

/** 127.0.0.1:5432 as user postgres; BENCH_PG_URL overrides it. */
export const PG_SERVER = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432";

/** Runs one statement (create or drop a database, or a probe) on the server's `postgres` database. */
export async function pgAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${PG_SERVER}/postgres`, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
