import { type CliIo, processIo, runStateReport, type StateReport, textTable } from "../state/cli-open.js";
import type { Subscription } from "../state/types.js";

export type { CliIo } from "../state/cli-open.js";

export const USAGE =
  "usage: briefbot subscriptions [--json] [--state active|paused] [--platform slack|discord|terminal]";
const STATES = ["active", "paused"] as const;
const PLATFORMS = ["slack", "discord", "terminal"] as const;

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`--${flag} must be one of ${allowed.join(", ")}, got "${value}"`);
}

type Filter = { state?: Subscription["state"]; platform?: Subscription["platform"] };
/** The latest run that was not posted (skipped, missed or written off) and why. */
type NotPosted = { scheduledFor: Date; status: string; reason: string | null };
type SubscriptionWithRun = Subscription & { lastRun: Date | null; lastNotPosted: NotPosted | null };

const subscriptionsReport: StateReport<Filter, SubscriptionWithRun> = {
  command: "subscriptions",
  usage: USAGE,
  flags: ["state", "platform"],
  parseFlags(values) {
    const state = oneOf("state", values.state, STATES);
    const platform = oneOf("platform", values.platform, PLATFORMS);
    return { ...(state ? { state } : {}), ...(platform ? { platform } : {}) };
  },
  noState: (reason) => `No subscriptions (${reason}).`,
  async read(store, filter) {
    const subscriptions = await store.subscriptions.list(filter);
    return Promise.all(
      subscriptions.map(async (s) => {
        const notPosted = (await store.deliveries.list(s.id))
          .filter((d) => d.status === "skipped" || d.status === "missed")
          .at(-1);
        return {
          ...s,
          lastRun: (await store.deliveries.lastRun(s.id)) ?? null,
          lastNotPosted: notPosted
            ? { scheduledFor: notPosted.scheduledFor, status: notPosted.status, reason: notPosted.error }
            : null,
        };
      }),
    );
  },
  noRows: "No subscriptions.",
  text(withRuns) {
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
      s.lastNotPosted
        ? `${s.lastNotPosted.scheduledFor.toISOString()} ${s.lastNotPosted.status}: ${s.lastNotPosted.reason ?? ""}`
        : "-",
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
      "LAST NOT POSTED",
    ];
    const paused = withRuns.filter((s) => s.state === "paused").length;
    return `${textTable(header, rows)}\n\n${withRuns.length} subscriptions, ${paused} paused.`;
  },
};

/**
 * `briefbot subscriptions`: every digest subscription with its schedule, state and the reason
 * it is paused (a channel that is gone, a bot that was removed), read from DATABASE_URL or
 * DATA_DIR. Exit 0 on success, 1 when the state cannot be opened, 2 on bad flags.
 */
export function run(args: string[], io: CliIo = processIo): Promise<number> {
  return runStateReport(subscriptionsReport, args, io);
}
