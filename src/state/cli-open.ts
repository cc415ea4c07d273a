import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
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
