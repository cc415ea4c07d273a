import { describe, expect, it } from "vitest";
import { statedFigures } from "../../../src/answer/analyze.js";
import { figureStated } from "../../../src/answer/fit/rules/figure-stated.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

const judgeUsUk = judgeIn("us-uk-2025");

const CASES: RuleCase[] = [
  // A figure the question names picks the fact that holds it.
  ["What happened to the 46% tariff on Vietnam?", "tariff-vietnam-20", false],
  ["What happened to the 46% tariff on Vietnam?", "tariff-japan-24", true],
  // A figure checked, not named: the fact may correct it.
  ["About 60,000 Vietnamese live in Japan, correct?", "tariff-japan-24", false],
  ["ベトナムへの関税は36%でしたっけ？", "tariff-vietnam-46", false],
  ["Tôi nghe nói Mỹ chiếm 35% xuất khẩu của Việt Nam năm 2023, đúng không ạ?", "tariff-vietnam-46", false],
  // Two figures: alternatives, one of them wrong.
  ["Was the rate 24% or 46% for Vietnam?", "tariff-vietnam-46", false],
  // Days and years name no figure.
  ["What happened on April 9, 2025?", "tariff-japan-24", false],
];

const US_UK: RuleCase[] = [
  ["Which outlet reported the 100,000 car quota?", "car-quota-100000-at-10-percent", false],
  ["Which outlet reported the 100,000 car quota?", "us-beef-quota-13000-for-uk", true],
];

describe(`fit rule ${figureStated.name}`, () => {
  it("has the stable name figure-stated", () => expect(figureStated.name).toBe("figure-stated"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judge(figureStated, question, factId).length > 0).toBe(rejects);
  });
  it.each(US_UK)("us-uk: %s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judgeUsUk(figureStated, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).toMatch(/100000/);
  });
});

describe("statedFigures: percentages and large numbers, never days or years", () => {
  it.each([
    ["which outlet gave the £9bn figure", ["9000000000"]],
    ["the 46% tariff", ["46"]],
    ["the 100,000 quota", ["100000"]],
    ["on 6 December 2026, how long ago", []],
    ["how many of the 500 PhDs", []],
  ])("%s → %j", (q, figures) => {
    expect(statedFigures(q)).toEqual(figures);
  });
});
