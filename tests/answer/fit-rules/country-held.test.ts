import { describe, expect, it } from "vitest";
import { countryHeld } from "../../../src/answer/fit/rules/country-held.js";
import { judge, type RuleCase } from "./cases.js";

/** "Which country…" asks a country beyond those the question names. */
const CASES: RuleCase[] = [
  // After Vietnam: the country left, which left-place-not-answer reads (its table); Vietnam is
  // not named as asked about, and this rule has no say.
  ["Which country did Ishiba go to after Vietnam?", "ishiba-arrived-hanoi-april-27", false],
  // The Philippines: the country asked for.
  ["Which country did Ishiba go to after Vietnam?", "philippines-leg-april-29-30", false],
  ["Sau Việt Nam, ông Ishiba đến nước nào?", "philippines-leg-april-29-30", false],
  ["Sau Việt Nam, ông Ishiba đến nước nào?", "ishiba-arrived-hanoi-april-27", false],
  // No country asked: the rule has no say.
  ["When did Ishiba arrive in Hanoi?", "ishiba-arrived-hanoi-april-27", false],
];

describe(`fit rule ${countryHeld.name}`, () => {
  it("has the stable name country-held", () => expect(countryHeld.name).toBe("country-held"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(countryHeld, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^country-held\b/);
  });
});
