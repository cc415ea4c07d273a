import { describe, expect, it } from "vitest";
import { speakerAgrees } from "../../../src/answer/fit/rules/speaker-agrees.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["What did Chinh pledge to keep making easier?", "xi-told-to-lam-japantimes", true],
  ["What did Chinh pledge to keep making easier?", "chinh-foreign-investment-pledge", false],
  ["What did Chinh promise on foreign investment?", "cooperation-key-sectors-dailywrap", true],
  ["What did Chinh promise on foreign investment?", "chinh-foreign-investment-pledge", false],
  ["Thủ tướng Chính cam kết gì về đầu tư?", "decarbonization-clean-energy-20-billion", true],
  ["Thủ tướng Chính cam kết gì về đầu tư?", "chinh-foreign-investment-pledge", false],
];

// "What did X write/post (on P)": X must be the one who wrote it, in each language.
const UK_CASES: RuleCase[] = [
  ["What exactly did Keir Starmer write on Truth Social about the deal?", "trump-fair-open-reciprocal", true],
  ["What did Keir Starmer post on Truth Social?", "trump-6-billion-revenue", true],
  ["スターマー首相はトゥルース・ソーシャルに何と書いた？", "trump-fair-open-reciprocal", true],
  ["Starmer đã viết gì trên Truth Social?", "trump-fair-open-reciprocal", true],
  ["What did Trump write on Truth Social about the deal?", "trump-fair-open-reciprocal", false],
  ["トランプ大統領はトゥルース・ソーシャルに何と書いた？", "trump-6-billion-revenue", false],
  ["Trump đã viết gì trên Truth Social?", "trump-6-billion-revenue", false],
  // A speaker named first is the speaker; a body named first leaves no person to match.
  ["What did the White House write about Starmer?", "trump-fair-open-reciprocal", false],
  // Not asking whose words: "what did the deal say" has no speaker to match.
  ["What was in the Truth Social post about the deal?", "trump-fair-open-reciprocal", false],
];

describe(`fit rule ${speakerAgrees.name}`, () => {
  const judgeUk = judgeIn("us-uk-2025");
  it.each(UK_CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judgeUk(speakerAgrees, question, factId);
    expect(reasons.length > 0).toBe(rejects);
  });
  it("has the stable name speaker-agrees", () => expect(speakerAgrees.name).toBe("speaker-agrees"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(speakerAgrees, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^speaker-agrees\b/);
  });
});
