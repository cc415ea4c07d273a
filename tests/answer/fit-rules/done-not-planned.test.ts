import { describe, expect, it } from "vitest";
import { doneNotPlanned } from "../../../src/answer/fit/rules/done-not-planned.js";
import { judge, judgeIn, judgeStatement, type RuleCase } from "./cases.js";

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

/**
 * A warning of what could happen ("could force it to close"), or a closure told as a condition
 * ("if the plant closes", 閉鎖されれば, nếu … đóng cửa), is a prospect: no date of the event.
 */
const PROSPECTS: RuleCase[] = [
  ["When did Ensus close the Wilton plant?", "ensus-closure-warning", true],
  ["When did Ensus close the Wilton plant?", "bioethanol-crisis-talks", true],
  ["Ensus đã đóng cửa nhà máy Wilton vào ngày nào?", "bioethanol-crisis-talks", true],
  ["エンサスはいつウィルトン工場を閉鎖しましたか？", "ensus-closure-warning", true],
  // The warning itself asked: its date answers.
  ["When did Ensus warn it could close its plant?", "ensus-closure-warning", false],
  // "could export" is what carmakers may do, not a prospect.
  ["When did the car quota take effect?", "measures-in-force-june-30", false],
];

describe(`fit rule ${doneNotPlanned.name}: prospects`, () => {
  const judgeUk = judgeIn("us-uk-2025");
  it.each(PROSPECTS)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeUk(doneNotPlanned, question, factId).length > 0).toBe(rejects);
  });
});

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
