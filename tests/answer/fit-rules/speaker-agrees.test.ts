import { describe, expect, it } from "vitest";
import { speakerAgrees } from "../../../src/answer/fit/rules/speaker-agrees.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["What did Chinh pledge to keep making easier?", "xi-told-to-lam-japantimes", true],
  ["What did Chinh pledge to keep making easier?", "chinh-foreign-investment-pledge", false],
  ["What did Chinh promise on foreign investment?", "cooperation-key-sectors-dailywrap", true],
  ["What did Chinh promise on foreign investment?", "chinh-foreign-investment-pledge", false],
  ["Thủ tướng Chính cam kết gì về đầu tư?", "decarbonization-clean-energy-20-billion", true],
  ["Thủ tướng Chính cam kết gì về đầu tư?", "chinh-foreign-investment-pledge", false],
];

describe(`fit rule ${speakerAgrees.name}`, () => {
  it("has the stable name speaker-agrees", () => expect(speakerAgrees.name).toBe("speaker-agrees"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(speakerAgrees, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^speaker-agrees\b/);
  });
});
