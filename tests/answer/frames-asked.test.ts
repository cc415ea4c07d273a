import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { askedKindHeld } from "../../src/answer/fit/rules/asked-kind-held.js";
import { answerQuestion } from "../../src/answer/index.js";
import { detectWants, numberKind } from "../../src/answer/question-intent.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Lang } from "../../src/i18n/lang.js";
import { judgeStatement } from "./fit-rules/cases.js";

/**
 * What a question asks for (frames.yaml) and the rule that the fact holds that kind of thing:
 * an age is asked by "how old", 何歳, bao nhiêu tuổi and answered only by a fact that states one;
 * an amount asked with a word between ("what funding amount", 予算額, số tiền) is a figure of
 * money; where a source's report comes from is asked of the source record; a definition ("what
 * does X stand for", "what even is X") is the fact that describes X; "in the end" of a talk the
 * sources report is their outcome, not a time after them.
 */
const main = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const trial = createBriefingStore(fileURLToPath(new URL("../eval/briefings", import.meta.url)));

describe("the age frame", () => {
  it.each([
    ["What age is Pham Minh Chinh?", "en"],
    ["how old was To Lam when he phoned Trump?", "en"],
    ["At what age did Ishiba become prime minister?", "en"],
    ["What's Starmer's age?", "en"],
    ["ファム・ミン・チン首相の年齢は？", "ja"],
    ["トー・ラム書記長って何歳なの", "ja"],
    ["Thủ tướng Phạm Minh Chính năm nay mấy tuổi?", "vi"],
    ["to lam bao nhieu tuoi", "vi"],
    ["Tuổi của ông Tô Lâm là bao nhiêu?", "vi"],
  ] as const)("%s asks an age, and nothing besides", (question, lang: Lang) => {
    expect(detectWants(question, lang)).toEqual(["age"]);
  });
  // Look-alikes: an ageing thing, the fiscal year's spending (歳出), fresh goods (tươi).
  it.each([
    ["How much will Japan spend on ageing power plants?", "en"],
    ["How long ago did the Stone Age end?", "en"],
    ["日本の歳出はいくらですか", "ja"],
    ["Việt Nam xuất khẩu bao nhiêu rau tươi?", "vi"],
  ] as const)("%s asks no age", (question, lang: Lang) => {
    expect(detectWants(question, lang)).not.toContain("age");
  });
  it("a fact that states an age answers it, in any of its languages", () => {
    const age = (statement: Partial<Record<Lang, string>>) =>
      judgeStatement(askedKindHeld, "How old is Ishiba?", "ishiba-arrived-hanoi-april-27", statement);
    expect(age({})).not.toEqual([]);
    expect(age({ en: "The 68-year-old Ishiba arrived in Hanoi on April 27, 2025." })).toEqual([]);
    expect(age({ en: "Ishiba, aged 68, arrived in Hanoi on April 27, 2025." })).toEqual([]);
    expect(age({ ja: "68歳の石破首相は2025年4月27日にハノイに到着した。" })).toEqual([]);
    expect(age({ vi: "Ông Ishiba, 68 tuổi, đến Hà Nội ngày 27/4/2025." })).toEqual([]);
    // A figure of years that is no age: the partnership's 50 years.
    expect(age({ en: "Ishiba arrived in Hanoi, 50 years after ties were established." })).not.toEqual([]);
  });
});

describe("an amount asked with a word between", () => {
  it.each([
    ["What investment amount did Japan pledge for clean energy?", "en", "money"],
    ["what dollar sum is behind the decarbonisation pledge", "en", "money"],
    ["What aid figure did Japan put on the table?", "en", "money"],
    ["クリーンエネルギー協力の拠出額は？", "ja", "money"],
    ["脱炭素の支援の総額を教えて", "ja", "money"],
    ["Nhật cam kết số tiền là bao nhiêu cho năng lượng sạch?", "vi", "money"],
    ["kinh phí cho hợp tác năng lượng sạch là bao nhiêu", "vi", "money"],
  ] as const)("%s asks a figure of %s", (question, lang: Lang, kind) => {
    expect(detectWants(question, lang)).toContain("number");
    expect(numberKind(question, lang)).toBe(kind);
  });
  // Not an amount: a public figure (a person), the strategic value of ties.
  it.each([
    ["Which public figure did Ishiba meet in Manila?", "en"],
    ["What is the strategic value of Vietnam to Japan?", "en"],
  ] as const)("%s asks no figure", (question, lang: Lang) => {
    expect(detectWants(question, lang)).not.toContain("number");
  });
});

const CASES: [briefing: string, question: string, expected: string][] = [
  // 1. An age the facts do not state is refused, in every language and briefing.
  ["japan-vietnam-2025", "What age is Pham Minh Chinh?", "refuse"],
  ["japan-vietnam-2025", "how old was To Lam when he phoned Trump?", "refuse"],
  ["japan-vietnam-2025", "ファム・ミン・チン首相の年齢は？", "refuse"],
  ["japan-vietnam-2025", "トー・ラム書記長って何歳なの", "refuse"],
  ["japan-vietnam-2025", "Thủ tướng Phạm Minh Chính năm nay mấy tuổi?", "refuse"],
  ["japan-vietnam-2025", "to lam bao nhieu tuoi", "refuse"],
  ["us-uk-2025", "What's Starmer's age?", "refuse"],
  ["us-japan-2025", "How old is Akazawa?", "refuse"],
  // 2. A figure of money a fact does not hold is refused; one it holds is answered.
  ["japan-vietnam-2025", "What budget amount comes with the energy transition document?", "refuse"],
  ["japan-vietnam-2025", "エネルギー転換の文書の予算額はいくら？", "refuse"],
  ["japan-vietnam-2025", "Văn kiện về nghiên cứu bán dẫn cam kết số tiền bao nhiêu?", "refuse"],
  [
    "japan-vietnam-2025",
    "What investment amount did Japan pledge for clean energy?",
    "decarbonization-clean-energy-20-billion",
  ],
  ["japan-vietnam-2025", "クリーンエネルギー協力の拠出額は？", "decarbonization-clean-energy-20-billion"],
  // 4. A definition is the fact that describes the thing.
  ["japan-vietnam-2025", "What does OSA stand for?", "osa-definition"],
  ["japan-vietnam-2025", "ok but what the heck even is OSA anyway", "osa-definition"],
  ["japan-vietnam-2025", "OSAってそもそも何なの？", "osa-definition"],
  ["japan-vietnam-2025", "OSA rốt cuộc là gì vậy?", "osa-definition"],
  // 5. "In the end" of talks the sources report: their outcome.
  ["japan-vietnam-2025", "Did they end up agreeing on OSA?", "osa-no-consensus"],
  ["japan-vietnam-2025", "So in the end, did they reach an agreement on OSA or not?", "osa-no-consensus"],
  ["japan-vietnam-2025", "結局OSAはまとまったんですか", "osa-no-consensus"],
  ["japan-vietnam-2025", "Rốt cuộc hai bên có thống nhất được về OSA không?", "osa-no-consensus"],
];

describe("the right fact, or a refusal", () => {
  it.each(CASES)("%s: %s → %s", (briefingId, question, expected) => {
    const store = briefingId === "us-japan-2025" ? trial : main;
    const a = answerQuestion(question, store, { briefingId, now: new Date("2026-01-01") });
    if (expected === "refuse") expect(a.answered ? a.factIds : []).toEqual([]);
    else expect(a.factIds).toContain(expected);
  });
});

describe("where a source's report originally comes from", () => {
  it.each([
    ["Is the Dailywrap article originally from somewhere else? sounds like it was translated", "money.pl"],
    ["the dailywrap story, where does it originally come from", "money.pl"],
    ["デイリーラップの記事ってもともとどこの記事？翻訳っぽいけど", "money.pl"],
    ["Bài của Dailywrap nguyên bản từ đâu, hình như là bản dịch?", "money.pl"],
  ])("%s → the source's origin", (question, expected) => {
    const a = answerQuestion(question, main, {
      briefingId: "japan-vietnam-2025",
      now: new Date("2026-01-01"),
    });
    expect(a.answered).toBe(true);
    expect(a.text).toContain(expected);
  });
  // A source the record holds no origin of, a photo's credit: refused, never a random fact.
  it.each([
    "Where is the Japan Times piece originally from? is it a translation?",
    "Who took the photo in the Dailywrap article?",
    "ảnh trong bài Dailywrap do ai chụp?",
    "記事の写真は誰が撮ったの？",
  ])("%s → no fact", (question) => {
    const a = answerQuestion(question, main, {
      briefingId: "japan-vietnam-2025",
      now: new Date("2026-01-01"),
    });
    expect(a.factIds).toEqual([]);
  });
});
