import fc from "fast-check";
import { createTask, validate } from "node-cron";
import { describe, expect, it } from "vitest";
import { cronRunsAfter, parseCron } from "../../src/digest/cron.js";
import { PRESET_EXAMPLES, parseSchedule } from "../../src/digest/schedule.js";
import { localParts } from "../../src/digest/zoned-time.js";

/** What parseSchedule stores is what node-cron runs: every accepted schedule must validate there. */
describe("stored cron expressions are valid node-cron 4 expressions", () => {
  const now = new Date("2026-01-01T00:00:00Z");
  it.each([
    ...PRESET_EXAMPLES,
    "weekdays 7:30",
    "weekly sunday 23:59",
    "15 9,17 * JAN-MAR mon-fri",
    "5/15 * * * *",
    "0 8 1,15 * sun",
    "0 8 * * 7",
    "*/30 2-3 * * *",
  ])("%s", (text) => {
    const { cron } = parseSchedule(text, "Asia/Tokyo", now);
    expect(validate(cron)).toBe(true);
  });

  it("for generated expressions too", () => {
    const field = (min: number, max: number) =>
      fc.oneof(
        fc.constant("*"),
        fc.integer({ min, max }).map(String),
        fc
          .tuple(fc.integer({ min, max }), fc.integer({ min, max }))
          .map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`),
        fc.tuple(fc.integer({ min, max }), fc.integer({ min: 1, max: 10 })).map(([a, s]) => `${a}/${s}`),
        fc.integer({ min: 1, max: 10 }).map((s) => `*/${s}`),
      );
    fc.assert(
      fc.property(field(0, 59), field(0, 23), field(1, 28), field(1, 12), field(0, 6), (...parts) => {
        const spec = parseCron(parts.join(" "));
        expect(validate(spec.source), spec.source).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 90_000);

  it("and node-cron matches the runs our matcher computes (outside DST shifts)", () => {
    const zones = ["UTC", "Asia/Tokyo", "America/New_York", "Europe/London"];
    fc.assert(
      fc.property(
        fc.constantFrom(
          "0 8 * * *",
          "30 7 * * 1-5",
          "0 9 * * mon",
          "*/20 */3 * * *",
          "15 9,17 1-10 * *",
          "0 0 * jan,jul sun",
        ),
        fc.constantFrom(...zones),
        fc.integer({ min: Date.parse("2025-01-01T00:00:00Z"), max: Date.parse("2027-12-31T00:00:00Z") }),
        (expr, zone, startMs) => {
          const spec = parseCron(expr);
          const task = createTask(spec.source, () => undefined, { timezone: zone });
          try {
            let n = 0;
            for (const run of cronRunsAfter(spec, zone, new Date(startMs))) {
              const local = localParts(zone, run.getTime());
              // A run shifted by a spring-forward gap is ours alone (node-cron's handling differs).
              if (spec.hours.includes(local.hour) && spec.minutes.includes(local.minute)) {
                expect(task.match(run), `${expr} ${zone} ${run.toISOString()}`).toBe(true);
              }
              if (++n === 3) break;
            }
          } finally {
            void task.destroy();
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 90_000);
});
