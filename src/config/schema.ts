import { z } from "zod";

/**
 * One entry per environment variable: its schema and what a valid value looks like. The hint
 * is all a person sees when the value is wrong; the value itself is never shown, since many of
 * these are secrets.
 */
export interface VariableSpec {
  schema: z.ZodType;
  expected: string;
  secret?: boolean;
}

const isZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** An http(s) base URL with a host, no credentials, query or fragment (a proxy or GovSlack). */
const baseUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (
      (url.protocol === "https:" || url.protocol === "http:") &&
      url.hostname !== "" &&
      url.username === "" &&
      url.password === "" &&
      url.search === "" &&
      url.hash === ""
    );
  } catch {
    return false;
  }
});

const intIn = (min: number, max: number) =>
  z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max));

export const VARIABLES = {
  SLACK_BOT_TOKEN: {
    schema: z.string().regex(/^xoxb-[A-Za-z0-9-]+$/),
    expected: "a Slack bot token starting with xoxb- (OAuth & Permissions page of your Slack app)",
    secret: true,
  },
  SLACK_APP_TOKEN: {
    schema: z.string().regex(/^xapp-[A-Za-z0-9-]+$/),
    expected: "a Slack app-level token starting with xapp- with the connections:write scope (Socket Mode)",
    secret: true,
  },
  SLACK_SIGNING_SECRET: {
    schema: z.string().regex(/^[A-Za-z0-9]{16,128}$/),
    expected: "the signing secret from your Slack app's Basic Information page (letters and digits)",
    secret: true,
  },
  SLACK_DIGEST_MANAGERS: {
    schema: z
      .string()
      .transform((s) =>
        s
          .split(",")
          .map((id) => id.trim())
          .filter((id) => id !== ""),
      )
      .pipe(z.array(z.string().regex(/^[UW][A-Z0-9]{2,}$/))),
    expected: "comma-separated Slack user ids such as U012ABCDEF,U034GHIJKL",
  },
  SLACK_API_URL: {
    schema: baseUrl.transform((value) => (value.endsWith("/") ? value : `${value}/`)),
    expected:
      "the Slack Web API base URL, e.g. https://slack-gov.com/api/ for GovSlack (default https://slack.com/api/)",
  },
  DISCORD_TOKEN: {
    schema: z.string().regex(/^[A-Za-z0-9_-]{18,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/),
    expected: "a Discord bot token: three dot-separated parts (Bot page of your Discord application)",
    secret: true,
  },
  DISCORD_APPLICATION_ID: {
    schema: z.string().regex(/^\d{17,20}$/),
    expected: "the numeric application id (17 to 20 digits) from the Discord developer portal",
  },
  DISCORD_API_URL: {
    schema: baseUrl.transform((value) => value.replace(/\/+$/, "")),
    expected:
      "the Discord REST base URL without the version, e.g. https://discord-proxy.internal/api (default https://discord.com/api)",
  },
  BRIEFINGS_DIR: { schema: z.string().min(1), expected: "a folder holding briefing folders" },
  BRIEFING_SOURCES_DIR: {
    schema: z.string().min(1),
    expected: "a folder of source texts (sources[].file) for briefings that set no sourcesDir",
  },
  DEFAULT_BRIEFING: {
    schema: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    expected: "a briefing id such as japan-vietnam-2025 (lower-case letters, digits, dashes)",
  },
  DATA_DIR: { schema: z.string().min(1), expected: "a writable folder for the SQLite file, e.g. ./data" },
  DEFAULT_TIMEZONE: {
    schema: z.string().refine(isZone),
    expected: "an IANA time zone such as UTC, Asia/Tokyo or Asia/Ho_Chi_Minh",
  },
  DIGEST_CATCHUP_HOURS: { schema: intIn(0, 168), expected: "a whole number of hours from 0 to 168, e.g. 6" },
  PORT: { schema: intIn(0, 65535), expected: "a TCP port number from 0 to 65535, e.g. 8080" },
  SLACK_PORT: {
    schema: intIn(0, 65535),
    expected: "a TCP port number for Slack's HTTP mode requests (default 3000)",
  },
  LOG_LEVEL: {
    schema: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]),
    expected: "one of fatal, error, warn, info, debug, trace, silent",
  },
  QUESTION_LOG_DAYS: {
    schema: intIn(0, 3650),
    expected: "a whole number of days from 0 to 3650 to keep questions and feedback, e.g. 90 (0 keeps none)",
  },
  RATE_LIMIT_PER_MINUTE: {
    schema: intIn(1, 100_000),
    expected: "a whole number of questions per user per minute, at least 1, e.g. 20",
  },
} satisfies Record<string, VariableSpec>;

export type VariableName = keyof typeof VARIABLES;

/** Variables briefbot reads that are validated elsewhere (DATABASE_URL: by the state layer). */
export const OTHER_VARIABLES = ["DATABASE_URL"] as const;

/**
 * Prefixes of variables that are meant for briefbot: one that starts so but is not in VARIABLES
 * is most likely misspelt (SLACK_TOKEN), and start-up warns with the nearest names.
 */
export const OWN_PREFIXES = [
  "SLACK_",
  "DISCORD_",
  "BRIEFBOT_",
  "BRIEFING",
  "DIGEST_",
  "DEFAULT_BRIEFING",
  "DEFAULT_TIMEZONE",
  "DATABASE_",
  "RATE_LIMIT",
] as const;
