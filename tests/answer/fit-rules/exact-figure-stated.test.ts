import { describe, expect, it } from "vitest";
import { exactFigureStated } from "../../../src/answer/fit/rules/exact-figure-stated.js";
import { judgeIn, type RuleCase } from "./cases.js";

const judge = judgeIn("us-uk-2025");

const CASES: RuleCase[] = [
  // An exact figure is asked: "hundreds of millions of pounds" does not give it.
  ["JLRの年間の節約額、正確には何ポンド？", "quota-near-last-year-exports-jlr", true],
  ["JLRの年間の節約額、正確には何ポンド？", "car-quota-saves-hundreds-of-millions", true],
  ["Exactly how many pounds will JLR save each year?", "quota-near-last-year-exports-jlr", true],
  ["What is the precise amount UK carmakers save a year?", "car-quota-saves-hundreds-of-millions", true],
  ["Chính xác thì JLR tiết kiệm được bao nhiêu bảng mỗi năm?", "quota-near-last-year-exports-jlr", true],
  ["Các hãng ô tô Anh tiết kiệm chính xác bao nhiêu bảng?", "car-quota-saves-hundreds-of-millions", true],
  // Not asked exactly: the vague amount is what the briefing knows, and answers.
  ["How much will JLR save a year?", "quota-near-last-year-exports-jlr", false],
  ["JLRは年間いくら節約できますか？", "quota-near-last-year-exports-jlr", false],
  ["JLR tiết kiệm được bao nhiêu mỗi năm?", "quota-near-last-year-exports-jlr", false],
  // Asked exactly, of a fact that gives the figure: it answers.
  ["Exactly how many cars are in the quota?", "car-quota-100000-at-10-percent", false],
  ["クォータは正確には何台ですか？", "car-quota-100000-at-10-percent", false],
  ["Hạn ngạch chính xác là bao nhiêu xe?", "car-quota-100000-at-10-percent", false],
];

describe(`fit rule ${exactFigureStated.name}`, () => {
  it("has the stable name exact-figure-stated", () =>
    expect(exactFigureStated.name).toBe("exact-figure-stated"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(exactFigureStated, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^exact-figure-stated\b/);
  });
});
