import { ScheduleError } from "../errors.js";
import type { Lang } from "../i18n/lang.js";
import { CRON_EXAMPLES, type CronSpec, nextRun, parseCron } from "./cron.js";
import { isValidTimeZone } from "./zoned-time.js";

/** A validated schedule: the cron form that is stored and run, and when it next runs. */
export interface ParsedSchedule {
  /** 5-field cron, as stored in Subscription.cron and given to node-cron. */
  cron: string;
  /** Normalised human form: "daily 08:00", "weekdays 07:30", "weekly mon 09:00", or the cron. */
  label: string;
  timezone: string;
  next: Date;
}

export const PRESET_EXAMPLES = ["daily 08:00", "weekdays 08:00", "weekly mon 09:00"];
export const TIMEZONE_EXAMPLES = [
  "Asia/Tokyo",
  "Asia/Ho_Chi_Minh",
  "Europe/London",
  "America/New_York",
  "UTC",
];

const WEEKDAYS: Record<string, number> = {
  sun: 0,
  sunday: 0,
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
};
const DAY_LABEL = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

function scheduleError(message: string): ScheduleError {
  const examples = [...PRESET_EXAMPLES, ...CRON_EXAMPLES.slice(0, 2)].map((e) => `"${e}"`).join(", ");
  return new ScheduleError("schedule", `schedule: ${message}. Try one of ${examples}`);
}

function parseTime(text: string): { hour: number; minute: number } {
  const m = /^(\d{1,2})[:h.](\d{2})$/.exec(text);
  if (!m) throw scheduleError(`"${text}" is not a time; write it as 24-hour HH:MM, like 08:00 or 7:30`);
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) throw scheduleError(`"${text}" is not a time of day (00:00 to 23:59)`);
  return { hour, minute };
}

const pad = (n: number) => String(n).padStart(2, "0");

function parsePreset(words: string[]): { cron: string; label: string } | undefined {
  const [kind, a, b, ...rest] = words;
  if (kind === "daily" || kind === "weekdays") {
    if (a === undefined || b !== undefined)
      throw scheduleError(`"${kind}" takes one time, like "${kind} 08:00"`);
    const { hour, minute } = parseTime(a);
    const days = kind === "daily" ? "*" : "1-5";
    return { cron: `${minute} ${hour} * * ${days}`, label: `${kind} ${pad(hour)}:${pad(minute)}` };
  }
  if (kind === "weekly") {
    const day = a === undefined ? undefined : WEEKDAYS[a];
    if (day === undefined || b === undefined || rest.length > 0) {
      throw scheduleError(`"weekly" takes a day and a time, like "weekly mon 09:00"`);
    }
    const { hour, minute } = parseTime(b);
    return {
      cron: `${minute} ${hour} * * ${day}`,
      label: `weekly ${DAY_LABEL[day]} ${pad(hour)}:${pad(minute)}`,
    };
  }
  return undefined;
}

/** Throws ScheduleError (field "timezone") unless Intl knows the IANA zone. */
export function validateTimezone(timezone: string): string {
  const zone = timezone.trim();
  if (!isValidTimeZone(zone)) {
    throw new ScheduleError(
      "timezone",
      `timezone: "${zone}" is not an IANA time zone. Use a name like ${TIMEZONE_EXAMPLES.map((z) => `"${z}"`).join(", ")}`,
    );
  }
  return zone;
}

/**
 * Parses a preset (`daily 08:00`, `weekdays 08:00`, `weekly mon 09:00`, 24-hour times such as
 * 7:30) or a 5-field cron expression, validates the zone, and computes the next run after `now`
 * in that zone. Throws ScheduleError naming the field ("schedule" or "timezone").
 */
export function parseSchedule(text: string, timezone: string, now: Date): ParsedSchedule {
  const zone = validateTimezone(timezone);
  const words = text
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0) throw scheduleError("it is empty");
  const preset = parsePreset(words);
  let spec: CronSpec;
  let label: string;
  if (preset) {
    spec = parseCron(preset.cron);
    label = preset.label;
  } else {
    if (words.length !== 5) {
      throw scheduleError(`"${text.trim()}" is neither a preset nor a 5-field cron expression`);
    }
    spec = parseCron(words.join(" "));
    label = spec.source;
  }
  return { cron: spec.source, label, timezone: zone, next: nextRun(spec, zone, now) };
}

const LOCALES: Record<Lang, string> = { en: "en-GB", ja: "ja-JP", vi: "vi-VN" };

/** "Monday, 1 December 2025 at 08:00 (Asia/Tokyo)", in the reply's language. */
export function describeNext(next: Date, timezone: string, lang: Lang): string {
  const text = new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: timezone,
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(next);
  return `${text} (${timezone})`;
}
