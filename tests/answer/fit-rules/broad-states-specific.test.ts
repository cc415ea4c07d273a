import { describe, expect, it } from "vitest";
import { broadStatesSpecific } from "../../../src/answer/fit/rules/broad-states-specific.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["Mức thuế Mỹ dự kiến áp lên hàng Việt Nam là bao nhiêu?", "us-tariff-25-vehicles-steel-aluminum", true],
  ["Mức thuế Mỹ dự kiến áp lên hàng Việt Nam là bao nhiêu?", "tariff-vietnam-46", false],
  [
    "On what date were the 24% reciprocal tariffs on Japan briefly put in place?",
    "us-tariff-25-vehicles-steel-aluminum",
    true,
  ],
  [
    "On what date were the 24% reciprocal tariffs on Japan briefly put in place?",
    "tariff-japan-24-briefly-april-9",
    false,
  ],
  ["ベトナムへの関税は36%でしたっけ？", "us-tariff-25-vehicles-steel-aluminum", true],
  ["ベトナムへの関税は36%でしたっけ？", "tariff-vietnam-46", false],
  // The verb of levying (課す, impose, áp) is the measure's own word, nothing specific.
  ["米国がフィリピンに課す相互関税は何％？", "us-tariff-25-vehicles-steel-aluminum", true],
  [
    "What reciprocal tariff does the US impose on the Philippines?",
    "us-tariff-25-vehicles-steel-aluminum",
    true,
  ],
  ["Mỹ áp thuế đối ứng bao nhiêu phần trăm lên Philippines?", "us-tariff-25-vehicles-steel-aluminum", true],
  // The goods the broad measure is on: it answers.
  ["米国がフィリピンの鉄鋼に課す関税は何％？", "us-tariff-25-vehicles-steel-aluminum", false],
  ["What tariff does the US impose on Philippine steel?", "us-tariff-25-vehicles-steel-aluminum", false],
];

describe(`fit rule ${broadStatesSpecific.name}`, () => {
  it("has the stable name broad-states-specific", () =>
    expect(broadStatesSpecific.name).toBe("broad-states-specific"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(broadStatesSpecific, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^broad-states-specific\b/);
  });
});
