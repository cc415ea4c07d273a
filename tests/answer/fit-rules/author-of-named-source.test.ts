import { describe, expect, it } from "vitest";
import { authorOfNamedSource } from "../../../src/answer/fit/rules/author-of-named-source.js";
import { judgeIn, type RuleCase } from "./cases.js";

const judge = judgeIn("us-uk-2025");

const CASES: RuleCase[] = [
  // The named source's own record of who wrote it answers.
  ["who wrote the S&P piece on Ensus?", "spglobal-article-authors", false],
  ["S&Pグローバルの記事の執筆者は誰ですか", "spglobal-article-authors", false],
  ["Ai viết bài của Phòng Thương mại Mỹ?", "chorlins-chamber-assessment", false],
  // Another source's authors do not.
  ["Hogan Lovellsの記事の執筆者は誰ですか", "spglobal-article-authors", true],
  ["Hogan Lovellsの記事の執筆者は誰ですか", "chorlins-chamber-assessment", true],
  ["who wrote the AirlineGeeks piece?", "spglobal-article-authors", true],
  // Nor does some other fact of the named source, nor what it "wrote" (what it says).
  ["who wrote the airlinegeeks rolls-royce piece", "car-tariff-was-25-airlinegeeks", true],
  ["ai viết bài của Hogan Lovells?", "hogan-lovells-high-level-commitments", true],
  // No author asked, or no source named: the rule has no say.
  ["what did AirlineGeeks report about car tariffs?", "car-tariff-was-25-airlinegeeks", false],
  ["who wrote the report on Ensus's closure warning?", "chorlins-chamber-assessment", false],
];

describe(`fit rule ${authorOfNamedSource.name}`, () => {
  it("has the stable name author-of-named-source", () =>
    expect(authorOfNamedSource.name).toBe("author-of-named-source"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(authorOfNamedSource, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^author-of-named-source\b/);
  });
});
