import { isAbsolute, relative, resolve } from "node:path";
import { type BriefingIssue, formatBriefingIssue } from "../errors.js";
import { DEFAULT_BRIEFINGS_DIR } from "./paths.js";

/** The environment variable that points the bot and the CLI at another briefings folder. */
export const BRIEFINGS_DIR_VAR = "BRIEFINGS_DIR";

/**
 * Where the briefings are: `BRIEFINGS_DIR` (resolved against the working directory) when
 * set, else the briefings shipped with the package. `ask`, `start` and the CLI use this.
 */
export function briefingsDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const fromEnv = env[BRIEFINGS_DIR_VAR]?.trim();
  return fromEnv ? resolve(fromEnv) : DEFAULT_BRIEFINGS_DIR;
}

/** The folder of source texts for briefings that name none (`sourcesDir:`); quotes are checked against it. */
export const SOURCES_DIR_VAR = "BRIEFING_SOURCES_DIR";

export function sourcesFallbackDir(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const fromEnv = env[SOURCES_DIR_VAR]?.trim();
  return fromEnv ? resolve(fromEnv) : undefined;
}

/** A path as a person at `cwd` types it: relative when inside `cwd`, else absolute. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}

/** `file:line:col: message`, with the file shown as `displayPath` does. */
export function formatIssueFor(issue: BriefingIssue, cwd: string = process.cwd()): string {
  return formatBriefingIssue({ ...issue, file: displayPath(issue.file, cwd) });
}
