import { describe, expect, it } from "vitest";
import { outsideNameStated } from "../../../src/answer/fit/rules/outside-name-stated.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["What tariff will the US put on South Korean goods?", "tariff-japan-24-briefly-april-9", true],
  ["米国は韓国製品に何%の関税を課しますか？", "tariff-japan-24", true],
  ["Mỹ áp thuế bao nhiêu với hàng Campuchia?", "us-tariff-25-vehicles-steel-aluminum", true],
  ["What tariff will the US put on Vietnamese goods?", "tariff-vietnam-46", false],
];

describe(`fit rule ${outsideNameStated.name}`, () => {
  it("has the stable name outside-name-stated", () =>
    expect(outsideNameStated.name).toBe("outside-name-stated"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(outsideNameStated, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^outside-name-stated\b/);
  });
});
