import { describe, expect, it } from "vitest";
import {
  detectWants,
  factHolds,
  type NumberKind,
  numberKind,
  unitsAsked,
} from "../../src/answer/question-intent.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Lang } from "../../src/i18n/lang.js";

const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);

/** A fact, the sort of number asked, and whether the fact holds one (its units: facts-*.yaml). */
const CASES: [briefing: string, factId: string, kind: NumberKind, holds: boolean][] = [
  // "vehicles per year" is a rate, not a length of time: no answer to "how many days".
  ["us-uk-2025", "measures-in-force-june-30", "duration", false],
  ["us-uk-2025", "measures-in-force-june-30", "count", true],
  ["japan-vietnam-2025", "tariff-pause-90-days-april-9", "duration", true],
];

describe("factHolds: the sort of number asked", () => {
  it.each(CASES)("%s / %s, %s → %s", (briefing, factId, kind, holds) => {
    const fact = store.get(briefing)!.byId.fact.get(factId);
    if (!fact) throw new Error(`no fact ${factId}`);
    expect(factHolds(fact, "number", new Set(), new Set(), kind)).toBe(holds);
  });
});

/** The unit a question asks its figure in, by family (measures.yaml `unitsAsked`). */
const UNITS: [question: string, lang: Lang, families: string[]][] = [
  ["How many workers does the Wilton plant employ?", "en", ["people"]],
  ["How many jobs does the car deal protect?", "en", ["people"]],
  ["What is Vivergo's annual ethanol output in tonnes?", "en", ["mass"]],
  ["Could you tell me how many litres of ethanol are covered?", "en", ["volume"]],
  ["How many vehicles did Jaguar Land Rover sell in the US last year?", "en", ["vehicles"]],
  ["Nhà máy Wilton của Ensus có bao nhiêu công nhân?", "vi", ["people"]],
  ["thit bo my vao anh bao nhieu tan", "vi", ["mass"]],
  ["ap dung cho bao nhieu lit?", "vi", ["volume"]],
  ["英国産牛肉は米国に何トン輸出できますか？", "ja", ["mass"]],
  ["What's the tonnage of the US steel quota for UK steel?", "en", ["mass"]],
  ["対象となるエタノールは何リットルか教えていただけますか？", "ja", ["volume"]],
  // Workers spoken of, not counted; a name's letters (ワシントン) are not a unit.
  ["How much will the deal save British workers?", "en", []],
  ["ワシントンでの協議はいつでしたか？", "ja", []],
];

describe("unitsAsked: the unit a number question asks for", () => {
  it.each(UNITS)("%s → %j", (question, lang, families) => {
    expect(unitsAsked(question, lang)).toEqual(families);
  });
  it("a tariff named before what it is on asks its rate; an amount of what asks what it is for", () => {
    expect(detectWants("What's the in-quota tariff on British beef going into the US?", "en")).toEqual([
      "number",
    ]);
    expect(detectWants("脱炭素協力の金額はいくら？", "ja")).toEqual(["number"]);
    expect(detectWants("200億ドルというのは何に関する金額ですか？", "ja")).toEqual(["description"]);
  });
  it("a unit asked asks for a figure, and outranks a tariff word", () => {
    expect(detectWants("What is Vivergo's annual ethanol output in tonnes?", "en")).toEqual(["number"]);
    expect(numberKind("米国産牛肉は何リットルまで無関税？", "ja")).toBe("count");
    expect(numberKind("米国産牛肉への関税は何%？", "ja")).toBe("percent");
  });
  // "the number of the executive order" is its designation, read in the fact's text.
  it.each([
    ["What is the number of Vietnamese students in Japan?", true],
    ["What is the number of the executive order?", false],
  ] as const)("%s asks a figure: %s", (question, figure) => {
    expect(detectWants(question, "en").includes("number")).toBe(figure);
  });
});

/** Kinds named by topic words (rate, money): the one named first wins; the question's form keeps its order. */
const KINDS: [question: string, lang: Lang, kind: NumberKind][] = [
  ["How much will Jaguar Land Rover save from the car tariff cut?", "en", "money"],
  ["What tariff will UK cars pay?", "en", "percent"],
  ["the pause trump announced on the higher country tariffs — how many days long?", "en", "duration"],
  ["トランプ氏が発表した関税の一時停止は何日間ですか？", "ja", "duration"],
  // A text's length is in pages or words, not time; how long something lasted is a duration.
  ["How long is the general terms document?", "en", "any"],
  ["how long was the general terms doc, pages-wise, according to the chamber", "en", "any"],
  ["How long was the White House fact sheet?", "en", "any"],
  ["How long did the tariff pause last?", "en", "duration"],
  ["How long did Ishiba stay in Vietnam?", "en", "duration"],
];

describe("numberKind: which of several kinds a question asks for", () => {
  it.each(KINDS)("%s → %s", (question, lang, kind) => {
    expect(numberKind(question, lang)).toBe(kind);
  });
});

describe("money told in words answers a money question", () => {
  it("'hundreds of millions of pounds' is an amount of money", () => {
    const fact = store.get("us-uk-2025")!.byId.fact.get("quota-near-last-year-exports-jlr")!;
    expect(factHolds(fact, "number", new Set(), new Set(), "money")).toBe(true);
  });
  it("a fact with a rate only holds no money", () => {
    const fact = store.get("japan-vietnam-2025")!.byId.fact.get("tariff-pause-90-days-april-9")!;
    expect(factHolds(fact, "number", new Set(), new Set(), "money")).toBe(false);
  });
});

describe("detectWants: a plant's capacity or a named owner's tariff asks for a figure", () => {
  it.each([
    ["What's the capacity of the Wilton bioethanol plant?", "en", true],
    ["what is Ensus's capacity?", "en", true],
    ["what is its annual output?", "en", true],
    ["how big is the plant capacity-wise", "en", true],
    ["what was the UK's tariff on US beef before the deal?", "en", true],
    ["ウィルトン工場の生産能力は？", "ja", true],
    ["Công suất của nhà máy Wilton?", "vi", true],
    // Not a figure: what the capacity is at risk from, who owns the plant.
    ["Why is Ensus's capacity at risk?", "en", false],
    ["Who owns the Wilton plant?", "en", false],
  ] as const)("%s (%s) → number: %s", (q, lang, number) => {
    expect(detectWants(q, lang as Lang).includes("number")).toBe(number);
  });
});

/**
 * A number word that names no kind (ja いくつ: frames.yaml `generic`) yields to a topic word
 * naming a rate or money; alone it asks a count. vi "bao nhiêu", en "how much" name no kind
 * and are not cues, so the topic word decides there too.
 */
const GENERIC: [question: string, lang: Lang, kind: NumberKind][] = [
  ["ベトナムへの関税率っていくつ？", "ja", "percent"],
  ["ベトナムに対する関税はいくつですか", "ja", "percent"],
  ["Mỹ áp thuế bao nhiêu đối với Việt Nam?", "vi", "percent"],
  ["How much is the US tariff on Vietnam?", "en", "percent"],
  // Look-alikes: a count stays a count.
  ["いくつの文書に署名した？", "ja", "count"],
  ["ベトナムは何か国と協定を結んでいる？", "ja", "count"],
  ["How many documents did they sign?", "en", "count"],
  ["Họ đã ký bao nhiêu văn kiện?", "vi", "count"],
];

describe("numberKind: a generic number word yields to a rate or money", () => {
  it.each(GENERIC)("%s (%s) → %s", (question, lang, kind) => {
    expect(numberKind(question, lang)).toBe(kind);
  });
});
