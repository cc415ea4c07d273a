import { describe, expect, it } from "vitest";
import { outcomeNotPlan } from "../../../src/answer/fit/rules/outcome-not-plan.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["ket qua chuyen tham philippines cua ong ishiba la gi", "ishiba-depart-for-philippines-april-29", true],
  // Dated after its only source was published: the visit's dates as scheduled, not its outcome.
  ["ket qua chuyen tham philippines cua ong ishiba la gi", "philippines-leg-april-29-30", true],
  ["What were the dates of Ishiba's Philippines visit?", "philippines-leg-april-29-30", false],
  // What an event agreed: a fact that only schedules it (every language says so) cannot say.
  ["石破首相とマルコス大統領の会談では何が合意されましたか？", "ishiba-meet-marcos-manila", true],
  ["石破首相とマルコス大統領は何で合意しましたか？", "ishiba-meet-marcos-manila", true],
  ["ông ishiba va ông marcos da ky nhung thoa thuan gi o manila", "ishiba-meet-marcos-manila", true],
  ["Ông Ishiba và ông Marcos đã ký những thỏa thuận gì ở Manila?", "ishiba-meet-marcos-manila", true],
  ["What did Ishiba and Marcos agree in Manila?", "ishiba-meet-marcos-manila", true],
  ["Where was Ishiba to meet Marcos?", "ishiba-meet-marcos-manila", false],
  // A deal's terms ("goods were to face 20%") are no schedule in every language.
  ["What did Trump and Vietnam agree on July 2?", "tariff-vietnam-20", false],
  // "Agreed to set up" is a plan: it says what came of the talks, not of the forum set up.
  ["What came out of the 2+2 dialogue?", "defence-dialogue-2plus2-dailywrap", true],
  ["What did Ishiba and Chinh agree on defence?", "defence-dialogue-2plus2-dailywrap", false],
  ["石破首相とマルコス大統領の会談ではどんな成果がありましたか？", "ishiba-meet-marcos-manila", true],
  ["Kết quả cuộc gặp Ishiba – Marcos ở Manila là gì?", "ishiba-meet-marcos-manila", true],
  ["What came of the Ishiba-Marcos meeting?", "philippines-leg-april-29-30", true],
];

/**
 * Whether it has happened yet ("…yet?", "もう…ましたか", "…chưa?"): a fact that only warns it
 * could happen, or tells it as a condition, is no outcome. Asked of the warning itself, or of
 * something the fact states as done, the rule has no say.
 */
const YET: RuleCase[] = [
  ["Has Ensus closed the Wilton plant yet?", "ensus-closure-warning", true],
  ["have they shut wilton already?", "ensus-closure-warning", true],
  ["Has Ensus closed the Wilton plant yet?", "bioethanol-crisis-talks", true],
  ["Ensus đóng cửa nhà máy Wilton chưa vậy?", "ensus-closure-warning", true],
  ["Nhà máy Wilton đã đóng cửa chưa?", "bioethanol-crisis-talks", true],
  ["エンサスはもうウィルトン工場を閉鎖しましたか？", "ensus-closure-warning", true],
  ["ウィルトン工場はすでに閉鎖した？", "ensus-closure-warning", true],
  // The warning itself asked: it answers.
  ["Has Ensus warned yet that it could close Wilton?", "ensus-closure-warning", false],
  ["Ensus đã cảnh báo đóng cửa nhà máy Wilton chưa?", "ensus-closure-warning", false],
  ["エンサスはもう閉鎖を警告しましたか？", "ensus-closure-warning", false],
  // A claim to check, and a prospect asked as one: not whether it happened.
  ["Ensus có thể đóng cửa nhà máy Wilton, đúng chưa?", "ensus-closure-warning", false],
  ["Is the Wilton plant at risk of closing?", "ensus-closure-warning", false],
  ["Could Ensus close its Wilton plant?", "ensus-closure-warning", false],
];

describe(`fit rule ${outcomeNotPlan.name}: yet`, () => {
  const judgeUk = judgeIn("us-uk-2025");
  it.each(YET)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeUk(outcomeNotPlan, question, factId).length > 0).toBe(rejects);
  });
});

describe(`fit rule ${outcomeNotPlan.name}`, () => {
  it("has the stable name outcome-not-plan", () => expect(outcomeNotPlan.name).toBe("outcome-not-plan"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(outcomeNotPlan, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^outcome-not-plan\b/);
  });
});
