import { describe, expect, it } from "vitest";
import { doneNotPlanned } from "../../../src/answer/fit/rules/done-not-planned.js";
import { judge, judgeStatement, type RuleCase } from "./cases.js";

/**
 * Rejects: the question takes an event as done and asks its date; the fact only plans it, so
 * its date is the plan's.
 */
const CASES: RuleCase[] = [
  // "will also include… offshore wind farms": not when a farm was built.
  [
    "On what date did Japan and Vietnam build the offshore wind farms?",
    "energy-transformation-offshore-wind",
    true,
  ],
  // The plan or its report asked: the plan's date answers.
  [
    "When did Ishiba announce that Japan will help train PhD candidates?",
    "phd-half-of-500-japantimes",
    false,
  ],
  [
    "When did Japan and Vietnam agree to include offshore wind farms?",
    "energy-transformation-offshore-wind",
    false,
  ],
  // A schedule ("was to return on April 30") dates the event itself.
  ["When did Ishiba return to Tokyo?", "ishiba-return-tokyo-april-30", false],
  // Not a date only, or no plan in the fact: the rule has no say.
  ["Did Japan and Vietnam build offshore wind farms?", "energy-transformation-offshore-wind", false],
  ["When did To Lam call Trump?", "lam-called-trump-april-4", false],
];

describe(`fit rule ${doneNotPlanned.name}`, () => {
  it("has the stable name done-not-planned", () => expect(doneNotPlanned.name).toBe("done-not-planned"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(doneNotPlanned, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^done-not-planned\b/);
  });
  // The UK–EU summit's Erasmus+ fact, told on the default briefing's energy fact.
  it("rejects a plan to rejoin for the date of rejoining", () => {
    const plan = {
      en: "Japan and Vietnam will work towards restoring Vietnam's participation in the exchange programme.",
      ja: "日越は交流プログラムへのベトナムの参加復帰に向けて取り組む。",
      vi: "Nhật Bản và Việt Nam sẽ hướng tới khôi phục việc Việt Nam tham gia chương trình trao đổi.",
    };
    const q = "On what date did Vietnam formally rejoin the exchange programme?";
    expect(
      judgeStatement(doneNotPlanned, q, "energy-transformation-offshore-wind", plan).length,
    ).toBeGreaterThan(0);
  });
});
