import { describe, expect, it } from "vitest";
import { partNotWhole } from "../../../src/answer/fit/rules/part-not-whole.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["五百人の博士目標のうち、日本は何人分の育成を担うの？", "vietnam-target-500-semiconductor-phds", true],
  ["五百人の博士目標のうち、日本は何人分の育成を担うの？", "phd-half-of-500-japantimes", false],
  [
    "How much of the $20 billion is Japan itself putting in?",
    "decarbonization-clean-energy-20-billion",
    true,
  ],
  ["How much of the $20 billion is Japan itself putting in?", "tariff-vietnam-46", false],
  // A figure the question gives is not the one it asks: a share of it, or another beside it.
  [
    "Of the $20 billion pledged for decarbonization, how much is Japan putting in versus Vietnam?",
    "decarbonization-clean-energy-20-billion",
    true,
  ],
  // A figure to check, or one the fact holds beside another, is not given.
  [
    "Did the two countries pledge $20 billion for clean energy?",
    "decarbonization-clean-energy-20-billion",
    false,
  ],
  ["Was the $20 billion pledge right?", "decarbonization-clean-energy-20-billion", false],
  ["What tariff did the US threaten Vietnam with, 46%?", "tariff-vietnam-46", false],
  ["What tariff did the US threaten Vietnam with: 46% or 20%?", "tariff-vietnam-46", false],
];

describe(`fit rule ${partNotWhole.name}`, () => {
  it("has the stable name part-not-whole", () => expect(partNotWhole.name).toBe("part-not-whole"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(partNotWhole, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^part-not-whole\b/);
  });
});
