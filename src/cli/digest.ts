import { renderReply } from "../adapters/terminal/render.js";
import type { Briefing } from "../briefing/types.js";
import { systemClock } from "../clock.js";
import { composeDigest, digestToReply } from "../digest/compose.js";
import { validateTimezone } from "../digest/schedule.js";
import { ScheduleError } from "../errors.js";
import type { DeliveredFact } from "../state/types.js";
import { briefingForCommand, parseCommandArgs, parseLang, UsageError } from "./briefing-args.js";

export const USAGE =
  "usage: briefbot digest --preview [--briefing ID] [--lang en|ja|vi] [--since YYYY-MM-DD] [--timezone ZONE] [--now ISO-TIME]";

/** True when YYYY-MM-DD names a day of the calendar (2025-02-30 does not: Date would roll it to 2 March). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function parseDay(flag: string, value: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value);
  if (!m || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`${flag} must be a date like 2025-05-01, got "${value.slice(0, 40)}"`);
  }
  if (!isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new UsageError(`${flag}: ${value.slice(0, 10)} is not a day of the calendar`);
  }
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/**
 * What a channel whose last digest went out on `since` is taken to have received: every fact
 * except those dated (event or deadline) on or after that day, which show as new. The ledger
 * of a real channel records exactly what it received; the preview has no channel, so it uses
 * the facts' own dates as the best stand-in.
 */
export function deliveredBefore(
  briefing: Briefing,
  since: Date,
  lang: ReturnType<typeof parseLang>,
): DeliveredFact[] {
  const day = since.toISOString().slice(0, 10);
  return briefing.facts
    .filter((f) => {
      const dated = f.deadline?.date ?? f.date;
      return dated === undefined || dated < day;
    })
    .map((f) => ({
      factId: f.id,
      hash: f.hash,
      statement: f.statement[lang],
      message: null,
      deliveredAt: since,
    }));
}

/** `briefbot digest --preview`: prints the digest a channel would get now, as terminal text. */
export async function run(args: string[]): Promise<number> {
  let values: {
    preview?: boolean;
    briefing?: string;
    lang?: string;
    since?: string;
    timezone?: string;
    now?: string;
    help?: boolean;
  };
  let lang: ReturnType<typeof parseLang>;
  let since: Date | undefined;
  let now: Date;
  let timezone: string;
  try {
    ({ values } = parseCommandArgs(args, {
      preview: { type: "boolean" },
      briefing: { type: "string" },
      lang: { type: "string" },
      since: { type: "string" },
      timezone: { type: "string" },
      now: { type: "string" },
      help: { type: "boolean", short: "h" },
    }));
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (!values.preview) throw new UsageError("say --preview: digests are posted by the running bot");
    lang = parseLang(values.lang);
    since = values.since === undefined ? undefined : parseDay("--since", values.since);
    now = values.now === undefined ? systemClock.now() : parseDay("--now", values.now);
    timezone = validateTimezone(values.timezone ?? process.env.DEFAULT_TIMEZONE ?? "UTC");
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof ScheduleError)) throw error;
    const message = error instanceof ScheduleError ? `--${error.message}` : error.message;
    process.stderr.write(`briefbot digest: ${message}\n${USAGE}\n`);
    return 2;
  }
  const briefing = briefingForCommand("digest", values.briefing);
  if (typeof briefing === "number") return briefing;
  const delivered = since ? deliveredBefore(briefing, since, lang) : [];
  const digest = composeDigest(briefing, { lang, now, delivered, timezone });
  process.stdout.write(renderReply(digestToReply(digest)));
  return 0;
}
