import { describe, expect, it } from "vitest";
import { goodsSetAside } from "../../../src/answer/fit/rules/goods-set-aside.js";
import type { RuleCase } from "./cases.js";
import { judgeInTrial } from "./trial-cases.js";

/**
 * Rejects: a number question on goods a fact sets aside from its figure ("separate treatment
 * for steel"), or that another fact stating the same figure sets aside.
 */
const USJP_CASES: RuleCase[] = [
  [
    "What exact tariff rate does the US charge on Japanese steel under the framework?",
    "baseline-15-nearly-all",
    true,
  ],
  ["What tariff does the US charge on Japanese steel?", "deal-announced-15-percent", true],
  ["米国は日本の鉄鋼に何%の関税をかけている？", "baseline-15-nearly-all", true],
  ["Mỹ đánh thuế thép Nhật Bản bao nhiêu phần trăm?", "baseline-15-nearly-all", true],
  ["What is the US tariff on Japanese copper?", "deal-announced-15-percent", true],
  // Look-alikes: goods the figure covers, the fact on the goods themselves, yes/no.
  ["What tariff does the US charge on Japanese cars under the framework?", "baseline-15-nearly-all", false],
  ["米国は日本車に何%の関税をかけている？", "deal-announced-15-percent", false],
  ["Mỹ đánh thuế thép Nhật Bản bao nhiêu phần trăm?", "steel-aluminium-50-remain", false],
  ["What tariff does the US charge on Japanese steel?", "steel-aluminium-50-remain", false],
  ["Does the 15% cover steel and aluminium too?", "baseline-15-nearly-all", false],
  ["Which sectors get separate treatment instead of the 15% baseline?", "baseline-15-nearly-all", false],
];

describe(`fit rule ${goodsSetAside.name}`, () => {
  it("has the stable name goods-set-aside", () => expect(goodsSetAside.name).toBe("goods-set-aside"));
  const judgeUsJp = judgeInTrial("us-japan-2025");
  it.each(USJP_CASES)("us-japan: %s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeUsJp(goodsSetAside, question, factId).length > 0).toBe(rejects);
  });
});
