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
  // A journey home ("fly home", "head back to", 帰国) is a return: a fact of another event does not date it.
  ["When does Ishiba fly home to Tokyo?", "osa-constructive-exchange", true],
  ["When does Ishiba fly home to Tokyo?", "ishiba-return-tokyo-april-30", false],
  ["When did Ishiba go home?", "osa-constructive-exchange", true],
  ["When did Ishiba go home?", "ishiba-return-tokyo-april-30", false],
  ["When did Ishiba head back to Tokyo?", "ishiba-depart-for-philippines-april-29", true],
  ["When did Ishiba head back to Tokyo?", "ishiba-return-tokyo-april-30", false],
  ["When did Ishiba come back home?", "osa-constructive-exchange", true],
  ["When did Ishiba return?", "ishiba-arrived-hanoi-april-27", true],
  ["When did Ishiba return?", "ishiba-return-tokyo-april-30", false],
  ["石破首相の帰国はいつ？", "osa-constructive-exchange", true],
  ["石破首相はいつ帰国した？", "ishiba-return-tokyo-april-30", false],
  ["Khi nào ông Ishiba về nước?", "ishiba-return-tokyo-april-30", false],
  ["Ông Ishiba trở về Tokyo khi nào?", "ishiba-return-tokyo-april-30", false],
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
