import { describe, expect, it } from "vitest";
import { datedEventStated } from "../../../src/answer/fit/rules/dated-event-stated.js";
import { judge, judgeInContext, type RuleCase } from "./cases.js";

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

/** An aside's event is the asker's, not the one asked: it does not reject the fact that dates the question's. */
const IN_CONTEXT: RuleCase[] = [
  [
    "When does Ishiba leave for the Philippines? trying to plan the follow-up call",
    "ishiba-depart-for-philippines-april-29",
    false,
  ],
  ["石破さんはいつ東京に戻る？フォローアップの電話を予定したいので", "ishiba-return-tokyo-april-30", false],
  [
    "Khi nào ông Ishiba rời Hà Nội? tôi đang lên lịch cuộc gọi",
    "ishiba-depart-for-philippines-april-29",
    false,
  ],
  // The question's own event still counts.
  [
    "When did Ishiba call Trump? trying to plan the follow-up",
    "ishiba-depart-for-philippines-april-29",
    true,
  ],
];

describe(`fit rule ${datedEventStated.name} with an aside`, () => {
  it.each(IN_CONTEXT)("%s / %s → rejects: %s", (message, factId, rejects) =>
    expect(judgeInContext(datedEventStated, message, factId).length > 0).toBe(rejects),
  );
});
