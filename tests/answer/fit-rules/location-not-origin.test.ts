import { describe, expect, it } from "vitest";
import { locationNotOrigin } from "../../../src/answer/fit/rules/location-not-origin.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["日本で暮らすベトナム人は何人いる？", "phd-half-of-500-japantimes", true],
  ["日本で暮らすベトナム人は何人いる？", "vietnamese-in-japan-600000", false],
  ["Nghiên cứu sinh Việt Nam sang Nhật sẽ học ngành gì?", "phd-half-of-500-japantimes", true],
  ["Nghiên cứu sinh Việt Nam sang Nhật sẽ học ngành gì?", "phd-students-250-dailywrap", false],
  [
    "how big is the vietnamese community living, studying and working in japan",
    "phd-half-of-500-japantimes",
    true,
  ],
  [
    "how big is the vietnamese community living, studying and working in japan",
    "vietnamese-in-japan-600000",
    false,
  ],
];

describe(`fit rule ${locationNotOrigin.name}`, () => {
  it("has the stable name location-not-origin", () =>
    expect(locationNotOrigin.name).toBe("location-not-origin"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(locationNotOrigin, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^location-not-origin\b/);
  });
});

/** The entity named again as a whole ("nhà máy Ensus ở Wilton"): its second name is where its part is. */
const NAMED_TWICE: RuleCase[] = [
  ["nha may Ensus o Wilton cong suat bao nhieu lit/nam", "ensus-closure-warning", false],
];

describe(`fit rule ${locationNotOrigin.name}, one entity named twice`, () => {
  const judgeUsUk = judgeIn("us-uk-2025");
  it.each(NAMED_TWICE)("%s / %s → rejects: %s", (question, factId, rejects) =>
    expect(judgeUsUk(locationNotOrigin, question, factId).length > 0).toBe(rejects),
  );
});
