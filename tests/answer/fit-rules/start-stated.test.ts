import { describe, expect, it } from "vitest";
import { startStated } from "../../../src/answer/fit/rules/start-stated.js";
import { judge, judgeIn, judgeStatement, type RuleCase } from "./cases.js";

/** Rejects: a start is asked ("from what date", "since when", "いつから"); the fact states none. */
const CASES: RuleCase[] = [
  // A start stated: "since early March", "could kick in", "từ đầu tháng 3".
  ["Since when has the Trump administration been rolling out tariffs?", "us-tariffs-since-march", false],
  ["Chính quyền Trump bắt đầu áp thuế từ khi nào?", "us-tariffs-since-march", false],
  ["From what date could the higher tariff on Vietnam kick in?", "tariff-vietnam-46", false],
  // Only when a call was made: no start.
  ["Since when has the Trump administration been rolling out tariffs?", "lam-called-trump-april-4", true],
  ["トランプ政権はいつから関税を導入しているの？", "lam-called-trump-april-4", true],
  // A span ("từ ngày nào đến ngày nào", "何日から何日まで") or no start asked: the rule has no say.
  ["ong Tap Can Binh tham VN tu ngay nao den ngay nao", "xi-state-visit-april-14-15-japantimes", false],
  ["習近平国家主席のベトナム訪問は何日から何日まで？", "xi-state-visit-april-14-15-japantimes", false],
  ["When did To Lam call Trump?", "lam-called-trump-april-4", false],
];

/** On the U.S.–UK briefing: "came into force on June 30" states a start; an announcement does not. */
const UK_CASES: RuleCase[] = [
  ["When did the tariff cuts for UK cars actually come into force?", "measures-in-force-june-30", false],
  ["自動車と航空宇宙の関税引き下げが発効したのはいつ？", "measures-in-force-june-30", false],
  ["When did the tariff cuts for UK cars actually come into force?", "mandelson-praises-trump", true],
  // A clause, not the question's verb: "the secretary quoted when the deal kicked in".
  [
    "name of the business & trade secretary quoted when the deal kicked in?",
    "first-deal-since-liberation-day",
    false,
  ],
  // A figure asked too: "when the deal took effect" only sets it.
  [
    "what tariff did the UK remove on American beef when the deal took effect, and how big is the quota?",
    "first-deal-since-liberation-day",
    false,
  ],
];

describe(`fit rule ${startStated.name}`, () => {
  it("has the stable name start-stated", () => expect(startStated.name).toBe("start-stated"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(startStated, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^start-stated\b/);
  });
  const judgeUk = judgeIn("us-uk-2025");
  it.each(UK_CASES)("%s / %s → rejects: %s (U.S.–UK)", (question, factId, rejects) => {
    expect(judgeUk(startStated, question, factId).length > 0).toBe(rejects);
  });
  // A deal agreed (the e-gates of the UK–EU summit) says nothing of when its use starts.
  it("rejects a fact that only says a use was agreed", () => {
    const agreed = {
      en: "Use of the new visa was agreed after the breakthrough, so students can come.",
      ja: "",
      vi: "",
    };
    const q = "From what exact date can Vietnamese students use the new visa?";
    expect(judgeStatement(startStated, q, "phd-students-250-dailywrap", agreed).length).toBeGreaterThan(0);
    const from = { ...agreed, en: "The new visa applies from June 1, 2025." };
    expect(judgeStatement(startStated, q, "phd-students-250-dailywrap", from)).toEqual([]);
  });
});
