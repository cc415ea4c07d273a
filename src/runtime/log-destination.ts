import { createWriteStream, mkdirSync } from "node:fs";
import { join } from "node:path";

/** Where the terminal chat's logs go, and the file when it is one. */
export interface LogDestination {
  stream: NodeJS.WritableStream;
  file?: string;
}

/**
 * The terminal chat owns the screen: a log line written to a stderr that is the same terminal
 * lands on the prompt. Logs go to stderr only when it is redirected (a file, a pipe, a
 * container's log), else to `briefbot.log` in the data folder.
 */
export function terminalChatLogs(
  stderr: NodeJS.WritableStream & { isTTY?: boolean },
  dataDir: string,
): LogDestination {
  if (!stderr.isTTY) return { stream: stderr };
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, "briefbot.log");
  return { stream: createWriteStream(file, { flags: "a" }), file };
}
