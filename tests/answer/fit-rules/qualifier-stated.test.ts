import { describe, expect, it } from "vitest";
import { qualifierStated } from "../../../src/answer/fit/rules/qualifier-stated.js";
import { judgeIn, type RuleCase } from "./cases.js";

const judge = judgeIn("us-uk-2025");

const CASES: RuleCase[] = [
  // A figure asked "tariff-free": the U.S. beef quota reallocated to the UK says no such thing.
  [
    "how many tonnes of british beef can go into the US tariff free under the deal?",
    "us-beef-quota-13000-for-uk",
    true,
  ],
  ["英国産牛肉の無関税枠は何トンですか？", "us-beef-quota-13000-for-uk", true],
  ["英国産牛肉は無税で何トンまで米国に入れますか？", "us-beef-quota-13000-for-uk", true],
  ["Bao nhiêu tấn thịt bò Anh được vào Mỹ miễn thuế?", "us-beef-quota-13000-for-uk", true],
  ["bao nhieu tan thit bo anh duoc vao my mien thue?", "us-beef-quota-13000-for-uk", true],
  ["Can British beef enter the US duty-free?", "us-beef-quota-13000-for-uk", true],
  // The fact states it (duty-free quota, cut to zero, exempt, removed): it may answer.
  [
    "How many tonnes of US beef can enter the UK tariff-free under the deal?",
    "uk-beef-quota-13000-tonnes",
    false,
  ],
  ["英国が米国産牛肉に設けた無関税枠は何トンですか？", "uk-beef-quota-13000-tonnes", false],
  ["Anh cho phép bao nhiêu tấn thịt bò Mỹ vào miễn thuế?", "uk-beef-quota-13000-tonnes", false],
  ["How much US bioethanol can enter the UK tariff-free?", "ethanol-quota-1-4-billion-litres", false],
  ["米国産エタノールの無関税枠ってどれくらい？", "ethanol-quota-1-4-billion-litres", false],
  ["Anh dong y cho bao nhieu lit ethanol cua My vao mien thue?", "ethanol-quota-1-4-billion-litres", false],
  ["Do UK aerospace goods now enter the US tariff-free?", "aerospace-tariffs-removed-june-30", false],
  ["dong co Rolls-Royce co duoc mien thue co so 10% khong?", "aerospace-lutnick-rolls-royce-may-8", false],
  // No condition asked: the rule has no say.
  ["How many tonnes of British beef can go into the US under the deal?", "us-beef-quota-13000-for-uk", false],
  ["英国産牛肉の対米枠は何トンですか？", "us-beef-quota-13000-for-uk", false],
  // A condition that describes something else in a question asking what, not how many.
  [
    "What does the US give the UK on beef in return for the UK's duty-free quota?",
    "us-beef-quota-13000-for-uk",
    false,
  ],
];

describe(`fit rule ${qualifierStated.name}`, () => {
  it("has the stable name qualifier-stated", () => expect(qualifierStated.name).toBe("qualifier-stated"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(qualifierStated, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^qualifier-stated\b/);
  });
});
