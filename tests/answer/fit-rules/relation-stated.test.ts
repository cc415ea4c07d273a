import { describe, expect, it } from "vitest";
import { relationStated } from "../../../src/answer/fit/rules/relation-stated.js";
import { judge, judgeStatement, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  // A relation tied to a name asks about someone else: what Ishiba did does not answer.
  ["who did Ishiba's wife meet during the Hanoi trip", "two-day-visit-hanoi-tariff-talks", true],
  ["Who did the wife of the Japanese prime minister meet in Hanoi?", "ishiba-met-to-lam-april-27", true],
  ["What did Ishiba’s spokesman say about the tariffs?", "two-day-visit-hanoi-tariff-talks", true],
  ["Which adviser to Ishiba travelled to Hanoi?", "ishiba-arrived-hanoi-april-27", true],
  ["Did Ishiba's son come along to Vietnam?", "ishiba-arrived-hanoi-april-27", true],
  ["石破首相の夫人はハノイで誰に会いましたか？", "two-day-visit-hanoi-tariff-talks", true],
  ["石破首相の妻はハノイで何をした？", "ishiba-met-to-lam-april-27", true],
  ["石破首相の報道官は関税について何と言った？", "two-day-visit-hanoi-tariff-talks", true],
  ["Vợ ông Ishiba đã gặp ai ở Hà Nội?", "two-day-visit-hanoi-tariff-talks", true],
  ["Phu nhân của Thủ tướng Ishiba gặp ai trong chuyến thăm?", "ishiba-met-to-lam-april-27", true],
  ["Phát ngôn viên của ông Ishiba nói gì về thuế quan?", "two-day-visit-hanoi-tariff-talks", true],
  // Look-alikes: the person named is the one asked about; the rule has no say.
  ["who did Ishiba meet during the Hanoi trip", "two-day-visit-hanoi-tariff-talks", false],
  ["Who did Ishiba meet on the day he landed?", "ishiba-met-to-lam-april-27", false],
  ["石破首相はハノイで誰に会いましたか？", "two-day-visit-hanoi-tariff-talks", false],
  ["Ông Ishiba đã gặp ai ở Hà Nội?", "two-day-visit-hanoi-tariff-talks", false],
  // "chống" (against) is not "chồng" (husband); an embassy is no ambassador; 母国 is no mother.
  ["Việt Nam chống thuế quan của ông Trump thế nào?", "two-day-visit-hanoi-tariff-talks", false],
  ["Đại sứ quán Nhật ở Hà Nội nói gì?", "two-day-visit-hanoi-tariff-talks", false],
  ["ベトナムの母国語教育について石破首相は何と言った？", "two-day-visit-hanoi-tariff-talks", false],
  // A relation not tied to a name ("wife" in passing) is the topic rules' to judge.
  ["Is the ambassador system in Japan old?", "two-day-visit-hanoi-tariff-talks", false],
];

describe(`fit rule ${relationStated.name}`, () => {
  it("has the stable name relation-stated", () => expect(relationStated.name).toBe("relation-stated"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(relationStated, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^relation-stated\b/);
  });
  // A fact that states the relation answers it (a curator's fact the shipped briefing lacks).
  it.each([
    [
      "who did Ishiba's wife meet during the Hanoi trip",
      { en: "Ishiba's wife Yoshiko met students in Hanoi." },
    ],
    ["石破首相の夫人はハノイで誰に会いましたか？", { ja: "石破首相の佳子夫人はハノイで学生と会った。" }],
    ["Vợ ông Ishiba đã gặp ai ở Hà Nội?", { vi: "Phu nhân Yoshiko, vợ ông Ishiba, gặp sinh viên ở Hà Nội." }],
  ] as const)("%s / a fact stating the relation → answers", (question, statement) => {
    expect(judgeStatement(relationStated, question, "two-day-visit-hanoi-tariff-talks", statement)).toEqual(
      [],
    );
  });
});
