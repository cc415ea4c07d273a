import { describe, expect, it } from "vitest";
import { agreedContentStated } from "../../../src/answer/fit/rules/agreed-content-stated.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  // What was agreed is asked: a fact that the call or meeting took place does not say it.
  ["what did ishiba and trump agree on during their phone call?", "ishiba-called-trump-april-7", true],
  ["What did Ishiba and Trump agree to when they spoke on the phone?", "ishiba-called-trump-april-7", true],
  ["What was agreed when Ishiba met To Lam?", "ishiba-met-to-lam-april-27", true],
  ["石破首相とトランプ大統領は電話会談で何で合意しましたか？", "ishiba-called-trump-april-7", true],
  ["石破首相とトー・ラム書記長は何に合意した？", "ishiba-met-to-lam-april-27", true],
  [
    "Ông Ishiba và ông Trump đã thống nhất những gì trong cuộc điện đàm?",
    "ishiba-called-trump-april-7",
    true,
  ],
  ["Ishiba và Tô Lâm đồng ý những gì?", "ishiba-met-to-lam-april-27", true],
  // A fact that reports what was signed or agreed answers.
  ["What did Ishiba and Chinh agree on?", "four-cooperation-documents", false],
  ["石破首相とチン首相は何で合意しましたか？", "four-cooperation-documents", false],
  ["Ông Ishiba và ông Chính đã thống nhất những gì?", "four-cooperation-documents", false],
  // Look-alikes: not what was agreed.
  ["When did Ishiba call Trump?", "ishiba-called-trump-april-7", false],
  ["石破首相はいつトランプ大統領と電話会談しましたか？", "ishiba-called-trump-april-7", false],
  ["Ông Ishiba điện đàm với ông Trump khi nào?", "ishiba-called-trump-april-7", false],
  ["Did Ishiba agree to meet To Lam?", "ishiba-met-to-lam-april-27", false],
];

const judgeUk = judgeIn("us-uk-2025");
const UK_CASES: RuleCase[] = [
  ["What did Trump and Starmer agree on?", "first-deal-since-liberation-day", false],
  ["What did the UK and US agree on for cars?", "car-quota-100000-at-10-percent", false],
];

describe(`fit rule ${agreedContentStated.name}`, () => {
  it("has the stable name agreed-content-stated", () =>
    expect(agreedContentStated.name).toBe("agreed-content-stated"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(agreedContentStated, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^agreed-content-stated\b/);
  });
  it.each(UK_CASES)("us-uk: %s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeUk(agreedContentStated, question, factId).length > 0).toBe(rejects);
  });
});
