import { describe, expect, it } from "vitest";
import { yearlyFigureHeld } from "../../../src/answer/fit/rules/yearly-figure-held.js";
import { judgeIn, type RuleCase } from "./cases.js";
import { judgeInTrial } from "./trial-cases.js";

/** Rejects: a figure asked per year ("each year", "mỗi năm", 「年間」); the fact holds none of a year. */
const USJP_CASES: RuleCase[] = [
  // $7 billion of energy a year answers; the one-off $8 billion of farm goods does not.
  ["Nhật cam kết mua năng lượng Mỹ (gồm cả LNG) bao nhiêu mỗi năm?", "energy-7-billion-lng", false],
  ["Nhật cam kết mua năng lượng Mỹ (gồm cả LNG) bao nhiêu mỗi năm?", "purchases-8-billion-farm-goods", true],
  ["How much American energy will Japan buy per year?", "purchases-8-billion-farm-goods", true],
  ["日本は米国産エネルギーを年間いくら購入しますか", "purchases-8-billion-farm-goods", true],
  ["日本は米国産エネルギーを年間いくら購入しますか", "energy-7-billion-lng", false],
  // The $550 billion is no yearly sum.
  ["How much will Japan invest in the US each year?", "investment-550-billion-90-percent", true],
  ["Nhật Bản đầu tư vào Mỹ bao nhiêu hằng năm?", "investment-550-billion-90-percent", true],
  // A figure of a fiscal year, a quota "per year", last year's exports: a year's figure.
  ["How much US rice did Japan import a year under minimum access?", "us-biggest-rice-supplier", false],
  ["ミニマムアクセスの無税枠って年間何トン？", "rice-within-minimum-access", false],
  ["How much does Japan export to the US annually?", "japan-trade-figures", false],
  // 何年間 counts years; no figure per year asked; a yes/no question: not judged.
  ["交渉は何年間続きましたか", "purchases-8-billion-farm-goods", false],
  ["How much US farm produce will Japan buy?", "purchases-8-billion-farm-goods", false],
  ["Will Japan buy $8 billion of US farm goods each year?", "purchases-8-billion-farm-goods", false],
];

/** On the U.S.–UK briefing: the car quota is a year's. */
const UK_CASES: RuleCase[] = [
  ["How many UK cars can enter the US at the lower rate each year?", "car-quota-100000-at-10-percent", false],
  ["Mỗi năm bao nhiêu ô tô Anh được vào Mỹ với thuế thấp?", "car-quota-100000-at-10-percent", false],
  ["How much ethanol will the US export to the UK each year?", "us-export-opportunity-5-billion", true],
  // A quota is an allowance for a period: what may enter each year.
  ["How much American beef can now enter the UK duty-free each year?", "uk-beef-quota-13000-tonnes", false],
];

describe(`fit rule ${yearlyFigureHeld.name}`, () => {
  it("has the stable name yearly-figure-held", () =>
    expect(yearlyFigureHeld.name).toBe("yearly-figure-held"));
  const judgeUsJp = judgeInTrial("us-japan-2025");
  it.each(USJP_CASES)("us-japan: %s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeUsJp(yearlyFigureHeld, question, factId).length > 0).toBe(rejects);
  });
  const judgeUk = judgeIn("us-uk-2025");
  it.each(UK_CASES)("us-uk: %s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeUk(yearlyFigureHeld, question, factId).length > 0).toBe(rejects);
  });
});
