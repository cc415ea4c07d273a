import { describe, expect, it } from "vitest";
import { leftPlaceNotDestination } from "../../../src/answer/fit/rules/left-place-not-destination.js";
import { judge, judgeIn, judgeStatement, type RuleCase } from "./cases.js";

/**
 * "Where next after P": a fact naming P (its country, its capital) answers only if it states
 * leaving P or comes after the stay; the way to P is not what came after it.
 */
const CASES: RuleCase[] = [
  // Leaving Hanoi for the Philippines is the way to Manila, not what came after it.
  ["Where did Ishiba go after Manila?", "ishiba-depart-for-philippines-april-29", true],
  ["Where did Ishiba head after the Philippines?", "ishiba-depart-for-philippines-april-29", true],
  [
    "Which country did Ishiba visit after his stop in Manila?",
    "ishiba-depart-for-philippines-april-29",
    true,
  ],
  ["石破首相はマニラの後はどこへ？", "ishiba-depart-for-philippines-april-29", true],
  ["フィリピン訪問後、石破首相はどこへ向かった？", "ishiba-depart-for-philippines-april-29", true],
  ["sau Manila ông Ishiba đi đâu", "ishiba-depart-for-philippines-april-29", true],
  ["Sau chuyến thăm Philippines, ông Ishiba đến nước nào?", "ishiba-depart-for-philippines-april-29", true],
  // The stay in Manila itself, and its dates.
  ["Where did Ishiba go after Manila?", "ishiba-meet-marcos-manila", true],
  ["マニラの後、石破首相はどこへ行った？", "philippines-leg-april-29-30", true],
  // The fact leaves the place asked: it stays in.
  ["Where did Ishiba go after Hanoi?", "ishiba-depart-for-philippines-april-29", false],
  ["Where did Ishiba go after Vietnam?", "ishiba-depart-for-philippines-april-29", false],
  ["石破首相はハノイの後どこへ行く予定？", "ishiba-depart-for-philippines-april-29", false],
  ["Sau Việt Nam, ông Ishiba đi đâu?", "ishiba-depart-for-philippines-april-29", false],
  ["Rời Hà Nội, ông Ishiba sẽ đi đâu?", "ishiba-depart-for-philippines-april-29", false],
  // After the stop in Manila: what came next.
  ["Where did Ishiba go after Manila?", "ishiba-return-tokyo-april-30", false],
  ["マニラの後はどこへ", "ishiba-return-tokyo-april-30", false],
  // A fact that does not name the place left: left-place-not-answer's say, not this rule's.
  ["After leaving Hanoi, who did Ishiba meet?", "ishiba-meet-marcos-manila", false],
  // No place left: no say.
  ["When did Ishiba leave Hanoi?", "ishiba-depart-for-philippines-april-29", false],
  ["Who did Ishiba meet in Manila?", "ishiba-meet-marcos-manila", false],
];

describe(`fit rule ${leftPlaceNotDestination.name}`, () => {
  it("has the stable name left-place-not-destination", () =>
    expect(leftPlaceNotDestination.name).toBe("left-place-not-destination"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(leftPlaceNotDestination, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^left-place-not-destination\b/);
  });

  // A statement that sets out from Manila answers "after Manila", in any language.
  it.each([
    ["Where did Ishiba go after Manila?", { en: "Ishiba departed from Manila for Tokyo on April 30." }],
    ["マニラの後はどこへ", { ja: "石破首相は4月30日にマニラを発ち、東京へ戻った。" }],
    ["sau Manila ông Ishiba đi đâu", { vi: "Ông Ishiba rời Manila về Tokyo ngày 30/4." }],
  ] as const)("%s / a fact that leaves Manila → kept", (question, statement) => {
    const onlyLang = { en: "", ja: "", vi: "", ...statement };
    expect(
      judgeStatement(leftPlaceNotDestination, question, "ishiba-return-tokyo-april-30", onlyLang),
    ).toEqual([]);
  });

  // Arriving in Manila, in any language, is the way there.
  it.each([
    ["Where did Ishiba go after Manila?", { en: "Ishiba flew from Hanoi to Manila on April 29." }],
    ["マニラの後はどこへ", { ja: "石破首相は4月29日にハノイからマニラに到着した。" }],
    ["sau Manila ông Ishiba đi đâu", { vi: "Ông Ishiba đến Manila ngày 29/4." }],
  ] as const)("%s / a fact that arrives in Manila → rejected", (question, statement) => {
    const onlyLang = { en: "", ja: "", vi: "", ...statement };
    expect(
      judgeStatement(leftPlaceNotDestination, question, "ishiba-return-tokyo-april-30", onlyLang).length,
    ).toBeGreaterThan(0);
  });

  // The U.S.–UK briefing: a fact set in Teesside is not where anyone went after it.
  const inUsUk = judgeIn("us-uk-2025");
  it.each([
    ["Where did Ensus go after Teesside?", "ensus-second-producer-warns", true],
    ["Where is Ensus based?", "ensus-second-producer-warns", false],
  ] as const)("us-uk-2025: %s / %s → rejects: %s", (question, factId, rejects) => {
    expect(inUsUk(leftPlaceNotDestination, question, factId).length > 0).toBe(rejects);
  });
});
