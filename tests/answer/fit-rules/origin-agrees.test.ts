import { describe, expect, it } from "vitest";
import { originAgrees } from "../../../src/answer/fit/rules/origin-agrees.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["石破首相はベトナムからどこへ向かいますか", "japanese-companies-tariff-concerns", true],
  ["石破首相はベトナムからどこへ向かいますか", "ishiba-depart-for-philippines-april-29", false],
  ["What portion of Vietnam's PhD target will Japan help train?", "japanese-companies-tariff-concerns", true],
  ["What portion of Vietnam's PhD target will Japan help train?", "phd-half-of-500-japantimes", false],
  [
    "Thuế đối ứng mà Mỹ định áp lên hàng Nhật Bản là bao nhiêu phần trăm?",
    "us-share-of-vietnam-exports-27-4",
    true,
  ],
  [
    "Thuế đối ứng mà Mỹ định áp lên hàng Nhật Bản là bao nhiêu phần trăm?",
    "tariff-japan-24-briefly-april-9",
    false,
  ],
  // A leader sending goods sends their country's: Xi's exports are China's, not Vietnam's; To
  // Lam's are Vietnam's.
  ["What farm products did Xi agree to export to Vietnam?", "xi-offers-agriculture-infrastructure", true],
  ["What share of exports did To Lam say goes to the U.S.?", "us-share-of-vietnam-exports-27-4", false],
];

describe(`fit rule ${originAgrees.name}`, () => {
  it("has the stable name origin-agrees", () => expect(originAgrees.name).toBe("origin-agrees"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(originAgrees, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^origin-agrees\b/);
  });
});

/**
 * Where the curator left out whose goods a fact is about, the briefing now says it: the UK's
 * car exports ("car export tariffs", "UK car manufacturers") are not American cars.
 */
const US_UK: RuleCase[] = [
  ["Did Britain lower its tariff on US cars to 10%?", "uk-only-country-with-this-deal", true],
  [
    "How many American cars can be shipped into the UK at the reduced rate?",
    "car-quota-saves-hundreds-of-millions",
    true,
  ],
  ["英国は米国車への関税をいつ10%に引き下げましたか？", "uk-only-country-with-this-deal", true],
  ["Did the US cut its tariff on British cars to 10%?", "uk-only-country-with-this-deal", false],
  ["How much do British carmakers save under the 10% quota?", "car-quota-saves-hundreds-of-millions", false],
];

describe(`fit rule ${originAgrees.name} on the U.S.–UK briefing`, () => {
  const judgeUsUk = judgeIn("us-uk-2025");
  it.each(US_UK)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeUsUk(originAgrees, question, factId).length > 0).toBe(rejects);
  });
});
