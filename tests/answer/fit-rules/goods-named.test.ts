import { describe, expect, it } from "vitest";
import { goodsNamed } from "../../../src/answer/fit/rules/goods-named.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

const judgeUk = judgeIn("us-uk-2025");

/** On the U.S.–UK briefing: goods asked, and the fact's goods. */
const UK_CASES: RuleCase[] = [
  // Other goods: the beef quota does not answer on steel or lamb.
  [
    "How many tonnes of UK steel can go into the US duty-free under the steel quota?",
    "us-beef-quota-13000-for-uk",
    true,
  ],
  ["How many tonnes of British lamb can now go to the US duty-free?", "us-beef-quota-13000-for-uk", true],
  ["han ngach thep khong thue cho Anh la bao nhieu tan vay", "us-beef-quota-13000-for-uk", true],
  ["Hạn ngạch thép miễn thuế của Anh vào Mỹ là bao nhiêu tấn?", "us-beef-quota-13000-for-uk", true],
  ["英国産鉄鋼の対米無関税枠は何トン？", "us-beef-quota-13000-for-uk", true],
  ["What quota do British cars get for ethanol?", "steel-aluminium-to-zero-uk-claim", true],
  // Goods at large do not answer on goods they do not name.
  [
    "what tariff does the US charge on UK pharmaceuticals right now under the deal",
    "baseline-10-percent-stays",
    true,
  ],
  ["米国は英国の医薬品に何%の関税をかけていますか？", "baseline-10-percent-stays", true],
  ["Mỹ đánh thuế bao nhiêu phần trăm với dược phẩm Anh?", "baseline-10-percent-stays", true],
  // Look-alikes: the fact's own goods, a family that covers them, goods at large asked.
  ["how much beef can the UK send to the US duty-free", "us-beef-quota-13000-for-uk", false],
  ["How much British meat can go to the US duty-free?", "us-beef-quota-13000-for-uk", false],
  ["英国産牛肉の対米無関税枠は何トン？", "us-beef-quota-13000-for-uk", false],
  ["han ngach thit bo khong thue cho Anh la bao nhieu tan", "us-beef-quota-13000-for-uk", false],
  ["what's the US tariff on most UK goods", "baseline-10-percent-stays", false],
  ["How many UK autos get the 10% rate?", "car-quota-100000-at-10-percent", false],
  ["英国車の対米関税枠は何台？", "car-quota-100000-at-10-percent", false],
  // A question that names no goods, and a fact that names none: no say.
  ["What did the deal change for the UK?", "us-beef-quota-13000-for-uk", false],
];

/** On the Japan–Vietnam briefing. */
const JV_CASES: RuleCase[] = [
  ["What is the US tariff on cars, steel and aluminium?", "us-tariff-25-vehicles-steel-aluminum", false],
  ["米国の自動車関税は何%？", "us-tariff-25-vehicles-steel-aluminum", false],
  ["Mỹ áp thuế bao nhiêu với ô tô?", "us-tariff-25-vehicles-steel-aluminum", false],
  ["What is the US tariff on steel?", "us-tariff-10-other-goods", true],
  ["米国の鉄鋼関税は何%？", "us-tariff-10-other-goods", true],
  ["What is the US tariff on most other goods?", "us-tariff-10-other-goods", false],
];

describe(`fit rule ${goodsNamed.name}`, () => {
  it("has the stable name goods-named", () => expect(goodsNamed.name).toBe("goods-named"));
  it.each(UK_CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judgeUk(goodsNamed, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^goods-named\b/);
  });
  it.each(JV_CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(goodsNamed, question, factId);
    expect(reasons.length > 0).toBe(rejects);
  });
});
