import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildEntityMatcher, findMentions, latinTokens, prepareQuestion } from "../../src/answer/entities.js";
import { answerQuestion } from "../../src/answer/index.js";
import { readRoles } from "../../src/answer/roles.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Lang } from "../../src/i18n/lang.js";

/**
 * Three ways a question hides who acts or where goods come from, each read from the language
 * pack's cues: an adverb between a subject and its verb ("does the UK now charge"), a name
 * hyphened to a word of making ("US-made", "British-grown"), and who buys from whom ("Mỹ mua
 * gạo của Nhật", 「米国が日本からコメを買う」: the buyer acts, "của X"/「Xから」 is the origin).
 */
const main = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const trial = createBriefingStore(fileURLToPath(new URL("../eval/briefings", import.meta.url)));

function reader(briefingId: string, store: typeof main) {
  const matcher = buildEntityMatcher(store.get(briefingId)!);
  return (text: string, lang: Lang): string[] => {
    const prepared = prepareQuestion(text);
    const toks = latinTokens(prepared);
    const found = findMentions(prepared, toks, lang, matcher);
    const roles = readRoles(prepared, toks, found, lang);
    return found.map((m, i) => `${m.id}:${roles[i] ?? "-"}`);
  };
}

const UK_AGENT = ["united-kingdom:agent", "united-states:origin"];
const US_AGENT = ["united-states:agent", "united-kingdom:origin"];

describe("an adverb between a subject and its verb does not hide who acts", () => {
  const read = reader("us-uk-2025", main);
  it.each([
    ["What tariff does the UK now charge on US-made aircraft engines?", "en", UK_AGENT],
    ["What tariff does the UK still impose on American cars?", "en", UK_AGENT],
    ["Does the US currently charge a tariff on UK-built cars?", "en", US_AGENT],
    ["Has Britain actually lowered its duty on US-made vehicles?", "en", UK_AGENT],
    ["The UK now charges what on American beef?", "en", UK_AGENT],
    ["Will the UK also cut its tariff on US ethanol?", "en", UK_AGENT],
    ["Did the US really impose tariffs on British-grown beef?", "en", US_AGENT],
    ["Has the UK officially removed its tariff on US-manufactured engines?", "en", UK_AGENT],
    ["Does the UK still not charge a levy on American cars?", "en", UK_AGENT],
    ["Will the US now slash duties on UK-produced steel?", "en", US_AGENT],
    ["Has the UK already scrapped its tariff on US beef?", "en", UK_AGENT],
    ["Anh hiện vẫn áp thuế lên ô tô Mỹ không?", "vi", ["united-kingdom:agent", "united-states:origin"]],
    ["Mỹ cũng đã giảm thuế đối với ô tô Anh?", "vi", US_AGENT],
    ["英国は現在も米国車に関税を課していますか？", "ja", UK_AGENT],
  ] as const)("%s", (question, lang, expected) => {
    expect(read(question, lang)).toEqual(expected);
  });
});

describe("a name hyphened to a word of making is the goods' origin", () => {
  const read = reader("us-uk-2025", main);
  it.each([
    ["Are US-made engines exempt?", "en", ["united-states:origin"]],
    ["How many UK-built cars can enter the US at 10%?", "en", ["united-kingdom:origin", "united-states:-"]],
    ["Is British-grown beef allowed into the US?", "en", ["united-kingdom:origin", "united-states:location"]],
    ["Do UK-produced steel goods pay 25%?", "en", ["united-kingdom:origin"]],
    ["What happens to US-manufactured aircraft parts?", "en", ["united-states:origin"]],
    ["Are American-made cars cheaper in Britain?", "en", ["united-states:origin", "united-kingdom:location"]],
    ["How much US-grown ethanol can the UK take?", "en", ["united-states:origin", "united-kingdom:agent"]],
    ["Is UK-assembled machinery exempt?", "en", ["united-kingdom:origin"]],
    [
      "Are British-made aircraft engines taxed by the US?",
      "en",
      ["united-kingdom:origin", "united-states:agent"],
    ],
    ["Do US-sourced goods face UK tariffs?", "en", ["united-states:origin", "united-kingdom:-"]],
    // Names joined to each other name the meeting; a measure after the goods is not their origin.
    ["What did the Trump-Starmer deal say?", "en", ["donald-trump:-", "keir-starmer:-"]],
    ["Are US-made car tariffs lower?", "en", ["united-states:-"]],
  ] as const)("%s", (question, lang, expected) => {
    expect(read(question, lang)).toEqual(expected);
  });
});

describe("who buys acts; what it buys from comes from there", () => {
  const read = reader("us-japan-2025", trial);
  const US_BUYS = ["united-states:agent", "japan:origin"];
  const JP_BUYS = ["japan:agent", "united-states:origin"];
  it.each([
    ["Mỹ sẽ mua bao nhiêu gạo của Nhật Bản?", "vi", US_BUYS],
    ["Nhật Bản sẽ mua bao nhiêu gạo của Mỹ?", "vi", JP_BUYS],
    ["Nhật Bản mua bao nhiêu gạo từ Mỹ?", "vi", JP_BUYS],
    ["Mỹ mua gạo từ Nhật Bản bao nhiêu?", "vi", US_BUYS],
    ["Nhật Bản hiện vẫn mua gạo Mỹ không?", "vi", JP_BUYS],
    ["米国が日本からコメを買う量は？", "ja", US_BUYS],
    ["日本は米国からコメをどれだけ買いますか？", "ja", JP_BUYS],
    ["日本が米国産のコメを購入する量は？", "ja", JP_BUYS],
    ["米国は日本産のコメを購入しますか？", "ja", US_BUYS],
    ["How much rice will the US buy from Japan?", "en", US_BUYS],
    ["How much rice will Japan now buy from the US?", "en", JP_BUYS],
    // "thuế của Mỹ" is the U.S.'s tariff, not U.S. goods.
    ["Thuế của Mỹ đối với Nhật là bao nhiêu?", "vi", ["united-states:-", "japan:recipient"]],
  ] as const)("%s", (question, lang, expected) => {
    expect(read(question, lang)).toEqual(expected);
  });
});

const CASES: [store: typeof main, briefing: string, question: string, expected: string][] = [
  [main, "us-uk-2025", "What tariff does the UK now charge on US-made aircraft engines?", "refuse"],
  [main, "us-uk-2025", "Does the UK still impose a tariff on US-made aircraft engines?", "refuse"],
  [main, "us-uk-2025", "When did the UK officially remove its tariff on US-built aircraft parts?", "refuse"],
  [main, "us-uk-2025", "英国は米国製の航空機エンジンに今どんな関税を課していますか？", "refuse"],
  [main, "us-uk-2025", "Anh hiện áp thuế bao nhiêu lên động cơ máy bay Mỹ?", "refuse"],
  [
    main,
    "us-uk-2025",
    "When did the US remove its tariff on UK-made aircraft engines?",
    "aerospace-tariffs-removed-june-30",
  ],
  [trial, "us-japan-2025", "Mỹ sẽ mua bao nhiêu gạo của Nhật Bản?", "refuse"],
  [trial, "us-japan-2025", "Mỹ mua bao nhiêu gạo từ Nhật Bản?", "refuse"],
  [trial, "us-japan-2025", "米国が日本からコメを買う量はどれだけ増えますか？", "refuse"],
  [trial, "us-japan-2025", "By how much will the US now buy more Japanese rice?", "refuse"],
  [trial, "us-japan-2025", "Nhật Bản sẽ mua bao nhiêu gạo của Mỹ?", "rice-imports-up-75"],
  [trial, "us-japan-2025", "日本は米国からコメをどれだけ多く買いますか？", "rice-imports-up-75"],
  [trial, "us-japan-2025", "By how much will Japan increase imports of US-grown rice?", "rice-imports-up-75"],
];

describe("the right fact, or a refusal where the question swaps the roles", () => {
  it.each(CASES)("%#: %s %s → %s", (store, briefingId, question, expected) => {
    const a = answerQuestion(question, store, { briefingId, now: new Date("2026-01-01") });
    if (expected === "refuse") expect(a.answered ? a.factIds : []).toEqual([]);
    else expect(a.factIds).toContain(expected);
  });
});
