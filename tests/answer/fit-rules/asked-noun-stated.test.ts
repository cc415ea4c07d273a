import { describe, expect, it } from "vitest";
import { askedNounStated } from "../../../src/answer/fit/rules/asked-noun-stated.js";
import { judgeIn, judge as judgeJv, type RuleCase } from "./cases.js";

const judge = judgeIn("us-uk-2025");

const CASES: RuleCase[] = [
  // The thing asked about is one the briefing does not know: the India deal's fact lacks it.
  ["What did the UK-India FTA do for whisky?", "india-deal-same-week", true],
  ["Did the UK–India deal cut tariffs on Scotch whisky?", "india-deal-same-week", true],
  ["英印FTAでウイスキーについて何が決まった？", "india-deal-same-week", true],
  ["インドとの協定のウイスキーに対する関税は？", "india-deal-same-week", true],
  ["Hiệp định Anh - Ấn Độ nói gì về rượu whisky?", "india-deal-same-week", true],
  ["Thuế đối với rượu whisky trong thỏa thuận Anh - Ấn Độ thế nào?", "india-deal-same-week", true],
  // Look-alikes: what is asked about is known (a word of the briefing), or no thing is asked.
  ["What did the UK-India FTA do?", "india-deal-same-week", false],
  ["When was the India free trade agreement?", "india-deal-same-week", false],
  ["英印FTAについて教えて", "india-deal-same-week", false],
  ["インドとの自由貿易協定はいつでしたか？", "india-deal-same-week", false],
  ["Hiệp định thương mại tự do với Ấn Độ công bố khi nào?", "india-deal-same-week", false],
  ["What tariff does the US put on UK beef?", "uk-beef-quota-13000-tonnes", false],
  // A frame after the mark ("for how much"), a day ("on Monday") or the rest of a list is no thing.
  [
    "What tariff did the UK cut on US bioethanol, and for how much volume?",
    "ethanol-quota-1-4-billion-litres",
    false,
  ],
  ["and the baseline tariff on everything else?", "baseline-10-percent-stays", false],
];

const JV_CASES: RuleCase[] = [
  // "on overseas investment": the run ends in a word the briefing knows; it asks about investment.
  ["What commitment did Chinh make on overseas investment?", "chinh-foreign-investment-pledge", false],
  ["On what weekday was the joint news conference with Chinh?", "joint-news-conference-april-28", false],
];

describe(`fit rule ${askedNounStated.name}`, () => {
  it("has the stable name asked-noun-stated", () => expect(askedNounStated.name).toBe("asked-noun-stated"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(askedNounStated, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^asked-noun-stated\b/);
  });
  it.each(JV_CASES)("japan-vietnam: %s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeJv(askedNounStated, question, factId).length > 0).toBe(rejects);
  });
});
