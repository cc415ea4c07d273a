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
  ["対象となるエタノールは何リットルか教えていただけますか？", "ja", ["volume"]],
  // Workers spoken of, not counted; a name's letters (ワシントン) are not a unit.
  ["How much will the deal save British workers?", "en", []],
  ["ワシントンでの協議はいつでしたか？", "ja", []],
];

describe("unitsAsked: the unit a number question asks for", () => {
  it.each(UNITS)("%s → %j", (question, lang, families) => {
    expect(unitsAsked(question, lang)).toEqual(families);
  });
  it("a unit asked asks for a figure, and outranks a tariff word", () => {
    expect(detectWants("What is Vivergo's annual ethanol output in tonnes?", "en")).toEqual(["number"]);
    expect(numberKind("米国産牛肉は何リットルまで無関税？", "ja")).toBe("count");
    expect(numberKind("米国産牛肉への関税は何%？", "ja")).toBe("percent");
  });
});
