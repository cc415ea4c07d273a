import { describe, expect, it } from "vitest";
import { reasonStated } from "../../../src/answer/fit/rules/reason-stated.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  // Only when or what happened: no reason.
  ["Why did Ishiba manage to call Trump before To Lam did?", "ishiba-called-trump-april-7", true],
  ["Why did Trump call To Lam two days after Liberation Day?", "lam-called-trump-april-4", true],
  ["Vì sao ông Ishiba điện đàm với ông Trump sau ông Tô Lâm?", "ishiba-called-trump-april-7", true],
  ["石破首相はなぜ日越協力フォーラムで演説したのですか？", "cooperation-forum-address-april-28", true],
  // The reason in the statement ("as a result of U.S. tariffs"), or curated so.
  [
    "Why is Japan stepping up its charm offensive in Southeast Asia?",
    "japan-charm-offensive-southeast-asia",
    false,
  ],
  ["日本が東南アジアで魅力攻勢を強めている理由は？", "japan-charm-offensive-southeast-asia", false],
  ["Why did Ishiba meet Vietnamese leaders in Hanoi?", "two-day-visit-hanoi-tariff-talks", false],
  // A purpose in one language's statement only ("để Trung Quốc nhập khẩu thêm"), not curated.
  ["Why did Xi present fresh offers in Hanoi?", "xi-offers-agriculture-infrastructure", false],
  // The other source's version, always shown beside it, gives the reason.
  ["why did they set up that vice-ministerial channel", "defence-channel-vice-ministerial-japantimes", false],
  ["Why is Japan training Vietnamese PhDs?", "phd-half-of-500-japantimes", false],
  // Not only why: when is asked too, or no why at all.
  ["When did To Lam call Trump?", "lam-called-trump-april-4", false],
];

describe(`fit rule ${reasonStated.name}`, () => {
  it("has the stable name reason-stated", () => expect(reasonStated.name).toBe("reason-stated"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(reasonStated, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^reason-stated\b/);
  });
});
