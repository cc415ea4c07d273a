/**
 * Dates in a briefing may be a day (`2025-04-28`), a month (`2025-04`) or a year (`2025`):
 * sources do not always print a day. These helpers read all three.
 */
export type DatePrecision = "day" | "month" | "year";

export function precisionOf(date: string): DatePrecision {
  if (date.length === 4) return "year";
  return date.length === 7 ? "month" : "day";
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day a date covers, as YYYY-MM-DD: a month covers all its days. */
export function dateSpan(date: string): { first: string; last: string } {
  const precision = precisionOf(date);
  if (precision === "day") return { first: date, last: date };
  if (precision === "year") return { first: `${date}-01-01`, last: `${date}-12-31` };
  const [y, m] = date.split("-").map(Number) as [number, number];
  return { first: `${date}-01`, last: `${date}-${String(lastDayOfMonth(y, m)).padStart(2, "0")}` };
}
