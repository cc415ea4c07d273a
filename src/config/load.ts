import { statSync } from "node:fs";
import { resolve } from "node:path";
import { DEFAULT_BRIEFINGS_DIR } from "../briefing/paths.js";
import { ConfigError, ConfigErrors } from "../errors.js";
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
    /** SLACK_API_URL: the Web API base (GovSlack, a proxy); Socket Mode's URL comes from it. */
    apiUrl?: string;
  };
  /** apiUrl is DISCORD_API_URL: the REST base (a proxy); the gateway's URL comes from it. */
  discord?: { token: string; applicationId?: string; apiUrl?: string };
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
  /** Days questions and feedback are kept; 0 keeps none (QUESTION_LOG_DAYS, default 90). */
  questionLogDays: number;
}

type Env = Record<string, string | undefined>;

/**
 * Reads variables and gathers every problem instead of stopping at the first, so a person
 * fixes the whole environment in one go.
 */
class Reader {
  readonly errors: ConfigError[] = [];
  constructor(private readonly env: Env) {}

  /** One variable, parsed: unset and blank ("FOO=" in a .env file) both count as unset. */
  read(name: VariableName): unknown {
    const raw = this.env[name];
    if (raw === undefined || raw.trim() === "") return undefined;
    const spec = VARIABLES[name];
    const result = spec.schema.safeParse(raw.trim());
    if (!result.success) {
      this.fail(new ConfigError(name, `expected ${spec.expected}`));
      return undefined;
    }
    return result.data;
  }

  /** Set to something (even something malformed, which read() has reported already). */
  isSet(name: VariableName): boolean {
    return (this.env[name] ?? "").trim() !== "";
  }

  str(name: VariableName): string | undefined {
    return this.read(name) as string | undefined;
  }

  num(name: VariableName): number | undefined {
    return this.read(name) as number | undefined;
  }

  /** Runs a check that throws a ConfigError; records it and returns undefined instead. */
  attempt<T>(check: () => T): T | undefined {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.fail(error);
      return undefined;
    }
  }

  fail(error: ConfigError): void {
    this.errors.push(error);
  }
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

function checkSlackCombination(r: Reader, botToken?: string, appToken?: string, secret?: string): void {
  if (!botToken && (appToken || secret) && !r.isSet("SLACK_BOT_TOKEN")) {
    r.fail(
      new ConfigError(
        "SLACK_BOT_TOKEN",
        `required when ${appToken ? "SLACK_APP_TOKEN" : "SLACK_SIGNING_SECRET"} is set: ${VARIABLES.SLACK_BOT_TOKEN.expected}`,
      ),
    );
  }
  if (botToken && !r.isSet("SLACK_APP_TOKEN") && !r.isSet("SLACK_SIGNING_SECRET")) {
    r.fail(
      new ConfigError(
        "SLACK_SIGNING_SECRET",
        "required when SLACK_BOT_TOKEN is set without SLACK_APP_TOKEN (HTTP mode); or set SLACK_APP_TOKEN for Socket Mode",
      ),
    );
  }
}

/**
 * Validates the environment. Throws a ConfigError naming the variable that is missing or
 * malformed and what it should look like, never its value; with several, a ConfigErrors
 * holding each.
 */
export function loadConfig(env: Env = process.env): Config {
  const r = new Reader(env);
  const botToken = r.str("SLACK_BOT_TOKEN");
  const appToken = r.str("SLACK_APP_TOKEN");
  const signingSecret = r.str("SLACK_SIGNING_SECRET");
  const managers = (r.read("SLACK_DIGEST_MANAGERS") as string[] | undefined) ?? [];
  const slackApiUrl = r.str("SLACK_API_URL");
  checkSlackCombination(r, botToken, appToken, signingSecret);
  const discordToken = r.str("DISCORD_TOKEN");
  const applicationId = r.str("DISCORD_APPLICATION_ID");
  const discordApiUrl = r.str("DISCORD_API_URL");

  const briefingsDir =
    r.attempt(() =>
      requireDir(
        "BRIEFINGS_DIR",
        r.str("BRIEFINGS_DIR") ?? DEFAULT_BRIEFINGS_DIR,
        VARIABLES.BRIEFINGS_DIR.expected,
      ),
    ) ?? DEFAULT_BRIEFINGS_DIR;
  const rawSourcesDir = r.str("BRIEFING_SOURCES_DIR");
  const briefingSourcesDir = rawSourcesDir
    ? r.attempt(() =>
        requireDir("BRIEFING_SOURCES_DIR", rawSourcesDir, VARIABLES.BRIEFING_SOURCES_DIR.expected),
      )
    : undefined;
  const defaultBriefing = r.str("DEFAULT_BRIEFING");
  const dataDir = resolve(r.str("DATA_DIR") ?? "./data");
  const rawDatabaseUrl = env.DATABASE_URL?.trim();
  // The state layer's own check, so start-up and `briefbot subscriptions` agree on what is valid.
  const databaseUrl = rawDatabaseUrl
    ? r.attempt(() => parseDatabaseUrl(rawDatabaseUrl).connectionString)
    : undefined;
  const defaultTimezone = r.str("DEFAULT_TIMEZONE") ?? "UTC";
  const digestCatchupHours = r.num("DIGEST_CATCHUP_HOURS") ?? 6;
  const port = r.num("PORT");
  const slackPort = r.num("SLACK_PORT");
  if (botToken && !appToken) {
    const slackEffective = slackPort ?? 3000;
    if (port !== undefined && port !== 0 && port === slackEffective) {
      r.fail(
        new ConfigError(
          "SLACK_PORT",
          `must differ from PORT (${port}), which serves /healthz and /metrics; Slack HTTP mode listens on SLACK_PORT (default 3000)`,
        ),
      );
    }
  }
  const logLevel = r.str("LOG_LEVEL");
  const rateLimitPerMinute = r.num("RATE_LIMIT_PER_MINUTE") ?? 20;
  const questionLogDays = r.num("QUESTION_LOG_DAYS") ?? 90;
  if (r.errors.length === 1) throw r.errors[0];
  if (r.errors.length > 1) throw new ConfigErrors(r.errors);

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
            ...(slackApiUrl ? { apiUrl: slackApiUrl } : {}),
          },
        }
      : {}),
    ...(discordToken
      ? {
          discord: {
            token: discordToken,
            ...(applicationId ? { applicationId } : {}),
            ...(discordApiUrl ? { apiUrl: discordApiUrl } : {}),
          },
        }
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
    questionLogDays,
  };
}

/** Every secret value in a config, for the logger to scrub from any line that carries one. */
export function secretsOf(config: Config): string[] {
  const out = [
    config.slack?.botToken,
    config.slack?.appToken,
    config.slack?.signingSecret,
    config.discord?.token,
  ];
  return out.filter((s): s is string => s !== undefined && s !== "");
}

/** The line start-up prints for a bad configuration: one per bad variable. */
export function formatConfigError(error: ConfigError): string {
  const errors = error instanceof ConfigErrors ? error.errors : [error];
  return errors.map((e) => `briefbot: configuration error: ${e.message}`).join("\n");
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
    questionLogDays: config.questionLogDays,
  };
}
