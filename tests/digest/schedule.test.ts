import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cronRunsAfter, parseCron, runsBetween } from "../../src/digest/cron.js";
import { describeNext, parseSchedule } from "../../src/digest/schedule.js";
import { localParts, wallTimeToInstant } from "../../src/digest/zoned-time.js";
import { ScheduleError } from "../../src/errors.js";

const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

function take(expr: string, zone: string, after: string, n: number): string[] {
  const out: string[] = [];
  for (const run of cronRunsAfter(parseCron(expr), zone, at(after))) {
    out.push(iso(run));
    if (out.length === n) break;
  }
  return out;
}

describe("parseSchedule presets", () => {
  it("daily 08:00 in Tokyo is the next 08:00 JST", () => {
    const s = parseSchedule("daily 08:00", "Asia/Tokyo", at("2026-11-28T15:46:00Z")); // 00:46 JST
    expect(s).toEqual({
      cron: "0 8 * * *",
      label: "daily 08:00",
      timezone: "Asia/Tokyo",
      next: at("2026-11-28T23:00:00Z"),
    });
  });

  it("accepts 24-hour times without a leading zero and normalises the label", () => {
    const s = parseSchedule("  Daily   7:30 ", "UTC", at("2026-01-01T08:00:00Z"));
    expect(s.label).toBe("daily 07:30");
    expect(s.cron).toBe("30 7 * * *");
    expect(s.next).toEqual(at("2026-01-02T07:30:00Z"));
  });

  it("weekdays skips the weekend", () => {
    // Friday 2026-11-27 09:00 UTC, after the 08:00 run: next is Monday.
    const s = parseSchedule("weekdays 08:00", "Europe/London", at("2026-11-27T09:00:00Z"));
    expect(s.cron).toBe("0 8 * * 1-5");
    expect(s.next).toEqual(at("2026-11-30T08:00:00Z"));
  });

  it("weekly mon 09:00 in London follows British Summer Time", () => {
    // BST starts Sunday 2026-03-29; Monday 30 March 09:00 BST is 08:00 UTC.
    const s = parseSchedule("weekly monday 09:00", "Europe/London", at("2026-03-27T12:00:00Z"));
    expect(s.label).toBe("weekly mon 09:00");
    expect(s.cron).toBe("0 9 * * 1");
    expect(s.next).toEqual(at("2026-03-30T08:00:00Z"));
    const winter = parseSchedule("weekly mon 09:00", "Europe/London", at("2026-11-27T12:00:00Z"));
    expect(winter.next).toEqual(at("2026-11-30T09:00:00Z"));
  });

  it("takes a 5-field cron expression with names, ranges, lists and steps", () => {
    const s = parseSchedule("15 9,17 * JAN-MAR mon-fri", "Asia/Ho_Chi_Minh", at("2026-01-02T03:00:00Z"));
    expect(s.cron).toBe("15 9,17 * jan-mar mon-fri");
    // Friday 2 Jan 2026, 10:00 in Hanoi (UTC+7): next is 17:15 the same day.
    expect(s.next).toEqual(at("2026-01-02T10:15:00Z"));
  });
});

describe("parseSchedule errors name the field and show examples", () => {
  const now = at("2026-01-01T00:00:00Z");
  const cases: [string, string, "schedule" | "timezone", RegExp][] = [
    [
      "daily 08:00",
      "Mars/Olympus",
      "timezone",
      /timezone: "Mars\/Olympus" is not an IANA time zone.*Asia\/Tokyo/,
    ],
    ["daily 08:00", "", "timezone", /timezone/],
    ["daily 25:00", "UTC", "schedule", /schedule: "25:00" is not a time of day.*daily 08:00/],
    ["daily eight", "UTC", "schedule", /HH:MM/],
    ["weekly funday 09:00", "UTC", "schedule", /weekly mon 09:00/],
    ["every morning", "UTC", "schedule", /neither a preset nor a 5-field cron/],
    ["", "UTC", "schedule", /empty/],
    ["61 * * * *", "UTC", "schedule", /minute 61 is out of range 0-59/],
    ["0 8 * * * *", "UTC", "schedule", /neither a preset/],
    ["0 8 * * xyz", "UTC", "schedule", /"xyz" is not a valid day of week/],
    ["0 8 5-1 * *", "UTC", "schedule", /runs backwards/],
    ["*/0 8 * * *", "UTC", "schedule", /step "0"/],
    ["0 0 31 2 *", "UTC", "schedule", /never occurs/],
  ];
  it.each(cases)("%j in %j → %s error", (text, zone, field, message) => {
    let caught: unknown;
    try {
      parseSchedule(text, zone, now);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ScheduleError);
    expect((caught as ScheduleError).field).toBe(field);
    expect((caught as ScheduleError).code).toBe("SCHEDULE_INVALID");
    expect((caught as ScheduleError).message).toMatch(message);
  });
});

describe("DST: America/New_York", () => {
  it("a time skipped by spring-forward runs once, shifted forward by the gap", () => {
    // 2026-03-08 02:00 EST → 03:00 EDT: 02:30 does not exist that night; it runs at 03:30 EDT.
    expect(take("30 2 * * *", "America/New_York", "2026-03-07T12:00:00Z", 3)).toEqual([
      "2026-03-08T07:30:00.000Z", // 03:30 EDT
      "2026-03-09T06:30:00.000Z", // 02:30 EDT
      "2026-03-10T06:30:00.000Z",
    ]);
  });

  it("hourly runs across spring-forward never repeat an instant", () => {
    expect(take("0 * * * *", "America/New_York", "2026-03-08T05:30:00Z", 3)).toEqual([
      "2026-03-08T06:00:00.000Z", // 01:00 EST
      "2026-03-08T07:00:00.000Z", // 03:00 EDT (02:00 shifted, the same instant)
      "2026-03-08T08:00:00.000Z", // 04:00 EDT
    ]);
  });

  it("a repeated hour in autumn fires once, at its first occurrence", () => {
    // 2026-11-01 02:00 EDT → 01:00 EST: 01:30 happens at 05:30Z and again at 06:30Z.
    expect(take("30 1 * * *", "America/New_York", "2026-10-31T12:00:00Z", 2)).toEqual([
      "2026-11-01T05:30:00.000Z",
      "2026-11-02T06:30:00.000Z",
    ]);
    expect(
      runsBetween(
        parseCron("0 * * * *"),
        "America/New_York",
        at("2026-11-01T03:30:00Z"),
        at("2026-11-01T08:00:00Z"),
      ).map(iso),
    ).toEqual([
      "2026-11-01T04:00:00.000Z", // 00:00 EDT
      "2026-11-01T05:00:00.000Z", // 01:00 EDT (01:00 EST at 06:00Z is the same wall time: not again)
      "2026-11-01T07:00:00.000Z", // 02:00 EST
      "2026-11-01T08:00:00.000Z",
    ]);
  });

  it("daily 08:00 keeps 08:00 local across both changes", () => {
    const runs = runsBetween(
      parseCron("0 8 * * *"),
      "America/New_York",
      at("2026-03-07T00:00:00Z"),
      at("2026-03-09T23:00:00Z"),
    );
    expect(runs.map(iso)).toEqual([
      "2026-03-07T13:00:00.000Z",
      "2026-03-08T12:00:00.000Z",
      "2026-03-09T12:00:00.000Z",
    ]);
  });
});

describe("zoned time", () => {
  it("maps wall times to instants, first occurrence in an overlap, shifted in a gap", () => {
    expect(iso(new Date(wallTimeToInstant("America/New_York", Date.UTC(2026, 10, 1, 1, 30))))).toBe(
      "2026-11-01T05:30:00.000Z",
    );
    expect(iso(new Date(wallTimeToInstant("America/New_York", Date.UTC(2026, 2, 8, 2, 30))))).toBe(
      "2026-03-08T07:30:00.000Z",
    );
    expect(iso(new Date(wallTimeToInstant("Asia/Tokyo", Date.UTC(2026, 0, 1, 9, 0))))).toBe(
      "2026-01-01T00:00:00.000Z",
    );
  });

  it("reads local fields including the weekday", () => {
    expect(localParts("Asia/Tokyo", Date.parse("2026-11-28T15:46:00Z"))).toEqual({
      year: 2026,
      month: 11,
      day: 29,
      hour: 0,
      minute: 46,
      weekday: 0,
    });
  });
});

/** The zone's UTC offset at an instant, in minutes (east positive). */
function offsetMinutes(zone: string, epochMs: number): number {
  const p = localParts(zone, epochMs);
  const minuteStart = Math.floor(epochMs / 60_000) * 60_000;
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - minuteStart) / 60_000;
}

describe("cron runs (property)", () => {
  const zones = [
    "UTC",
    "Asia/Tokyo",
    "Europe/London",
    "America/New_York",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
  ];
  it("a run skipped by New York's spring-forward lands at 03:15 EDT, once", () => {
    // 2025-03-09 02:15 does not exist in New York; the run moves to 03:15 EDT (07:15Z).
    const spec = parseCron("15 2 * * *");
    const runs = runsBetween(
      spec,
      "America/New_York",
      new Date("2025-03-08T12:00:00Z"),
      new Date("2025-03-10T12:00:00Z"),
    );
    expect(runs.map((d) => d.toISOString())).toContain("2025-03-09T07:15:00.000Z");
  });

  it("are strictly increasing and land on a matching local minute (or a DST-shifted one)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.parse("2025-01-01T00:00:00Z"), max: Date.parse("2028-12-31T00:00:00Z") }),
        fc.subarray([0, 5, 15, 30, 45], { minLength: 1 }),
        fc.subarray([0, 1, 2, 3, 8, 12, 23], { minLength: 1 }),
        (zone, startMs, minutes, hours) => {
          const spec = parseCron(`${minutes.join(",")} ${hours.join(",")} * * *`);
          let prev = startMs;
          let n = 0;
          for (const run of cronRunsAfter(spec, zone, new Date(startMs))) {
            expect(run.getTime()).toBeGreaterThan(prev);
            const local = localParts(zone, run.getTime());
            const exact = minutes.includes(local.minute) && hours.includes(local.hour);
            // Only a spring-forward shift may move a run off its wall time: the wall time one hour
            // (Lord Howe: half an hour) earlier matches, and the zone's offset changed just before.
            if (!exact) {
              const wall = local.hour * 60 + local.minute;
              const matchesEarlierWall = [60, 30].some((shift) => {
                const w = wall - shift;
                return w >= 0 && hours.includes(Math.floor(w / 60)) && minutes.includes(w % 60);
              });
              expect(matchesEarlierWall).toBe(true);
              expect(offsetMinutes(zone, run.getTime() - 2 * 3_600_000)).toBeLessThan(
                offsetMinutes(zone, run.getTime()),
              );
            }
            prev = run.getTime();
            if (++n === 10) break;
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 90_000);
});

describe("describeNext", () => {
  const next = at("2026-11-30T23:00:00Z");
  it("formats the next run in the zone and language", () => {
    expect(describeNext(next, "Asia/Tokyo", "en")).toBe("Tuesday, 1 December 2026 at 08:00 (Asia/Tokyo)");
    expect(describeNext(next, "Asia/Tokyo", "ja")).toContain("2026年12月1日");
    expect(describeNext(next, "Asia/Tokyo", "ja")).toContain("08:00");
    expect(describeNext(next, "Asia/Ho_Chi_Minh", "vi")).toContain("06:00");
    expect(describeNext(next, "Asia/Ho_Chi_Minh", "vi")).toContain("(Asia/Ho_Chi_Minh)");
  });
});
