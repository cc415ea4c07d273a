import { describe, expect, it } from "vitest";
import { setAsideThingNotAnswer } from "../../../src/answer/fit/rules/set-aside-thing-not-answer.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  // The thing set aside by a phrase of its own: a fact stating it is about that thing.
  [
    "what did the other two signed documents cover (not the energy transition and chip R&D ones)?",
    "four-cooperation-documents",
    true,
  ],
  ["Which documents were signed, excluding the energy transition one?", "four-cooperation-documents", true],
  ["署名された他の文書は何？（エネルギー転換の文書ではなく）", "four-cooperation-documents", true],
  [
    "Các văn kiện khác nói gì (không tính văn kiện chuyển đổi năng lượng)?",
    "four-cooperation-documents",
    true,
  ],
  ["ベトナムの博士課程の学生は今何人日本にいる？（新しい約束ではなく）", "phd-students-250-dailywrap", true],
  // Look-alikes: nothing set aside, or a fact that does not state the thing set aside.
  ["Which documents did Ishiba and Chinh sign?", "four-cooperation-documents", false],
  [
    "Besides energy, what other areas did Japan and Vietnam cooperate on?",
    "japan-offer-security-economy-people",
    false,
  ],
  [
    "How much did they pledge for clean energy (not counting the offshore wind farms)?",
    "decarbonization-clean-energy-20-billion",
    false,
  ],
  ["署名された文書は何？", "four-cooperation-documents", false],
  ["Ishiba và Chinh đã ký những văn kiện nào?", "four-cooperation-documents", false],
];

describe(`fit rule ${setAsideThingNotAnswer.name}`, () => {
  it("has the stable name set-aside-thing-not-answer", () =>
    expect(setAsideThingNotAnswer.name).toBe("set-aside-thing-not-answer"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(setAsideThingNotAnswer, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^set-aside-thing-not-answer\b/);
  });
});
