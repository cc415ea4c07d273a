import { describe, expect, it } from "vitest";
import { ordinalAgrees } from "../../../src/answer/fit/rules/ordinal-agrees.js";
import { judgeIn, judgeStatement, type RuleCase } from "./cases.js";

/**
 * On the U.S.–UK briefing: "the UK's second landmark deal" (india-deal-same-week), "the second
 * UK bioethanol producer to warn" (ensus-second-producer-warns), "the first trade deal after
 * Liberation Day" (first-deal-since-liberation-day), "the 80th anniversary of VE Day"
 * (announced-on-ve-day-anniversary), "the first measures came into force on June 30"
 * (measures-in-force-june-30).
 */
const judge = judgeIn("us-uk-2025");

const CASES: RuleCase[] = [
  // The same ordinal of the same thing fits; another ordinal of it is another event.
  ["Which was the UK's second landmark deal that week?", "india-deal-same-week", false],
  ["Which was the UK's third landmark deal that week?", "india-deal-same-week", true],
  ["Which was the second UK bioethanol producer to warn of closure?", "ensus-second-producer-warns", false],
  ["Which was the first UK bioethanol producer to warn of closure?", "ensus-second-producer-warns", true],
  ["What was the first trade deal after Liberation Day?", "first-deal-since-liberation-day", false],
  ["What was the 2nd trade deal after Liberation Day?", "first-deal-since-liberation-day", true],
  // A fact without an ordinal speaks of the thing the briefing's other facts count: the
  // briefing's deals are the first and the second, so a third one is another deal.
  ["Which car tariff did the third landmark deal cut?", "car-quota-100000-at-10-percent", true],
  ["Which car tariff did the second landmark deal cut?", "car-quota-100000-at-10-percent", false],
  // An anniversary is an ordinal too; a question without one is not judged.
  ["On which anniversary of VE Day was the deal announced?", "announced-on-ve-day-anniversary", false],
  ["What was announced on the 80th anniversary of VE Day?", "announced-on-ve-day-anniversary", false],
  ["What was announced on the 75th anniversary of VE Day?", "announced-on-ve-day-anniversary", true],
  // A day of a month is no ordinal of an event; an ordinal of another thing has no say.
  ["What were the first measures in force by the 30th of June?", "measures-in-force-june-30", false],
  ["What were the first measures in force on June 30th?", "measures-in-force-june-30", false],
  ["What were the second measures of the deal?", "measures-in-force-june-30", true],
  ["What was the 80th anniversary of VE Day?", "first-deal-since-liberation-day", false],
  // A yes/no question is answered by the fact that gives the other ordinal.
  ["Was the US deal the UK's first deal that week?", "india-deal-same-week", false],
  ["Is Ensus the first ethanol producer to warn of closure?", "ensus-second-producer-warns", false],
  // Japanese.
  ["その週に英国が結んだ2つ目の画期的な協定は？", "india-deal-same-week", false],
  ["その週に英国が結んだ3つ目の画期的な協定は？", "india-deal-same-week", true],
  ["閉鎖を警告した2番目の英国のバイオエタノール生産者はどこ？", "ensus-second-producer-warns", false],
  ["協定はVEデーの何周年の日に発表された？", "announced-on-ve-day-anniversary", false],
  ["VEデー80周年の日に何が発表された？", "announced-on-ve-day-anniversary", false],
  ["VEデー75周年の日に何が発表された？", "announced-on-ve-day-anniversary", true],
  ["解放の日以降、初の貿易合意はどこと結ばれた？", "first-deal-since-liberation-day", false],
  ["解放の日以降、2度目の貿易合意はどこと結ばれた？", "first-deal-since-liberation-day", true],
  // Vietnamese.
  [
    "Nhà sản xuất ethanol sinh học thứ hai của Anh cảnh báo đóng cửa là ai?",
    "ensus-second-producer-warns",
    false,
  ],
  [
    "Nhà sản xuất ethanol sinh học đầu tiên của Anh cảnh báo đóng cửa là ai?",
    "ensus-second-producer-warns",
    true,
  ],
  [
    "Thỏa thuận thương mại đầu tiên sau Ngày Giải phóng là với nước nào?",
    "first-deal-since-liberation-day",
    false,
  ],
  [
    "Thỏa thuận thương mại thứ hai sau Ngày Giải phóng là với nước nào?",
    "first-deal-since-liberation-day",
    true,
  ],
  // "vào thứ Ba" is a Tuesday, not a third deal.
  ["Thỏa thuận mang tính bước ngoặt thứ hai của Anh trong tuần là gì?", "india-deal-same-week", false],
  ["Thỏa thuận mang tính bước ngoặt thứ ba của Anh trong tuần là gì?", "india-deal-same-week", true],
];

describe(`fit rule ${ordinalAgrees.name}`, () => {
  it("has the stable name ordinal-agrees", () => expect(ordinalAgrees.name).toBe("ordinal-agrees"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(ordinalAgrees, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).toMatch(/^the question asks about ".+"; this fact is about ".+"/);
  });
});

/** The case that asked for the rule, on a fact fixture (a curator's UK–EU briefing). */
const SUMMIT = {
  en: "The EU–UK summit in London on 19 May 2025 was the first since the UK left the EU.",
  ja: "2025年5月19日にロンドンで開かれたEU・英国首脳会談は、英国のEU離脱後初の首脳会談だった。",
  vi: "Hội nghị thượng đỉnh EU – Anh tại London ngày 19/5/2025 là hội nghị thượng đỉnh đầu tiên kể từ khi Anh rời EU.",
};
const FIXTURE_CASES: [question: string, rejects: boolean][] = [
  ["when and where is the 2nd UK EU summit", true],
  ["When and where was the first UK–EU summit since Brexit?", false],
  ["Where was the UK–EU summit held?", false],
  ["第2回英EU首脳会談はいつどこで開かれますか？", true],
  ["英国のEU離脱後初の首脳会談はどこで開かれた？", false],
  ["Hội nghị thượng đỉnh Anh – EU lần thứ hai diễn ra khi nào và ở đâu?", true],
  ["Hội nghị thượng đỉnh Anh – EU đầu tiên diễn ra ở đâu?", false],
];

describe(`fit rule ${ordinalAgrees.name} on a fact fixture`, () => {
  it.each(FIXTURE_CASES)("%s → rejects: %s", (question, rejects) => {
    const reasons = judgeStatement(ordinalAgrees, question, "two-day-visit-hanoi-tariff-talks", SUMMIT);
    expect(reasons.length > 0).toBe(rejects);
  });
});
