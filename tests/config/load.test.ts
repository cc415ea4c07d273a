import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatConfigError, loadConfig } from "../../src/config/load.js";
import { ConfigError } from "../../src/errors.js";

const SLACK_BOT = "xoxb-1111-2222-AbCdEf";
const SLACK_APP = "xapp-1-A111-2222-abcdef";
const SIGNING = "8f742231b10e8888abcd99yyyzzz85a5";
const DISCORD = "MTA5ODc2NTQzMjEwOTg3NjU0.GAbCdE.abcdefghijklmnopqrstuvwxyz012345";

function errorLine(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return formatConfigError(error as ConfigError);
  }
  throw new Error("expected a configuration error");
}

/** Every substring of `secret` of at least `min` characters. */
function substrings(secret: string, min = 4): string[] {
  const out: string[] = [];
  for (let i = 0; i < secret.length; i++)
    for (let j = i + min; j <= secret.length; j++) out.push(secret.slice(i, j));
  return out;
}

describe("loadConfig", () => {
  it("starts the terminal chat with defaults when nothing is set", () => {
    const config = loadConfig({});
    expect(config.adapters).toEqual(["terminal"]);
    expect(config.defaultTimezone).toBe("UTC");
    expect(config.digestCatchupHours).toBe(6);
    expect(config.rateLimitPerMinute).toBe(20);
    expect(config.dataDir).toMatch(/data$/);
    expect(config.port).toBeUndefined();
    expect(config.slack).toBeUndefined();
  });

  it("treats blank values as unset", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: "", DISCORD_TOKEN: "  ", PORT: "" }).adapters).toEqual(["terminal"]);
  });

  it("starts Slack in Socket Mode, Discord, or both, by which tokens are set", () => {
    const slack = loadConfig({ SLACK_BOT_TOKEN: SLACK_BOT, SLACK_APP_TOKEN: SLACK_APP });
    expect(slack.adapters).toEqual(["slack"]);
    expect(slack.slack).toEqual({ botToken: SLACK_BOT, appToken: SLACK_APP, managers: [] });
    const http = loadConfig({ SLACK_BOT_TOKEN: SLACK_BOT, SLACK_SIGNING_SECRET: SIGNING });
    expect(http.slack?.signingSecret).toBe(SIGNING);
    expect(loadConfig({ DISCORD_TOKEN: DISCORD }).adapters).toEqual(["discord"]);
    const both = loadConfig({
      SLACK_BOT_TOKEN: SLACK_BOT,
      SLACK_APP_TOKEN: SLACK_APP,
      DISCORD_TOKEN: DISCORD,
      DISCORD_APPLICATION_ID: "123456789012345678",
      SLACK_DIGEST_MANAGERS: "U012ABCDEF, W034GHIJKL",
    });
    expect(both.adapters).toEqual(["slack", "discord"]);
    expect(both.slack?.managers).toEqual(["U012ABCDEF", "W034GHIJKL"]);
    expect(both.discord?.applicationId).toBe("123456789012345678");
  });

  it("reads the other settings", () => {
    const dir = mkdtempSync(join(tmpdir(), "briefbot-config-"));
    const config = loadConfig({
      BRIEFINGS_DIR: dir,
      DEFAULT_BRIEFING: "japan-vietnam-2025",
      DATA_DIR: "/tmp/x",
      DATABASE_URL: "postgres://me@127.0.0.1:5432/test",
      DEFAULT_TIMEZONE: "Asia/Tokyo",
      DIGEST_CATCHUP_HOURS: "12",
      PORT: "0",
      LOG_LEVEL: "debug",
      RATE_LIMIT_PER_MINUTE: "5",
      QUESTION_LOG_DAYS: "30",
    });
    expect(config).toMatchObject({
      briefingsDir: dir,
      defaultBriefing: "japan-vietnam-2025",
      dataDir: "/tmp/x",
      databaseUrl: "postgres://me@127.0.0.1:5432/test",
      defaultTimezone: "Asia/Tokyo",
      digestCatchupHours: 12,
      port: 0,
      logLevel: "debug",
      logLevelExplicit: true,
      rateLimitPerMinute: 5,
      questionLogDays: 30,
    });
    expect(loadConfig({ BRIEFINGS_DIR: dir }).questionLogDays).toBe(90);
    expect(loadConfig({ BRIEFINGS_DIR: dir, QUESTION_LOG_DAYS: "0" }).questionLogDays).toBe(0);
  });

  it.each([
    [{ SLACK_BOT_TOKEN: "xoxp-user-token", SLACK_APP_TOKEN: SLACK_APP }, "SLACK_BOT_TOKEN", "xoxb-"],
    [{ SLACK_BOT_TOKEN: SLACK_BOT, SLACK_APP_TOKEN: "xoxb-wrong-kind" }, "SLACK_APP_TOKEN", "xapp-"],
    [{ SLACK_APP_TOKEN: SLACK_APP }, "SLACK_BOT_TOKEN", "required when SLACK_APP_TOKEN is set"],
    [{ SLACK_BOT_TOKEN: SLACK_BOT }, "SLACK_SIGNING_SECRET", "required when SLACK_BOT_TOKEN is set"],
    [
      { SLACK_BOT_TOKEN: SLACK_BOT, SLACK_SIGNING_SECRET: "short!" },
      "SLACK_SIGNING_SECRET",
      "signing secret",
    ],
    [{ SLACK_DIGEST_MANAGERS: "alice,bob" }, "SLACK_DIGEST_MANAGERS", "U012ABCDEF"],
    [{ DISCORD_TOKEN: "not-a-token" }, "DISCORD_TOKEN", "three dot-separated parts"],
    [{ DISCORD_TOKEN: DISCORD, DISCORD_APPLICATION_ID: "abc" }, "DISCORD_APPLICATION_ID", "17 to 20 digits"],
    [{ BRIEFINGS_DIR: "/no/such/folder/anywhere" }, "BRIEFINGS_DIR", "no such folder"],
    [{ DEFAULT_BRIEFING: "Japan Vietnam" }, "DEFAULT_BRIEFING", "japan-vietnam-2025"],
    [{ DATABASE_URL: "mysql://root@127.0.0.1/test" }, "DATABASE_URL", "postgres://"],
    [{ DEFAULT_TIMEZONE: "Mars/Olympus_Mons" }, "DEFAULT_TIMEZONE", "IANA time zone"],
    [{ DIGEST_CATCHUP_HOURS: "six" }, "DIGEST_CATCHUP_HOURS", "0 to 168"],
    [{ PORT: "70000" }, "PORT", "0 to 65535"],
    [{ LOG_LEVEL: "verbose" }, "LOG_LEVEL", "debug"],
    [{ RATE_LIMIT_PER_MINUTE: "0" }, "RATE_LIMIT_PER_MINUTE", "at least 1"],
    [{ QUESTION_LOG_DAYS: "-1" }, "QUESTION_LOG_DAYS", "0 to 3650"],
    [{ QUESTION_LOG_DAYS: "forever" }, "QUESTION_LOG_DAYS", "0 keeps none"],
  ])("%o → one line naming %s", (env, variable, hint) => {
    const line = errorLine(env);
    expect(line).not.toContain("\n");
    expect(line).toContain(variable);
    expect(line).toContain(hint);
  });

  it.each([
    ["SLACK_BOT_TOKEN", { SLACK_APP_TOKEN: SLACK_APP }],
    ["SLACK_APP_TOKEN", { SLACK_BOT_TOKEN: SLACK_BOT }],
    ["SLACK_SIGNING_SECRET", { SLACK_BOT_TOKEN: SLACK_BOT }],
    ["DISCORD_TOKEN", {}],
  ])("never shows any part of a malformed %s", (variable, rest) => {
    // Characters chosen so that no 4-character piece can occur in the hint text by chance.
    const secret = "QZ7#kJ9$wV2!qP4%mX8^rT6&yB3*nC5(";
    const line = errorLine({ ...rest, [variable]: secret });
    expect(line).toContain(variable);
    for (const piece of substrings(secret)) expect(line).not.toContain(piece);
  });

  it("never shows the password of a malformed DATABASE_URL", () => {
    const line = errorLine({ DATABASE_URL: "postgres://bob:Sup3rS3cretPw@/" });
    expect(line).toContain("DATABASE_URL");
    for (const piece of substrings("Sup3rS3cretPw")) expect(line).not.toContain(piece);
  });
});
