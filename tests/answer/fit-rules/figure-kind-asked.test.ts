import { describe, expect, it } from "vitest";
import { figureKindAsked } from "../../../src/answer/fit/rules/figure-kind-asked.js";
import { figureKindsNamed, measureKind } from "../../../src/answer/question-intent.js";
import type { Lang } from "../../../src/i18n/lang.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

const UK_CASES: RuleCase[] = [
  // Exports asked; the fact's figures are the quota and tariffs on it.
  ["Exactly how many cars did the UK export to the US last year?", "quota-near-last-year-exports-jlr", true],
  ["Exactly how many cars did the UK export to the US last year?", "car-quota-100000-at-10-percent", true],
  // What may be exported is the quota; a count that gets a rate is the quota the rate is on.
  ["How many cars can the UK export to the US at the lower rate?", "quota-near-last-year-exports-jlr", false],
  ["How much British beef can be exported to the United States?", "us-beef-quota-13000-for-uk", false],
  ["how many UK cars/yr get the lower rate", "car-quota-100000-at-10-percent", false],
  ["Bao nhiêu lít ethanol Mỹ được vào Anh miễn thuế?", "ethanol-quota-1-4-billion-litres", false],
  ["米国産牛肉を英国に無関税で輸出できる枠は何トン?", "uk-beef-quota-13000-tonnes", false],
  // What is paid may be a tariff.
  ["How much do UK cars pay to enter the US now?", "car-quota-100000-at-10-percent", false],
  // A question that names no kind is not judged; nor a yes/no one.
  ["How many cars does the quota cover?", "quota-near-last-year-exports-jlr", false],
  ["Did the UK export 100,000 cars to the US last year?", "quota-near-last-year-exports-jlr", false],
];

const CASES: RuleCase[] = [
  // Money pledged, paid or put in: the pledge's amount.
  [
    "How much will be invested in clean energy and decarbonisation?",
    "decarbonization-clean-energy-20-billion",
    false,
  ],
  ["脱炭素にいくら拠出しますか？", "decarbonization-clean-energy-20-billion", false],
  ["Hai nước cam kết bao nhiêu tiền cho năng lượng sạch?", "decarbonization-clean-energy-20-billion", false],
  // Exports asked; the pledge is money.
  ["How much did Vietnam export to Japan in clean energy?", "decarbonization-clean-energy-20-billion", true],
  // A fare asked (giá vé, 航空券, airfare): what a ticket costs is not a pledge.
  ["Giá vé máy bay Hà Nội – Tokyo là bao nhiêu?", "decarbonization-clean-energy-20-billion", true],
  ["Giá vé máy bay từ Hà Nội đi Tokyo là bao nhiêu?", "decarbonization-clean-energy-20-billion", true],
  ["How much is the airfare from Hanoi to Tokyo?", "decarbonization-clean-energy-20-billion", true],
  ["ハノイ発東京行きの航空券はいくら？", "decarbonization-clean-energy-20-billion", true],
  ["How much is a plane ticket to Tokyo?", "tariff-vietnam-46", true],
  // The pledge asked: kept.
  ["How much did they pledge for clean energy?", "decarbonization-clean-energy-20-billion", false],
  [
    "Nhật Bản và Việt Nam cam kết bao nhiêu cho năng lượng sạch?",
    "decarbonization-clean-energy-20-billion",
    false,
  ],
];

/** What each figure is of, by the head of its measure. */
const MEASURES: [measure: string, kind: string | undefined][] = [
  ["annual U.S. quota for cars imported from the UK at the lower tariff", "quota"],
  ["size of the EU rearmament fund the British defence industry gets access to", "fund"],
  ["U.S. tariff rate on UK cars within the quota", "tariff"],
  ["amount pledged for decarbonization and clean energy cooperation projects", "payment"],
  ["U.S. ethanol exports expected under the deal", "trade"],
  ["length of Ishiba's visit to Hanoi", undefined],
];

/** The kinds a question names. */
const ASKED: [question: string, lang: Lang, kinds: string[]][] = [
  ["Exactly how many cars did the UK export to the US last year?", "en", ["trade"]],
  ["How much beef can the UK import duty-free?", "en", ["quota", "tariff", "trade"]],
  ["英国がSAFEに参加するために払う拠出金は具体的にいくら？", "ja", ["payment"]],
  ["Anh phải trả chính xác bao nhiêu tiền để tham gia SAFE?", "vi", ["payment"]],
  ["anh phai dong gop bao nhieu de tham gia SAFE?", "vi", ["payment"]],
  ["How long was Ishiba's visit?", "en", []],
  ["Giá vé máy bay Hà Nội – Tokyo là bao nhiêu?", "vi", ["fare"]],
  ["東京行きの航空券はいくら？", "ja", ["fare"]],
];

describe(`fit rule ${figureKindAsked.name}`, () => {
  it("has the stable name figure-kind-asked", () => expect(figureKindAsked.name).toBe("figure-kind-asked"));
  const judgeUk = judgeIn("us-uk-2025");
  it.each(UK_CASES)("us-uk: %s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judgeUk(figureKindAsked, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^figure-kind-asked\b/);
  });
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judge(figureKindAsked, question, factId).length > 0).toBe(rejects);
  });
  it.each(MEASURES)("measure %s → %s", (measure, kind) => expect(measureKind(measure)).toBe(kind));
  it.each(ASKED)("%s → %j", (question, lang, kinds) =>
    expect(figureKindsNamed(question, lang)).toEqual(kinds),
  );
});
