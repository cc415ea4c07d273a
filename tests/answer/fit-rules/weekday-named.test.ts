import { describe, expect, it } from "vitest";
import { weekdayNamed } from "../../../src/answer/fit/rules/weekday-named.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["石破首相が東京に戻るのは何曜日", "ishiba-called-trump-april-7", true],
  ["石破首相が東京に戻るのは何曜日", "ishiba-return-tokyo-april-30", false],
  ["共同記者会見は何曜日に行われましたか？", "osa-constructive-exchange", true],
  ["共同記者会見は何曜日に行われましたか？", "joint-news-conference-april-28", false],
  ["What day of the week did Ishiba return to Tokyo?", "ishiba-called-trump-april-7", true],
  ["What day of the week did Ishiba return to Tokyo?", "ishiba-return-tokyo-april-30", false],
];

describe(`fit rule ${weekdayNamed.name}`, () => {
  it("has the stable name weekday-named", () => expect(weekdayNamed.name).toBe("weekday-named"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(weekdayNamed, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^weekday-named\b/);
  });
});
