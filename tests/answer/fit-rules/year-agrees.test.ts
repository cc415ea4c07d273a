import { describe, expect, it } from "vitest";
import { yearAgrees } from "../../../src/answer/fit/rules/year-agrees.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["Which Japanese prime minister visited Hanoi in April 2025?", "two-day-visit-hanoi-tariff-talks", true],
  ["Which Japanese prime minister visited Hanoi in April 2025?", "ishiba-arrived-hanoi-april-27", false],
  ["Mỹ chiếm bao nhiêu phần trăm xuất khẩu của Việt Nam năm 2023?", "tariff-vietnam-46", true],
  [
    "Mỹ chiếm bao nhiêu phần trăm xuất khẩu của Việt Nam năm 2023?",
    "us-share-of-vietnam-exports-27-4",
    false,
  ],
  ["2023年のベトナムの最大の輸出先は？", "osa-no-consensus", true],
  ["2023年のベトナムの最大の輸出先は？", "us-share-of-vietnam-exports-27-4", false],
];

describe(`fit rule ${yearAgrees.name}`, () => {
  it("has the stable name year-agrees", () => expect(yearAgrees.name).toBe("year-agrees"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(yearAgrees, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^year-agrees\b/);
  });
});
