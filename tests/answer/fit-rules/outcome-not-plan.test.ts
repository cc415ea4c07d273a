import { describe, expect, it } from "vitest";
import { outcomeNotPlan } from "../../../src/answer/fit/rules/outcome-not-plan.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["ket qua chuyen tham philippines cua ong ishiba la gi", "ishiba-depart-for-philippines-april-29", true],
  ["ket qua chuyen tham philippines cua ong ishiba la gi", "philippines-leg-april-29-30", false],
  ["石破首相とマルコス大統領の会談ではどんな成果がありましたか？", "ishiba-meet-marcos-manila", true],
  ["Kết quả cuộc gặp Ishiba – Marcos ở Manila là gì?", "ishiba-meet-marcos-manila", true],
  ["What came of the Ishiba-Marcos meeting?", "philippines-leg-april-29-30", false],
];

describe(`fit rule ${outcomeNotPlan.name}`, () => {
  it("has the stable name outcome-not-plan", () => expect(outcomeNotPlan.name).toBe("outcome-not-plan"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(outcomeNotPlan, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^outcome-not-plan\b/);
  });
});
