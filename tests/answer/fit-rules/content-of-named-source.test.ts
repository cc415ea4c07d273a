import { describe, expect, it } from "vitest";
import { contentOfNamedSource } from "../../../src/answer/fit/rules/content-of-named-source.js";
import { judgeIn, type RuleCase } from "./cases.js";

const judge = judgeIn("us-uk-2025");

const CASES: RuleCase[] = [
  // What a named source says: a fact from another source is not its content.
  ["What does the S&P Global report conclude?", "liberation-day-april-2", true],
  ["What does the Hogan Lovells article say about beef?", "reciprocal-beef-access-may-8", true],
  ["Bài của Hogan Lovells viết gì về thịt bò?", "reciprocal-beef-access-may-8", true],
  // A fact citing the source named: it may answer.
  ["What does the Hogan Lovells article say about beef?", "uk-beef-quota-13000-tonnes", false],
  ["Bài của Hogan Lovells viết gì về thịt bò?", "uk-beef-quota-13000-tonnes", false],
  [
    "What does the Hogan Lovells article say about the general terms?",
    "hogan-lovells-high-level-commitments",
    false,
  ],
  // Not asking what the source says: a source named as a preference only.
  ["According to Hogan Lovells, when did the measures take effect?", "measures-in-force-june-30", false],
  ["When did the Liberation Day tariffs take effect?", "liberation-day-april-2", false],
];

describe(`fit rule ${contentOfNamedSource.name}`, () => {
  it("has the stable name content-of-named-source", () =>
    expect(contentOfNamedSource.name).toBe("content-of-named-source"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(contentOfNamedSource, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^content-of-named-source\b/);
  });
});
