import { describe, expect, it } from "vitest";
import { setAsideNotAnswer } from "../../../src/answer/fit/rules/set-aside-not-answer.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["Apart from Chinh, who did Ishiba meet in Hanoi?", "ishiba-chinh-talks-hanoi", true],
  ["Apart from Chinh, who did Ishiba meet in Hanoi?", "ishiba-met-to-lam-april-27", false],
];

describe(`fit rule ${setAsideNotAnswer.name}`, () => {
  it("has the stable name set-aside-not-answer", () =>
    expect(setAsideNotAnswer.name).toBe("set-aside-not-answer"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(setAsideNotAnswer, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^set-aside-not-answer\b/);
  });
});
