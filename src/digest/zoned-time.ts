/**
 * Wall-clock arithmetic in an IANA time zone with nothing but Intl: the offset of a zone at an
 * instant, the local fields of an instant, and the instant(s) a local wall-clock time maps to.
 */

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timezone, f);
  }
  return f;
}

/** True when Intl knows the zone (it throws a RangeError on an unknown one). */
export function isValidTimeZone(timezone: string): boolean {
  if (timezone.trim() === "") return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

// Offsets change only at whole minutes, so a per-minute cache is exact; it is bounded.
const offsetCache = new Map<string, number>();
const OFFSET_CACHE_MAX = 200_000;

/** The zone's offset from UTC at `epochMs`, in milliseconds (Tokyo: +9 h). */
export function zoneOffsetMs(timezone: string, epochMs: number): number {
  const minute = Math.floor(epochMs / MINUTE);
  const key = `${timezone}|${minute}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const at = minute * MINUTE;
  const p = fieldsOf(timezone, at);
  const offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - at;
  if (offsetCache.size >= OFFSET_CACHE_MAX) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

function fieldsOf(timezone: string, epochMs: number): Omit<LocalParts, "weekday"> {
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
  for (const part of formatterFor(timezone).formatToParts(new Date(epochMs))) {
    if (part.type in out) out[part.type as keyof typeof out] = Number(part.value);
  }
  return out;
}

/** The wall-clock fields of an instant in the zone. */
export function localParts(timezone: string, epochMs: number): LocalParts {
  const wall = epochMs + zoneOffsetMs(timezone, epochMs);
  const d = new Date(wall);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay(),
  };
}

/**
 * The instant at which the zone's clocks show the wall time `wallMs` (a local time encoded as if
 * it were UTC). Daylight-saving rules:
 * - repeated hour (autumn fall-back): the first occurrence, so a run fires once;
 * - skipped hour (spring-forward gap): the time is shifted forward by the gap (02:30 → 03:30),
 *   so a run in the gap still happens once, right after the change (as Vixie cron does).
 */
export function wallTimeToInstant(timezone: string, wallMs: number): number {
  const before = zoneOffsetMs(timezone, wallMs - DAY);
  const after = zoneOffsetMs(timezone, wallMs + DAY);
  const candidates: number[] = [];
  for (const offset of before === after ? [before] : [before, after]) {
    const t = wallMs - offset;
    if (zoneOffsetMs(timezone, t) === offset) candidates.push(t);
  }
  if (candidates.length > 0) return Math.min(...candidates);
  // In the gap: keep the pre-transition offset, which lands just as far past the change.
  return wallMs - before;
}
