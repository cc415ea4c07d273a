import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/runtime/logger.js";
import { redactLine } from "../../src/runtime/redact.js";

/** A logger writing to memory; pino writes synchronously to a plain stream. */
function capture(secrets: string[] = []) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ level: "debug", destination, secrets }), lines };
}

const BOT = "xoxb-1111-2222-AbCdEfGhIjKl";
const DISCORD = "MTA5ODc2NTQzMjEwOTg3NjU0.GAbCdE.abcdefghijklmnopqrstuvwxyz012345";
const INTERACTION = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5OmFiY2RlZmdoaWprbG1ub3A";

describe("logger", () => {
  it("never writes a key twice when the call repeats a binding", () => {
    const { logger, lines } = capture();
    logger.child({ platform: "slack" }).info({ platform: "slack", mode: "socket" }, "started");
    expect(lines).toHaveLength(1);
    expect(lines[0]?.match(/"platform"/g)).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ platform: "slack", mode: "socket" });
  });

  it("scrubs configured secrets and per-request tokens from every part of a line", () => {
    const { logger, lines } = capture([BOT, "8f742231b10e8888abcd99yyyzzz85a5"]);
    const error = Object.assign(
      new Error(`POST /interactions/123456789012345678/${INTERACTION}/callback failed`),
      {
        url: `https://discord.com/api/v10/webhooks/100000000000000001/${INTERACTION}/messages/@original`,
        requestBody: { json: { token: INTERACTION, type: 4 } },
      },
    );
    logger.error({ err: error, note: `auth Bot ${DISCORD} and ${BOT}` }, "discord call failed");
    logger.warn(
      `signing secret 8f742231b10e8888abcd99yyyzzz85a5, response https://hooks.slack.com/commands/T0/1/abcDEF`,
    );
    const all = lines.join("\n");
    for (const secret of [BOT, DISCORD, INTERACTION, "8f742231b10e8888abcd99yyyzzz85a5", "abcDEF"])
      expect(all).not.toContain(secret);
    expect(all).toContain("[redacted]");
    // Still JSON after scrubbing.
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it("leaves ordinary text alone", () => {
    const line = '{"msg":"answered","factIds":["semiconductor-phd-250"],"latencyMs":3}';
    expect(redactLine(line, [BOT])).toBe(line);
  });
});
