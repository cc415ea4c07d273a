import { ConfigError } from "../errors.js";

/** Where a PostgreSQL DATABASE_URL points, and how to name it without its password. */
export interface PostgresTarget {
  connectionString: string;
  /** `user@host:port/database`: safe to print. */
  display: string;
  /** Kept only to scrub it from driver error messages; never printed. */
  password: string;
}

const EXPECTED =
  "expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE (or leave DATABASE_URL unset to use SQLite under DATA_DIR)";

/** True for the URL schemes that select PostgreSQL. */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value.trim());
}

/** Validates a DATABASE_URL; the error names the variable and never repeats the value. */
export function parseDatabaseUrl(raw: string): PostgresTarget {
  const value = raw.trim();
  if (!isPostgresUrl(value)) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
    throw new ConfigError(
      "DATABASE_URL",
      `${EXPECTED}; got ${scheme ? `a ${scheme}: URL` : "something that is not a URL"}`,
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError("DATABASE_URL", `${EXPECTED}; got a postgres URL that does not parse`);
  }
  const host = url.hostname;
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (host === "") throw new ConfigError("DATABASE_URL", `${EXPECTED}; the host is missing`);
  if (database === "" || database.includes("/")) {
    throw new ConfigError("DATABASE_URL", `${EXPECTED}; the database name is missing or malformed`);
  }
  const user = decodeURIComponent(url.username);
  const port = url.port || "5432";
  return {
    connectionString: value,
    display: `${user ? `${user}@` : ""}${host}:${port}/${database}`,
    password: decodeURIComponent(url.password),
  };
}

/** Removes a password from a text (driver errors sometimes quote the connection string). */
export function scrubPassword(text: string, password: string): string {
  if (password === "") return text;
  return text.split(password).join("***").split(encodeURIComponent(password)).join("***");
}
