import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { parseDatabaseUrl } from "../../src/state/database-url.js";
import { stateOptionsFromEnv } from "../../src/state/env.js";
import { openState } from "../../src/state/index.js";
import { PG_SERVER, postgresSkipReason } from "./stores.js";

const pgSkip = await postgresSkipReason();
const tmp = mkdtempSync(join(tmpdir(), "briefbot-open-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe("DATABASE_URL validation", () => {
  it.each([
    ["mysql://admin:s3cr3t-pw@db.example/briefbot", /got a mysql: URL/],
    ["admin:s3cr3t-pw@localhost/briefbot", /got a admin: URL|not a URL/],
    ["postgres://admin:s3cr3t-pw@/briefbot", /host is missing|does not parse/],
    ["postgres://admin:s3cr3t-pw@:5432/briefbot", /host is missing|does not parse/],
    ["postgres://admin:s3cr3t-pw@localhost", /database name is missing/],
    ["postgres://admin:s3cr3t-pw@localhost:99999/briefbot", /does not parse/],
  ])("%s is refused with a message naming DATABASE_URL and hiding the password", async (url, detail) => {
    const error = await configError(openState({ databaseUrl: url, dataDir: ":memory:" }));
    expect(error.variable).toBe("DATABASE_URL");
    expect(error.message).toMatch(/^DATABASE_URL: expected postgres:\/\/USER/);
    expect(error.message).toMatch(detail);
    expect(error.message).not.toContain("s3cr3t");
  });

  it("an unreachable server fails at open, naming DATABASE_URL and where it looked, not the password", async () => {
    // port 1 on loopback: nothing listens, the connection is refused at once
    const error = await configError(
      openState({ databaseUrl: "postgresql://bob:hunter2-secret@127.0.0.1:1/briefbot", dataDir: ":memory:" }),
    );
    expect(error.message).toContain("DATABASE_URL");
    expect(error.message).toContain("bob@127.0.0.1:1/briefbot");
    expect(error.message).toMatch(/\(connection refused\); expected a running server/);
    expect(error.message).not.toContain("hunter2");
  });

  it.skipIf(pgSkip !== undefined)("a database that does not exist is named in the error", async () => {
    const error = await configError(
      openState({ databaseUrl: `${PG_SERVER}/briefbot_no_such_db_7f3a`, dataDir: ":memory:" }),
    );
    expect(error.message).toMatch(
      /DATABASE_URL: the database in postgres@127\.0\.0\.1:5432\/briefbot_no_such_db_7f3a does not exist/,
    );
  });

  it("describes a good URL without its password", () => {
    const target = parseDatabaseUrl("postgres://app:p%40ss@db.internal:6543/briefbot?sslmode=require");
    expect(target.display).toBe("app@db.internal:6543/briefbot");
    expect(target.password).toBe("p@ss");
  });
});

describe("DATA_DIR", () => {
  it("creates the directory and the SQLite file", async () => {
    const dataDir = join(tmp, "nested", "data");
    const store = await openState({ dataDir });
    expect(store.kind).toBe("sqlite");
    await store.close();
    await store.close(); // closing twice is harmless
    const again = await openState({ dataDir });
    expect(await again.subscriptions.list()).toEqual([]);
    await again.close();
  });

  it("a data directory that is a file fails naming DATA_DIR", async () => {
    const file = join(tmp, "not-a-dir");
    writeFileSync(file, "x");
    const error = await configError(openState({ dataDir: file }));
    expect(error.variable).toBe("DATA_DIR");
    expect(error.message).toMatch(/^DATA_DIR: expected a writable directory/);
  });

  it("reads DATABASE_URL and DATA_DIR from the environment, empty meaning unset", () => {
    expect(stateOptionsFromEnv({})).toEqual({ dataDir: "./data" });
    expect(stateOptionsFromEnv({ DATABASE_URL: " ", DATA_DIR: "" })).toEqual({ dataDir: "./data" });
    expect(stateOptionsFromEnv({ DATABASE_URL: "postgres://h/db", DATA_DIR: "/var/lib/briefbot" })).toEqual({
      databaseUrl: "postgres://h/db",
      dataDir: "/var/lib/briefbot",
    });
  });
});
