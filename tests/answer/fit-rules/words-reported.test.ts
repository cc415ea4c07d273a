import { describe, expect, it } from "vitest";
import { wordsReported } from "../../../src/answer/fit/rules/words-reported.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["What did Chinh pledge to keep making easier?", "joint-news-conference-april-28", true],
  ["What did Chinh pledge to keep making easier?", "chinh-foreign-investment-pledge", false],
  ["OSAについて石破首相は何と述べた？", "osa-no-consensus", true],
  ["OSAについて石破首相は何と述べた？", "osa-constructive-exchange", false],
  ["Ông Tập đề nghị gì với Việt Nam trong chuyến thăm?", "xi-visit-two-weeks-before-dailywrap", true],
  ["Ông Tập đề nghị gì với Việt Nam trong chuyến thăm?", "xi-offers-agriculture-infrastructure", false],
  // "What exactly did…": the words asked all the same; a call taking place reports none.
  ["What exactly did Trump tell Ishiba during their phone call?", "ishiba-called-trump-april-7", true],
  ["What precisely did Ishiba say to Trump on the phone?", "ishiba-called-trump-april-7", true],
  // What two agreed at a meeting: a fact that they met does not say it; one that reports it does.
  [
    "what exactly did ishiba and to lam agree in their sunday meeting? any specifics",
    "ishiba-met-to-lam-april-27",
    true,
  ],
  ["What did Ishiba and Chinh agree at their talks?", "ishiba-met-to-lam-april-27", true],
  ["What did Ishiba and Chinh agree at their talks?", "defence-dialogue-2plus2-dailywrap", false],
  // No words asked: when the call was.
  ["When did Ishiba call Trump?", "ishiba-called-trump-april-7", false],
];

describe(`fit rule ${wordsReported.name}`, () => {
  it("has the stable name words-reported", () => expect(wordsReported.name).toBe("words-reported"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(wordsReported, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^words-reported\b/);
  });
});
