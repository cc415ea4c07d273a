import { describe, expect, it } from "vitest";
import { successionStated } from "../../../src/answer/fit/rules/succession-stated.js";
import { judge, judgeIn, judgeStatement, type RuleCase } from "./cases.js";
import { judgeInTrial } from "./trial-cases.js";

/** Rejects: who took someone's place is asked; the fact states no succession. */
const USJP_CASES: RuleCase[] = [
  ["who took over from ishiba as pm and did they keep the deal going", "eo-14345-signed", true],
  ["Who succeeded Ishiba as prime minister?", "ishiba-lowest-rate", true],
  ["Who replaced Akazawa as Japan's negotiator?", "akazawa-lutnick-mid-june", true],
  ["石破首相の後任は誰ですか", "ishiba-lowest-rate", true],
  ["Ai kế nhiệm ông Ishiba làm thủ tướng?", "ishiba-lowest-rate", true],
  // Not a successor asked: who signed, who negotiated; "what replaced" asks no person.
  ["Who signed the executive order?", "eo-14345-signed", false],
  ["Who was Japan's chief negotiator?", "akazawa-lutnick-mid-june", false],
  ["What replaced the 25% tariff threat?", "deal-announced-15-percent", false],
  // 引き継ぐ carries a deal on: no successor asked.
  ["新政権は合意を引き継ぎますか", "eo-14345-signed", false],
];

const CASES: RuleCase[] = [
  ["Who succeeded Ishiba as Japan's prime minister?", "ishiba-chinh-talks-hanoi", true],
  ["Ai thay thế ông Tô Lâm?", "lam-called-trump-april-4", true],
  ["Who is Vietnam's prime minister?", "ishiba-chinh-talks-hanoi", false],
];

describe(`fit rule ${successionStated.name}`, () => {
  it("has the stable name succession-stated", () => expect(successionStated.name).toBe("succession-stated"));
  const judgeUsJp = judgeInTrial("us-japan-2025");
  it.each(USJP_CASES)("us-japan: %s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeUsJp(successionStated, question, factId).length > 0).toBe(rejects);
  });
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judge(successionStated, question, factId).length > 0).toBe(rejects);
  });
  it("UK: who replaced Mandelson is asked of a fact that states no succession", () => {
    expect(
      judgeIn("us-uk-2025")(
        successionStated,
        "Who replaced Mandelson as ambassador?",
        "mandelson-praises-trump",
      ).length,
    ).toBeGreaterThan(0);
  });
  // A fact that states the succession answers.
  it.each([
    [
      "Who succeeded Ishiba as prime minister?",
      { en: "Sanae Takaichi succeeded Ishiba as prime minister in October 2025." },
    ],
    ["石破首相の後任は誰ですか", { ja: "高市早苗氏が石破首相の後任として就任した。" }],
    ["Ai kế nhiệm ông Ishiba?", { vi: "Bà Takaichi kế nhiệm ông Ishiba làm thủ tướng." }],
  ] as const)("%s, stated → lets through", (question, statement) => {
    expect(judgeStatement(successionStated, question, "ishiba-chinh-talks-hanoi", statement)).toEqual([]);
  });
});
