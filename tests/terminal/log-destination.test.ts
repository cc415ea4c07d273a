import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { terminalChatLogs } from "../../src/runtime/log-destination.js";
import { createLogger } from "../../src/runtime/logger.js";

/** The terminal chat's logs stay off its prompt: a file when stderr is the terminal, stderr otherwise. */
const dir = mkdtempSync(join(tmpdir(), "briefbot-logs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("terminalChatLogs", () => {
  it("writes to stderr when it is redirected (not a terminal)", () => {
    const stderr = new PassThrough();
    const logs = terminalChatLogs(stderr, join(dir, "redirected"));
    expect(logs.stream).toBe(stderr);
    expect(logs.file).toBeUndefined();
  });

  it("writes to data/briefbot.log when stderr is the terminal, never to the terminal", async () => {
    const tty = Object.assign(new PassThrough(), { isTTY: true });
    let onScreen = "";
    tty.on("data", (d) => {
      onScreen += String(d);
    });
    const logs = terminalChatLogs(tty, join(dir, "data"));
    expect(logs.file).toBe(join(dir, "data", "briefbot.log"));
    const logger = createLogger({ level: "warn", destination: logs.stream });
    logger.warn({ platform: "terminal" }, "the briefing did not reload");
    await new Promise<void>((resolve) => logs.stream.end(resolve));
    expect(readFileSync(logs.file!, "utf8")).toContain("the briefing did not reload");
    expect(onScreen).toBe("");
  });
});
