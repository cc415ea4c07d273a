import { describe, expect, it } from "vitest";
import { namedEntitiesInFact } from "../../../src/answer/fit/rules/named-entities-in-fact.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  [
    "Was Vietnam one of the first countries to send a trade envoy to Washington?",
    "four-cooperation-documents",
    true,
  ],
  [
    "Was Vietnam one of the first countries to send a trade envoy to Washington?",
    "vietnam-early-envoy-washington",
    false,
  ],
  ["ワシントンに派遣されたベトナムの副首相は誰？会った相手は？", "ishiba-chinh-talks-hanoi", true],
  ["ワシントンに派遣されたベトナムの副首相は誰？会った相手は？", "phoc-met-bessent-lutnick-april-10", false],
  ["Mức thuế Mỹ dự kiến áp lên hàng Việt Nam là bao nhiêu?", "us-tariff-10-other-goods", true],
  ["Mức thuế Mỹ dự kiến áp lên hàng Việt Nam là bao nhiêu?", "tariff-vietnam-46", false],
  // A capital named as the side that sends is its government, not the city where a meeting
  // was held: a fact about Hanoi the place, whose country it does not name, leaves it out.
  ["Whom did Hanoi send to the US for trade talks?", "us-china-trade-tensions-context", true],
  ["Whom did Hanoi send to the US for trade talks?", "phoc-met-bessent-lutnick-april-10", false],
  // The place an envoy is sent to is where they go.
  ["Who did Washington dispatch to Hanoi?", "phoc-met-bessent-lutnick-april-10", true],
];

/**
 * A fact that calls the briefing's deal "the deal" (its entity's `referredToAs`) names it: "under
 * the EPD" finds it. One that names no deal does not (Liberation Day came before it).
 */
const REFERRED: RuleCase[] = [
  ["what is the US tariff on UK steel under the EPD", "steel-aluminium-to-zero-uk-claim", false],
  ["thue thep Anh vao My sau EPD con bao nhieu", "steel-aluminium-to-zero-uk-claim", false],
  ["EPDで英国の鉄鋼への米関税はどうなった？", "steel-aluminium-to-zero-uk-claim", false],
  ["what did the EPD do about pharma tariffs?", "pharma-preferential-contingent", false],
  ["When were the EPD tariffs imposed?", "car-rate-7-5-plus-2-5-mfn", true],
  // A statement that calls it nothing, and a curator who did not list it: left out.
  ["what tariff did the EPD set on UK beef?", "uk-beef-quota-13000-tonnes", true],
];

describe(`fit rule ${namedEntitiesInFact.name}: the deal the facts call "the deal"`, () => {
  const judgeUk = judgeIn("us-uk-2025");
  it.each(REFERRED)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeUk(namedEntitiesInFact, question, factId).length > 0).toBe(rejects);
  });
});

describe(`fit rule ${namedEntitiesInFact.name}`, () => {
  it("has the stable name named-entities-in-fact", () =>
    expect(namedEntitiesInFact.name).toBe("named-entities-in-fact"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(namedEntitiesInFact, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^named-entities-in-fact\b/);
  });
});
