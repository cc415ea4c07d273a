import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { BriefbotError } from "../errors.js";
import { SQLITE_FILE } from "./connect-sqlite.js";
import { stateOptionsFromEnv } from "./env.js";
import { openState } from "./index.js";
import type { StateStore } from "./types.js";

/**
 * Opens the state for a read-only CLI report (`briefbot subscriptions`, `briefbot gaps`) from
 * DATABASE_URL / DATA_DIR. Returns a message instead when there is nothing to read: a SQLite
 * file that was never created is not made by merely looking.
 */
export async function openStateForReport(
  env: NodeJS.ProcessEnv,
): Promise<{ store: StateStore } | { empty: string } | { error: string }> {
  const options = stateOptionsFromEnv(env);
  if (!options.databaseUrl) {
    const file = join(resolve(options.dataDir), SQLITE_FILE);
    if (!existsSync(file))
      return { empty: `no state yet: ${file} does not exist (set DATA_DIR or DATABASE_URL)` };
  }
  try {
    return { store: await openState(options) };
  } catch (error) {
    if (error instanceof BriefbotError) return { error: error.message };
    throw error;
  }
}

/** Terminal-safe text: control characters (escape sequences, newlines) become spaces. */
export function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, " ");
}

/** Left-aligned columns separated by two spaces, with a header row. */
export function textTable(header: string[], rows: string[][]): string {
  const cells = [header, ...rows].map((r) => r.map(printable));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  return cells
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** Environment and output streams of a CLI command (injected by tests). */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** The process's own environment and streams. */
export const processIo: CliIo = { env: process.env, stdout: process.stdout, stderr: process.stderr };

/** What one read-only state report (`briefbot gaps`, `briefbot subscriptions`) adds to the shared flow. */
export interface StateReport<F, R> {
  /** The subcommand's name, prefixed to its error lines. */
  command: string;
  usage: string;
  /** Names of its string-valued flags, besides the shared --json and --help. */
  flags: string[];
  /** Checks the string flags (absent ones are undefined); throws an Error whose message says what is wrong. */
  parseFlags(values: Record<string, string | undefined>): F;
  /** The line printed when there is no state yet, given the reason. */
  noState(reason: string): string;
  read(store: StateStore, flags: F): Promise<R[]>;
  /** The line printed when the report has no rows. */
  noRows: string;
  /** The text report of one or more rows, without the final newline. */
  text(rows: R[]): string;
}

/**
 * Runs a read-only state report: flags (exit 2 and the usage when bad), then the state from
 * DATABASE_URL / DATA_DIR (exit 1 when it cannot be opened), then the rows as JSON (`--json`)
 * or text. The store is closed whatever happens.
 */
export async function runStateReport<F, R>(
  report: StateReport<F, R>,
  args: string[],
  io: CliIo,
): Promise<number> {
  let json: boolean;
  let flags: F;
  try {
    const options: Record<string, { type: "string" | "boolean"; short?: string }> = {
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    };
    for (const flag of report.flags) options[flag] = { type: "string" };
    const { values } = parseArgs({ args, strict: true, allowPositionals: false, options });
    if (values.help === true) {
      io.stdout.write(`${report.usage}\n`);
      return 0;
    }
    json = values.json === true;
    const strings: Record<string, string | undefined> = {};
    for (const flag of report.flags) {
      const value = values[flag];
      strings[flag] = typeof value === "string" ? value : undefined;
    }
    flags = report.parseFlags(strings);
  } catch (error) {
    io.stderr.write(
      `briefbot ${report.command}: ${error instanceof Error ? error.message : String(error)}\n${report.usage}\n`,
    );
    return 2;
  }

  const opened = await openStateForReport(io.env);
  if ("error" in opened) {
    io.stderr.write(`briefbot ${report.command}: ${opened.error}\n`);
    return 1;
  }
  if ("empty" in opened) {
    io.stdout.write(json ? "[]\n" : `${report.noState(opened.empty)}\n`);
    return 0;
  }
  const { store } = opened;
  try {
    const rows = await report.read(store, flags);
    if (json) io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else io.stdout.write(`${rows.length === 0 ? report.noRows : report.text(rows)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
