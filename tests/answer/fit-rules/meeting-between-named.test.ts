import { describe, expect, it } from "vitest";
import { meetingBetweenNamed } from "../../../src/answer/fit/rules/meeting-between-named.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["Ông Ishiba có gặp ông Tập Cận Bình không?", "xi-visit-two-weeks-before-dailywrap", true],
  ["石破首相は習近平主席と会談しましたか？", "xi-visit-two-weeks-before-dailywrap", true],
  ["What was the backdrop to the Ishiba-Chinh meeting?", "ishiba-meet-marcos-manila", true],
  ["What was the backdrop to the Ishiba-Chinh meeting?", "us-china-trade-tensions-context", false],
  ["Did Ishiba meet Chinh?", "ishiba-chinh-talks-hanoi", false],
  // Each person named must be in the fact in person: To Lam's call with Trump is not a
  // meeting of Trump with Phoc, nor Ishiba's call one of Bessent (whose country is in it).
  ["What did Trump personally tell Ho Duc Phoc at their April 10 meeting?", "lam-called-trump-april-4", true],
  [
    "What did Trump personally tell Ho Duc Phoc at their April 10 meeting?",
    "phoc-met-bessent-lutnick-april-10",
    true,
  ],
  ["Which Japanese minister met Bessent on April 10?", "ishiba-called-trump-april-7", true],
  ["ベッセント長官と会談した日本の閣僚は誰？", "ishiba-called-trump-april-7", true],
  ["Ông Phúc gặp những ai ở Washington?", "phoc-met-bessent-lutnick-april-10", false],
  ["Who did Ho Duc Phoc meet in Washington?", "phoc-met-bessent-lutnick-april-10", false],
  ["Did Ishiba meet To Lam?", "ishiba-met-to-lam-april-27", false],
  // A yes/no: his meeting with others answers no.
  ["Did Vietnam's deputy PM meet Trump in Washington?", "phoc-met-bessent-lutnick-april-10", false],
];

describe(`fit rule ${meetingBetweenNamed.name}`, () => {
  it("has the stable name meeting-between-named", () =>
    expect(meetingBetweenNamed.name).toBe("meeting-between-named"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(meetingBetweenNamed, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^meeting-between-named\b/);
  });
});
