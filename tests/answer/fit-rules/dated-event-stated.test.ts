import { describe, expect, it } from "vitest";
import { datedEventStated } from "../../../src/answer/fit/rules/dated-event-stated.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  [
    "個別の国との合意がいつまでにまとまらないと、より高い関税が発動する可能性がある？",
    "tariff-pause-90-days-april-9",
    true,
  ],
  [
    "個別の国との合意がいつまでにまとまらないと、より高い関税が発動する可能性がある？",
    "tariff-deadline-july",
    false,
  ],
  ["トー・ラム書記長がトランプ氏に電話したのは何日ですか", "phoc-met-bessent-lutnick-april-10", true],
  ["トー・ラム書記長がトランプ氏に電話したのは何日ですか", "lam-called-trump-april-4", false],
  ["On what day did Ho Duc Phoc hold his Washington meetings?", "lam-called-trump-april-4", true],
  ["On what day did Ho Duc Phoc hold his Washington meetings?", "phoc-met-bessent-lutnick-april-10", false],
];

describe(`fit rule ${datedEventStated.name}`, () => {
  it("has the stable name dated-event-stated", () =>
    expect(datedEventStated.name).toBe("dated-event-stated"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(datedEventStated, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^dated-event-stated\b/);
  });
});
