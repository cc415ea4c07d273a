import { ScheduleError } from "../errors.js";
import { localParts, wallTimeToInstant } from "./zoned-time.js";

/**
 * A small 5-field cron matcher (minute hour day-of-month month day-of-week) with lists, ranges,
 * steps and names, evaluated in an IANA time zone. Day-of-month and day-of-week must BOTH match
 * when both are restricted: that is node-cron 4's rule (classic Vixie cron ORs them), and
 * node-cron is what triggers the runs, so the two must agree.
 */
export interface CronSpec {
  /** The normalised expression, single-spaced. */
  source: string;
  minutes: number[];
  hours: number[];
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  /** 0 = Sunday … 6 = Saturday (7 is folded into 0). */
  daysOfWeek: ReadonlySet<number>;
}

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

interface FieldDef {
  name: string;
  min: number;
  max: number;
  names?: string[];
  /** Value of names[0]. */
  nameBase?: number;
}

const FIELDS: FieldDef[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: MONTH_NAMES, nameBase: 1 },
  { name: "day of week", min: 0, max: 7, names: DAY_NAMES, nameBase: 0 },
];

export const CRON_EXAMPLES = ["0 8 * * *", "30 7 * * 1-5", "0 9 * * mon", "0 */6 * * *"];

function fail(message: string): never {
  throw new ScheduleError(
    "schedule",
    `schedule: ${message}. A cron expression has 5 fields (minute hour day-of-month month day-of-week), e.g. ${CRON_EXAMPLES.map((e) => `"${e}"`).join(", ")}`,
  );
}

function parseValue(text: string, def: FieldDef): number {
  const lower = text.toLowerCase();
  const idx = def.names?.indexOf(lower) ?? -1;
  if (idx >= 0) return idx + (def.nameBase ?? 0);
  if (!/^\d+$/.test(text)) fail(`"${text}" is not a valid ${def.name}`);
  const n = Number(text);
  if (n < def.min || n > def.max) fail(`${def.name} ${n} is out of range ${def.min}-${def.max}`);
  return n;
}

function parseField(text: string, def: FieldDef): { values: Set<number>; wildcard: boolean } {
  const values = new Set<number>();
  let wildcard = false;
  for (const item of text.split(",")) {
    if (item === "") fail(`empty list item in the ${def.name} field "${text}"`);
    const [rangePart, stepPart, extra] = item.split("/");
    if (extra !== undefined || rangePart === undefined) fail(`"${item}" is not a valid ${def.name}`);
    let step = 1;
    if (stepPart !== undefined) {
      if (!/^\d+$/.test(stepPart) || Number(stepPart) === 0)
        fail(`step "${stepPart}" in the ${def.name} field must be a positive number`);
      step = Number(stepPart);
    }
    let lo: number;
    let hi: number;
    if (rangePart === "*") {
      lo = def.min;
      hi = def.name === "day of week" ? 6 : def.max;
      if (stepPart === undefined) wildcard = true;
    } else if (rangePart.includes("-")) {
      const [a, b, more] = rangePart.split("-");
      if (a === undefined || b === undefined || more !== undefined)
        fail(`"${rangePart}" is not a valid ${def.name} range`);
      lo = parseValue(a, def);
      hi = parseValue(b, def);
      if (lo > hi) fail(`the ${def.name} range "${rangePart}" runs backwards`);
    } else {
      lo = parseValue(rangePart, def);
      // "5/15" means from 5 to the end, every 15.
      hi = stepPart !== undefined ? def.max : lo;
    }
    for (let v = lo; v <= hi; v += step) values.add(def.name === "day of week" && v === 7 ? 0 : v);
  }
  return { values, wildcard };
}

/** Parses a 5-field cron expression; throws ScheduleError (field "schedule") naming the problem. */
export function parseCron(expression: string): CronSpec {
  const parts = expression
    .trim()
    .split(/\s+/)
    .filter((p) => p !== "");
  if (parts.length !== 5)
    fail(`"${expression.trim()}" has ${parts.length} field${parts.length === 1 ? "" : "s"}, not 5`);
  const [mi, ho, dm, mo, dw] = parts.map((p, i) => parseField(p, FIELDS[i]!)) as [
    ReturnType<typeof parseField>,
    ReturnType<typeof parseField>,
    ReturnType<typeof parseField>,
    ReturnType<typeof parseField>,
    ReturnType<typeof parseField>,
  ];
  const spec: CronSpec = {
    // "5/15" (from 5, every 15) is written "5-59/15": the form node-cron also accepts.
    source: parts
      .map((p, i) =>
        p.replace(
          /(^|,)(\d+)\/(\d+)/g,
          (_m, lead: string, from: string, step: string) => `${lead}${from}-${FIELDS[i]?.max}/${step}`,
        ),
      )
      .join(" "),
    minutes: [...mi.values].sort((a, b) => a - b),
    hours: [...ho.values].sort((a, b) => a - b),
    daysOfMonth: dm.values,
    months: mo.values,
    daysOfWeek: dw.values,
  };
  if (!canEverRun(spec)) fail(`"${spec.source}" names a day that never occurs`);
  return spec;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function canEverRun(spec: CronSpec): boolean {
  for (const m of spec.months) {
    for (const d of spec.daysOfMonth) if (d <= (DAYS_IN_MONTH[m - 1] ?? 0)) return true;
  }
  return false;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
// Feb 29 on a given weekday recurs within 28 years; searching further means it never runs.
const MAX_DAYS = 366 * 29;

/** True when the local calendar date (encoded as a UTC midnight) matches the date fields. */
function dateMatches(spec: CronSpec, dayUtc: number): boolean {
  const d = new Date(dayUtc);
  return (
    spec.months.has(d.getUTCMonth() + 1) &&
    spec.daysOfMonth.has(d.getUTCDate()) &&
    spec.daysOfWeek.has(d.getUTCDay())
  );
}

/**
 * The runs strictly after `after`, in order, each once: a wall-clock time that occurs twice in
 * a fall-back runs at its first occurrence, and one skipped by a spring-forward runs once,
 * shifted forward by the gap (see wallTimeToInstant). Instants never repeat or go backwards.
 */
export function* cronRunsAfter(spec: CronSpec, timezone: string, after: Date): Generator<Date> {
  const start = after.getTime();
  const local = localParts(timezone, start);
  let dayUtc = Date.UTC(local.year, local.month - 1, local.day) - DAY; // a day early: DST slack
  let last = start;
  for (let i = 0; i < MAX_DAYS; i++, dayUtc += DAY) {
    if (!dateMatches(spec, dayUtc)) continue;
    for (const h of spec.hours) {
      for (const m of spec.minutes) {
        const t = wallTimeToInstant(timezone, dayUtc + h * 3_600_000 + m * MINUTE);
        if (t > last) {
          last = t;
          yield new Date(t);
        }
      }
    }
  }
}

/** The first run strictly after `after`. */
export function nextRun(spec: CronSpec, timezone: string, after: Date): Date {
  const first = cronRunsAfter(spec, timezone, after).next();
  if (first.done) fail(`"${spec.source}" never runs`);
  return first.value;
}

/** The runs in (after, until], oldest first, at most `limit` of the latest ones. */
export function runsBetween(
  spec: CronSpec,
  timezone: string,
  after: Date,
  until: Date,
  limit = 1000,
): Date[] {
  const out: Date[] = [];
  for (const run of cronRunsAfter(spec, timezone, after)) {
    if (run.getTime() > until.getTime()) break;
    out.push(run);
    if (out.length > limit) out.shift();
  }
  return out;
}
