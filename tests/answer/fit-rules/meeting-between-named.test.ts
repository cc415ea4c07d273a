import { describe, expect, it } from "vitest";
import { meetingBetweenNamed } from "../../../src/answer/fit/rules/meeting-between-named.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["Ông Ishiba có gặp ông Tập Cận Bình không?", "xi-visit-two-weeks-before-dailywrap", true],
  ["石破首相は習近平主席と会談しましたか？", "xi-visit-two-weeks-before-dailywrap", true],
  ["What was the backdrop to the Ishiba-Chinh meeting?", "ishiba-meet-marcos-manila", true],
  ["What was the backdrop to the Ishiba-Chinh meeting?", "us-china-trade-tensions-context", false],
  ["Did Ishiba meet Chinh?", "ishiba-chinh-talks-hanoi", false],
];

describe(`fit rule ${meetingBetweenNamed.name}`, () => {
  it("has the stable name meeting-between-named", () =>
    expect(meetingBetweenNamed.name).toBe("meeting-between-named"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(meetingBetweenNamed, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^meeting-between-named\b/);
  });
});
