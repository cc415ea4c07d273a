import type { ComputedWords } from "../../knowledge/computed-words.js";
import { fill } from "../../knowledge/computed-words.js";

/**
 * Calendar arithmetic for answers of time relative to today, in UTC days (the facts hold dates
 * without times).
 */

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole months from `from` to `to` (both YYYY-MM-DD, from ≤ to), counting a month once its day is reached. */
function wholeMonths(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** Under this many days a span is said in days; from it, in years and months. */
const DAYS_UP_TO = 60;

/** The day `months` calendar months after `iso`, its day of month kept where the month has it. */
export function monthsAfter(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/**
 * Months from `from` to `to` to the nearest month (a month's second half counts as a whole
 * month), and whether that is exact: 8 May 2025 to 7 December 2026 is about 19 months, not 18.
 */
function nearestMonths(from: string, to: string): { months: number; exact: boolean } {
  const whole = wholeMonths(from, to);
  const start = dayNumber(monthsAfter(from, whole));
  const rest = dayNumber(to) - start;
  if (rest === 0) return { months: whole, exact: true };
  const step = dayNumber(monthsAfter(from, whole + 1)) - start;
  return { months: 2 * rest >= step ? whole + 1 : whole, exact: false };
}

/** The span between two dates in the reader's words: "12 days", "about 1 year and 5 months". */
export function spanWords(a: string, b: string, words: ComputedWords): string {
  const [from, to] = a <= b ? [a, b] : [b, a];
  const t = words.templates;
  const days = dayNumber(to) - dayNumber(from);
  if (days < DAYS_UP_TO) return fill(days === 1 ? t.day : t.days, { n: days });
  const { months, exact } = nearestMonths(from, to);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts: string[] = [];
  if (years > 0) parts.push(fill(years === 1 ? t.year : t.years, { n: years }));
  if (rest > 0) parts.push(fill(rest === 1 ? t.month : t.months, { n: rest }));
  const span = parts.join(t.spanJoin ?? t.and);
  return exact || !t.about ? span : fill(t.about, { span });
}

/** The days between two dates in the reader's words, with years and months once it is long. */
export function daysWords(a: string, b: string, words: ComputedWords): string {
  const [from, to] = a <= b ? [a, b] : [b, a];
  const t = words.templates;
  const n = dayNumber(to) - dayNumber(from);
  const days = fill(n === 1 ? t.day : t.days, { n });
  const span = spanWords(from, to, words);
  return span === days ? days : fill(t.betweenLong, { days, span });
}
