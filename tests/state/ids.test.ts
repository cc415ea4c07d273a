import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digestIdFor, newSubscriptionId } from "../../src/state/ids.js";
import { normaliseQuestion } from "../../src/state/normalise.js";

describe("digestIdFor", () => {
  const at = new Date("2026-01-05T08:00:00.000Z");

  it("is stable for the same subscription and time, and fits a Discord nonce", () => {
    const id = digestIdFor("sub_abc", at);
    expect(digestIdFor("sub_abc", new Date(at.getTime()))).toBe(id);
    expect(id).toMatch(/^dg_[A-Za-z0-9_-]{22}$/);
    expect(id.length).toBeLessThanOrEqual(25);
  });

  it("differs when the subscription or the time differs", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.integer({ min: 0, max: 4e12 }), (a, b, ms) => {
        fc.pre(a !== b);
        expect(digestIdFor(a, new Date(ms))).not.toBe(digestIdFor(b, new Date(ms)));
        expect(digestIdFor(a, new Date(ms))).not.toBe(digestIdFor(a, new Date(ms + 60_000)));
      }),
    );
  });

  it("refuses an invalid date", () => {
    expect(() => digestIdFor("s", new Date(Number.NaN))).toThrow(/invalid scheduled time/);
  });

  it("subscription ids are random and short", () => {
    const ids = new Set(Array.from({ length: 100 }, newSubscriptionId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^sub_[A-Za-z0-9_-]{16}$/);
  });
});

describe("normaliseQuestion", () => {
  it.each([
    ["  What's the US tariff on Vietnam?? ", "whats the us tariff on vietnam"],
    ["WHAT'S THE US TARIFF ON VIETNAM", "whats the us tariff on vietnam"],
    ["ベトナムの関税は？", "ベトナムの関税は"],
    ["ＶＩＥＴＮＡＭ　関税", "vietnam 関税"],
    ["Thuế quan là bao nhiêu?", "thuế quan là bao nhiêu"],
    ["a\u0000b\tc", "a b c"],
  ])("%j → %j", (input, expected) => {
    expect(normaliseQuestion(input)).toBe(expected);
  });

  it("keeps Vietnamese diacritics apart (they change the word)", () => {
    expect(normaliseQuestion("bán")).not.toBe(normaliseQuestion("bàn"));
  });
});
