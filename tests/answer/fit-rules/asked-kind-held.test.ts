import { describe, expect, it } from "vitest";
import { askedKindHeld } from "../../../src/answer/fit/rules/asked-kind-held.js";
import { detectEither } from "../../../src/answer/question-intent.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["ワシントンに派遣されたベトナムの副首相は誰？会った相手は？", "vietnam-early-envoy-washington", true],
  ["ワシントンに派遣されたベトナムの副首相は誰？会った相手は？", "phoc-met-bessent-lutnick-april-10", false],
  ["習近平主席のベトナム訪問の日程は？", "xi-called-oppose-bullying-dailywrap", true],
  ["習近平主席のベトナム訪問の日程は？", "xi-state-visit-april-14-15-japantimes", false],
  ["Mức thuế Mỹ dự kiến áp lên hàng Việt Nam là bao nhiêu?", "us-tariffs-since-march", true],
  ["Mức thuế Mỹ dự kiến áp lên hàng Việt Nam là bao nhiêu?", "tariff-vietnam-46", false],
  [
    "Since when has the Trump administration been rolling out its tariffs?",
    "vietnam-quick-reaction-tariffs",
    true,
  ],
  ["Since when has the Trump administration been rolling out its tariffs?", "us-tariffs-since-march", false],
  // Power asked (GW, メガワット, MW): a fact with no figure in it does not give the capacity.
  [
    "What's the planned capacity in GW of the offshore wind projects?",
    "energy-transformation-offshore-wind",
    true,
  ],
  ["How many megawatts will the offshore wind farms produce?", "energy-transformation-offshore-wind", true],
  ["洋上風力の発電容量って何GWの計画？", "energy-transformation-offshore-wind", true],
  ["洋上風力発電所は何メガワット？", "energy-transformation-offshore-wind", true],
  ["Điện gió ngoài khơi có công suất bao nhiêu GW?", "energy-transformation-offshore-wind", true],
  [
    "What's the planned capacity in GW of the offshore wind projects?",
    "decarbonization-clean-energy-20-billion",
    true,
  ],
  // No unit asked: the offshore wind fact describes the projects.
  ["What energy projects does the cooperation include?", "energy-transformation-offshore-wind", false],
  ["洋上風力の計画はある？", "energy-transformation-offshore-wind", false],
];

describe(`fit rule ${askedKindHeld.name}`, () => {
  it("has the stable name asked-kind-held", () => expect(askedKindHeld.name).toBe("asked-kind-held"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(askedKindHeld, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^asked-kind-held\b/);
  });
});

/**
 * A count asked in a unit ("how many workers", "in tonnes", bao nhiêu công nhân, 何リットル)
 * is answered only by a figure of that unit's family: a plant's litres are not its workers.
 */
const UNIT_CASES: RuleCase[] = [
  // People asked, only litres held.
  ["Nhà máy Wilton của Ensus có bao nhiêu công nhân?", "ensus-closure-warning", true],
  ["nha may wilton cua ensus co bao nhieu cong nhan?", "ensus-closure-warning", true],
  ["How many workers does Ensus employ at Wilton?", "ensus-closure-warning", true],
  ["エンサスのウィルトン工場の従業員数は？", "ensus-closure-warning", true],
  // Tonnes asked, only litres held ("in tonnes" asks for a figure without "how many").
  ["What is Vivergo's annual ethanol output in tonnes?", "ensus-closure-warning", true],
  ["How many tonnes of ethanol can the US send tariff-free?", "ethanol-quota-1-4-billion-litres", true],
  // Litres asked, only tonnes held.
  ["How many litres of beef can go to the UK?", "uk-beef-quota-13000-tonnes", true],
  ["米国産牛肉は何リットルまで無関税？", "uk-beef-quota-13000-tonnes", true],
  // Cars asked, only dollars held.
  ["How many cars will the US export to the UK?", "us-export-opportunity-5-billion", true],
  // The unit held: the rule has no say.
  ["Could you tell me how many litres of ethanol are covered?", "ethanol-quota-1-4-billion-litres", false],
  ["ap dung cho bao nhieu lit ethanol?", "ethanol-quota-1-4-billion-litres", false],
  ["英国が無関税で受け入れる米国産牛肉は何トンか教えていただけますか？", "uk-beef-quota-13000-tonnes", false],
  ["thit bo my vao anh bao nhieu tan", "uk-beef-quota-13000-tonnes", false],
  ["How many cars can the UK send to the US at 10%?", "car-quota-100000-at-10-percent", false],
  ["How many Vietnamese students will Japan train?", "phd-students-250-dailywrap", false],
  // Another kind names its own unit: a rate is a percentage whatever it is levied on.
  ["What tariff does the UK charge per tonne of US beef?", "uk-beef-quota-13000-tonnes", false],
];

describe(`fit rule ${askedKindHeld.name}: the unit asked`, () => {
  const judgeUk = judgeIn("us-uk-2025");
  it.each(UNIT_CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = factId.startsWith("phd-")
      ? judge(askedKindHeld, question, factId)
      : judgeUk(askedKindHeld, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).toMatch(/ in that unit$/);
  });
});

/**
 * A cue that asks for one kind or another ("付き合いは何年ですか": how many years, or which
 * year): a fact holding either answers; the kinds the question requires outright still bind.
 */
const EITHER_CASES: RuleCase[] = [
  // Only a date held: the year reading answers.
  ["日越首脳会談は何年ですか", "ishiba-chinh-talks-hanoi", false],
  // A duration asked outright (何年間) is a number: a date does not answer it.
  ["日越首脳会談は何年間ですか", "ishiba-chinh-talks-hanoi", true],
];

describe(`fit rule ${askedKindHeld.name}: kinds asked as alternatives`, () => {
  it.each(EITHER_CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judge(askedKindHeld, question, factId).length > 0).toBe(rejects);
  });
  it.each([
    ["付き合いは何年ですか", ["number", "date"]],
    ["設立は何年？", ["number", "date"]],
    ["合意は何年に発表されましたか", []],
    ["何年間続きますか", []],
  ] as const)("%s → either %j", (question, kinds) => {
    expect(detectEither(question, "ja")).toEqual(kinds);
  });
});

/**
 * A number asked of a thing whose name holds one ("the number of the executive order"): the
 * fact that writes it gives it, though it lists no figure. A count is not such a number.
 */
const NAME_NUMBER_CASES: RuleCase[] = [
  ["What's the number of the executive order that implements the deal?", "executive-order-june-16", false],
  ["How many executive orders implement the deal?", "executive-order-june-16", true],
];

describe(`fit rule ${askedKindHeld.name}: a number in a name`, () => {
  const judgeUk = judgeIn("us-uk-2025");
  it.each(NAME_NUMBER_CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeUk(askedKindHeld, question, factId).length > 0).toBe(rejects);
  });
});

/** "Who gets…" asks who receives, which a country may be; "who did Ishiba meet" asks a person. */
const WHO_RECEIVES_CASES: RuleCase[] = [
  ["Who gets the 46% tariff?", "tariff-vietnam-46", false],
  ["Who did Ishiba meet on the day he arrived?", "ishiba-arrived-hanoi-april-27", true],
];

describe(`fit rule ${askedKindHeld.name}: who receives`, () => {
  it.each(WHO_RECEIVES_CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judge(askedKindHeld, question, factId).length > 0).toBe(rejects);
  });
});
