import { describe, expect, it } from "vitest";
import { figureActorAgrees, measureActors } from "../../../src/answer/fit/rules/figure-actor-agrees.js";
import { indexFor } from "../../../src/answer/index-build.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import { judge, type RuleCase } from "./cases.js";
import { judgeInTrial } from "./trial-cases.js";

/**
 * Rejects: a number question says who acts and asks a figure of what is paid or traded; the
 * fact's every figure of that kind names another side acting ("investment Japan pledged").
 */
const USJP_CASES: RuleCase[] = [
  // The deal fact holds the U.S. (it sets the tariff) and Japan's investment in the U.S.
  ["how much is the US investing in japan as part of the deal?", "deal-announced-15-percent", true],
  ["How much will America invest in Japan?", "deal-announced-15-percent", true],
  ["Mỹ đầu tư bao nhiêu vào Nhật Bản?", "deal-announced-15-percent", true],
  ["米国は日本にいくら投資するのですか", "deal-announced-15-percent", true],
  ["How much energy is the US buying from Japan?", "energy-7-billion-lng", true],
  // An intention between subject and verb still says who acts (roles.yaml `intendTo`).
  [
    "How much is the US going to invest in Japan as part of this trade deal?",
    "deal-announced-15-percent",
    true,
  ],
  ["How much is America planning to invest in Japan?", "deal-announced-15-percent", true],
  ["How much is Japan going to invest in the US?", "deal-announced-15-percent", false],
  // The side that acts in the figure: let through.
  ["how much is japan investing in the US?", "deal-announced-15-percent", false],
  ["Nhật Bản đầu tư bao nhiêu vào Mỹ?", "deal-announced-15-percent", false],
  ["日本は米国にいくら投資しますか", "deal-announced-15-percent", false],
  ["How much US energy is Japan buying?", "energy-7-billion-lng", false],
  // A tariff asked: its measure names who it falls on, not who acts; the rule has no say.
  ["What tariff is the US charging on Japanese cars?", "deal-announced-15-percent", false],
  // Yes/no, or no side acting: not judged.
  ["Did the US pledge any investment in Japan?", "deal-announced-15-percent", false],
  ["How much investment does the deal include?", "deal-announced-15-percent", false],
];

/** On the Japan–Vietnam briefing: a pledge made by both, a call timed after a tariff. */
const CASES: RuleCase[] = [
  [
    "How much will Japan pledge for decarbonization and clean energy projects?",
    "decarbonization-clean-energy-20-billion",
    false,
  ],
  [
    "How many days after the US announced its tariffs did To Lam call Trump?",
    "lam-called-trump-april-4",
    false,
  ],
  [
    "Tổng Bí thư Tô Lâm gọi điện cho ông Trump bao nhiêu ngày sau khi Mỹ công bố thuế?",
    "lam-called-trump-april-4",
    false,
  ],
];

/** Who a figure's English measure says acts. */
const MEASURES: [measure: string, actors: string[]][] = [
  ["investment Japan pledged in the United States", ["japan"]],
  ["U.S. energy Japan will buy each year", ["japan"]],
  ["U.S. agricultural and other goods Japan committed to buy", ["japan"]],
  ["U.S. tariff rate on imports from Japan under the deal", []],
];

describe(`fit rule ${figureActorAgrees.name}`, () => {
  it("has the stable name figure-actor-agrees", () =>
    expect(figureActorAgrees.name).toBe("figure-actor-agrees"));
  const judgeUsJp = judgeInTrial("us-japan-2025");
  it.each(USJP_CASES)("us-japan: %s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeUsJp(figureActorAgrees, question, factId).length > 0).toBe(rejects);
  });
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judge(figureActorAgrees, question, factId).length > 0).toBe(rejects);
  });
  const index = indexFor(createBriefingStore(DEFAULT_BRIEFINGS_DIR).get("japan-vietnam-2025")!);
  it.each(MEASURES)("measure %s → acts: %j", (measure, actors) => {
    expect(measureActors(index, measure)).toEqual(actors);
  });
});
