import { parseArgs } from "node:util";
import { openStateForReport, textTable } from "../state/cli-open.js";
import type { Subscription } from "../state/types.js";

const USAGE =
  "usage: briefbot subscriptions [--json] [--state active|paused] [--platform slack|discord|terminal]";
const STATES = ["active", "paused"] as const;
const PLATFORMS = ["slack", "discord", "terminal"] as const;

export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const processIo: CliIo = { env: process.env, stdout: process.stdout, stderr: process.stderr };

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`--${flag} must be one of ${allowed.join(", ")}, got "${value}"`);
}

/**
 * `briefbot subscriptions`: every digest subscription with its schedule, state and the reason
 * it is paused (a channel that is gone, a bot that was removed), read from DATABASE_URL or
 * DATA_DIR. Exit 0 on success, 1 when the state cannot be opened, 2 on bad flags.
 */
export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  let json: boolean;
  let filter: { state?: Subscription["state"]; platform?: Subscription["platform"] };
  try {
    const { values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        json: { type: "boolean" },
        state: { type: "string" },
        platform: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    json = values.json ?? false;
    const state = oneOf("state", values.state, STATES);
    const platform = oneOf("platform", values.platform, PLATFORMS);
    filter = { ...(state ? { state } : {}), ...(platform ? { platform } : {}) };
  } catch (error) {
    io.stderr.write(
      `briefbot subscriptions: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`,
    );
    return 2;
  }

  const opened = await openStateForReport(io.env);
  if ("error" in opened) {
    io.stderr.write(`briefbot subscriptions: ${opened.error}\n`);
    return 1;
  }
  if ("empty" in opened) {
    io.stdout.write(json ? "[]\n" : `No subscriptions (${opened.empty}).\n`);
    return 0;
  }
  const { store } = opened;
  try {
    const subscriptions = await store.subscriptions.list(filter);
    const withRuns = await Promise.all(
      subscriptions.map(async (s) => ({ ...s, lastRun: (await store.deliveries.lastRun(s.id)) ?? null })),
    );
    if (json) {
      io.stdout.write(`${JSON.stringify(withRuns, null, 2)}\n`);
      return 0;
    }
    if (withRuns.length === 0) {
      io.stdout.write("No subscriptions.\n");
      return 0;
    }
    const rows = withRuns.map((s) => [
      s.id,
      s.platform,
      s.workspaceId,
      s.channelId,
      s.briefingId,
      s.scheduleLabel,
      s.timezone,
      s.lang,
      s.lastRun ? s.lastRun.toISOString() : "-",
      s.state === "paused" ? `paused: ${s.pausedReason ?? ""}` : "active",
    ]);
    const header = [
      "ID",
      "PLATFORM",
      "WORKSPACE",
      "CHANNEL",
      "BRIEFING",
      "SCHEDULE",
      "TIME ZONE",
      "LANG",
      "LAST RUN",
      "STATE",
    ];
    const paused = withRuns.filter((s) => s.state === "paused").length;
    io.stdout.write(`${textTable(header, rows)}\n\n${withRuns.length} subscriptions, ${paused} paused.\n`);
    return 0;
  } finally {
    await store.close();
  }
}
