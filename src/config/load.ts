import { statSync } from "node:fs";
import { resolve } from "node:path";
import { DEFAULT_BRIEFINGS_DIR } from "../briefing/paths.js";
import { ConfigError } from "../errors.js";
import { parseDatabaseUrl } from "../state/database-url.js";
import { VARIABLES, type VariableName } from "./schema.js";

export type AdapterName = "slack" | "discord" | "terminal";

/** The validated configuration of a running bot. Holds secrets: never log it whole. */
export interface Config {
  /** Which adapters start: Slack and/or Discord when configured, else the terminal chat. */
  adapters: AdapterName[];
  slack?: {
    botToken: string;
    /** Socket Mode when set; HTTP mode (with the signing secret) otherwise. */
    appToken?: string;
    signingSecret?: string;
    managers: string[];
  };
  discord?: { token: string; applicationId?: string };
  briefingsDir: string;
  /** BRIEFING_SOURCES_DIR: quotes are checked against these texts on every load and reload. */
  briefingSourcesDir?: string;
  defaultBriefing?: string;
  dataDir: string;
  databaseUrl?: string;
  defaultTimezone: string;
  digestCatchupHours: number;
  port?: number;
  /** Slack HTTP mode only: where Slack's requests arrive (default 3000). */
  slackPort?: number;
  logLevel: string;
  /** True when LOG_LEVEL was set; the terminal chat is quieter by default. */
  logLevelExplicit: boolean;
  rateLimitPerMinute: number;
}

type Env = Record<string, string | undefined>;

/** Reads one variable: unset and blank ("FOO=" in a .env file) both count as unset. */
function read<N extends VariableName>(env: Env, name: N): unknown {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const spec = VARIABLES[name];
  const result = spec.schema.safeParse(raw.trim());
  if (!result.success) throw new ConfigError(name, `expected ${spec.expected}`);
  return result.data;
}

function str(env: Env, name: VariableName): string | undefined {
  return read(env, name) as string | undefined;
}

function num(env: Env, name: VariableName): number | undefined {
  return read(env, name) as number | undefined;
}

function requireDir(name: VariableName, path: string, expected: string): string {
  const full = resolve(path);
  let ok = false;
  try {
    ok = statSync(full).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new ConfigError(name, `expected ${expected}; no such folder`);
  return full;
}

/**
 * Validates the environment. Throws a ConfigError naming the first variable that is missing
 * or malformed and what it should look like, never its value.
 */
export function loadConfig(env: Env = process.env): Config {
  const botToken = str(env, "SLACK_BOT_TOKEN");
  const appToken = str(env, "SLACK_APP_TOKEN");
  const signingSecret = str(env, "SLACK_SIGNING_SECRET");
  const managers = (read(env, "SLACK_DIGEST_MANAGERS") as string[] | undefined) ?? [];
  if (!botToken && (appToken || signingSecret)) {
    throw new ConfigError(
      "SLACK_BOT_TOKEN",
      `required when ${appToken ? "SLACK_APP_TOKEN" : "SLACK_SIGNING_SECRET"} is set: ${VARIABLES.SLACK_BOT_TOKEN.expected}`,
    );
  }
  if (botToken && !appToken && !signingSecret) {
    throw new ConfigError(
      "SLACK_SIGNING_SECRET",
      "required when SLACK_BOT_TOKEN is set without SLACK_APP_TOKEN (HTTP mode); or set SLACK_APP_TOKEN for Socket Mode",
    );
  }
  const discordToken = str(env, "DISCORD_TOKEN");
  const applicationId = str(env, "DISCORD_APPLICATION_ID");

  const briefingsDir = requireDir(
    "BRIEFINGS_DIR",
    str(env, "BRIEFINGS_DIR") ?? DEFAULT_BRIEFINGS_DIR,
    VARIABLES.BRIEFINGS_DIR.expected,
  );
  const rawSourcesDir = str(env, "BRIEFING_SOURCES_DIR");
  const briefingSourcesDir = rawSourcesDir
    ? requireDir("BRIEFING_SOURCES_DIR", rawSourcesDir, VARIABLES.BRIEFING_SOURCES_DIR.expected)
    : undefined;
  const defaultBriefing = str(env, "DEFAULT_BRIEFING");
  const dataDir = resolve(str(env, "DATA_DIR") ?? "./data");
  const rawDatabaseUrl = env.DATABASE_URL?.trim();
  // The state layer's own check, so start-up and `briefbot subscriptions` agree on what is valid.
  const databaseUrl = rawDatabaseUrl ? parseDatabaseUrl(rawDatabaseUrl).connectionString : undefined;
  const defaultTimezone = str(env, "DEFAULT_TIMEZONE") ?? "UTC";
  const digestCatchupHours = num(env, "DIGEST_CATCHUP_HOURS") ?? 6;
  const port = num(env, "PORT");
  const slackPort = num(env, "SLACK_PORT");
  if (botToken && !appToken) {
    const slackEffective = slackPort ?? 3000;
    if (port !== undefined && port !== 0 && port === slackEffective) {
      throw new ConfigError(
        "SLACK_PORT",
        `must differ from PORT (${port}), which serves /healthz and /metrics; Slack HTTP mode listens on SLACK_PORT (default 3000)`,
      );
    }
  }
  const logLevel = str(env, "LOG_LEVEL");
  const rateLimitPerMinute = num(env, "RATE_LIMIT_PER_MINUTE") ?? 20;

  const adapters: AdapterName[] = [];
  if (botToken) adapters.push("slack");
  if (discordToken) adapters.push("discord");
  if (adapters.length === 0) adapters.push("terminal");

  return {
    adapters,
    ...(botToken
      ? {
          slack: {
            botToken,
            ...(appToken ? { appToken } : {}),
            ...(signingSecret ? { signingSecret } : {}),
            managers,
          },
        }
      : {}),
    ...(discordToken
      ? { discord: { token: discordToken, ...(applicationId ? { applicationId } : {}) } }
      : {}),
    briefingsDir,
    ...(briefingSourcesDir ? { briefingSourcesDir } : {}),
    ...(defaultBriefing ? { defaultBriefing } : {}),
    dataDir,
    ...(databaseUrl ? { databaseUrl } : {}),
    defaultTimezone,
    digestCatchupHours,
    ...(port !== undefined ? { port } : {}),
    ...(slackPort !== undefined && botToken && !appToken ? { slackPort } : {}),
    logLevel: logLevel ?? "info",
    logLevelExplicit: logLevel !== undefined,
    rateLimitPerMinute,
  };
}

/** The one line start-up prints for a bad configuration. */
export function formatConfigError(error: ConfigError): string {
  return `briefbot: configuration error: ${error.message}`;
}

/** What is safe to log about a config: which adapters and modes, never a token or the database URL. */
export function describeConfig(config: Config): Record<string, unknown> {
  return {
    adapters: config.adapters,
    slackMode: config.slack ? (config.slack.appToken ? "socket" : "http") : undefined,
    briefingsDir: config.briefingsDir,
    defaultBriefing: config.defaultBriefing,
    state: config.databaseUrl ? "postgres" : `sqlite in ${config.dataDir}`,
    defaultTimezone: config.defaultTimezone,
    digestCatchupHours: config.digestCatchupHours,
    port: config.port,
    rateLimitPerMinute: config.rateLimitPerMinute,
  };
}
