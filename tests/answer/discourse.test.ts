import { describe, expect, it } from "vitest";
import { pointsBack, readDiscourse, withoutNoTopic } from "../../src/answer/discourse.js";
import type { Lang } from "../../src/i18n/lang.js";

/**
 * A question wrapped in talk, read as the clauses that ask and the context around them
 * (discourse.yaml): [lang, question, asking, context or undefined, context came first].
 */
const CASES: [Lang, string, string, string | undefined, boolean?][] = [
  // A preface the asker knows or read, ended by "but".
  [
    "en",
    "I know the main talks were on the Monday, but when did Ishiba meet General Secretary To Lam?",
    "when did Ishiba meet General Secretary To Lam?",
    "I know the main talks were on the Monday, but",
    true,
  ],
  // A remark after the question.
  [
    "en",
    "so how many vietnamese phd students is japan actually taking on for chips? i read two articles and they seemed to put it differently lol",
    "so how many vietnamese phd students is japan actually taking on for chips?",
    "i read two articles and they seemed to put it differently lol",
    false,
  ],
  // A sentence of context, then the question; "U.S." and "Dec." end no sentence.
  [
    "en",
    "The Japan Times mentions deals had to be struck by July for higher U.S. rates. As of today (Dec. 2026), has that deadline passed?",
    "As of today (Dec. 2026), has that deadline passed?",
    "The Japan Times mentions deals had to be struck by July for higher U.S. rates.",
    true,
  ],
  // A dash before a clause that opens with a question frame.
  [
    "en",
    "it mentioned one particular British carmaker that would save hundreds of millions - which company was that?",
    "which company was that?",
    "it mentioned one particular British carmaker that would save hundreds of millions",
    true,
  ],
  // Not context: a dash between names or before examples, two questions, one question.
  [
    "en",
    "Any specifics on the energy projects - wind, solar, nuclear?",
    "Any specifics on the energy projects - wind, solar, nuclear?",
    undefined,
  ],
  [
    "en",
    "When did Ishiba land, and when did he meet Chinh? How long ago was that?",
    "When did Ishiba land, and when did he meet Chinh? How long ago was that?",
    undefined,
  ],
  [
    "en",
    "What did the U.S. say about Vietnam's 46% tariff?",
    "What did the U.S. say about Vietnam's 46% tariff?",
    undefined,
  ],
  [
    "en",
    "Tell me about the tariffs. What is the rate on Japan?",
    "Tell me about the tariffs. What is the rate on Japan?",
    undefined,
  ],
  // Japanese: a preface ending in けど or a verb's が; a subject's が is no preface.
  [
    "ja",
    "協定は5月に発表されたけど、発効したのはいつ？",
    "発効したのはいつ？",
    "協定は5月に発表されたけど、",
    true,
  ],
  [
    "ja",
    "記事を読みましたが、日本は何人受け入れますか？",
    "日本は何人受け入れますか？",
    "記事を読みましたが、",
    true,
  ],
  ["ja", "協定が、いつ発効した？", "協定が、いつ発効した？", undefined],
  // A request asks too.
  [
    "ja",
    "この件はどのメディアが報じていますか？２つとも教えてください。",
    "この件はどのメディアが報じていますか？２つとも教えてください。",
    undefined,
  ],
  // Vietnamese: "mình đọc … mà", a question word at the end, a dash between names.
  [
    "vi",
    "Mình đọc báo thấy Nhật nhận 250 nghiên cứu sinh mà, con số đó có đúng không?",
    "con số đó có đúng không?",
    "Mình đọc báo thấy Nhật nhận 250 nghiên cứu sinh mà,",
    true,
  ],
  [
    "vi",
    "Kết quả cuộc gặp Ishiba – Marcos ở Manila là gì?",
    "Kết quả cuộc gặp Ishiba – Marcos ở Manila là gì?",
    undefined,
  ],
];

/**
 * A statement, then after a comma a question that points back to it; and a preface saying the
 * sources disagree. [lang, question, asking, context or undefined].
 */
const COMMA_CASES: [Lang, string, string, string | undefined][] = [
  [
    "en",
    "ensus is one of the two big uk bioethanol makers, whos the other",
    "whos the other",
    "ensus is one of the two big uk bioethanol makers",
  ],
  [
    "en",
    "Jaguar Land Rover is one of the carmakers named, which is the other one?",
    "which is the other one?",
    "Jaguar Land Rover is one of the carmakers named",
  ],
  [
    "en",
    "sources seem to disagree, was the old us tariff on uk cars 27.5% or 25%?",
    "was the old us tariff on uk cars 27.5% or 25%?",
    "sources seem to disagree,",
  ],
  [
    "en",
    "the reports differ on this: was the steel tariff cut to zero or not?",
    "was the steel tariff cut to zero or not?",
    "the reports differ on this:",
  ],
  // A phrase before the comma, or a question that does not point back: asked whole.
  [
    "en",
    "besides ensus, who's the other big uk bioethanol producer",
    "besides ensus, who's the other big uk bioethanol producer",
    undefined,
  ],
  [
    "en",
    "In May 2025, what was the tariff on UK cars?",
    "In May 2025, what was the tariff on UK cars?",
    undefined,
  ],
  [
    "en",
    "As of today (Dec. 2026), has that deadline passed?",
    "As of today (Dec. 2026), has that deadline passed?",
    undefined,
  ],
  ["en", "the UK cars tariff was cut in May, when?", "the UK cars tariff was cut in May, when?", undefined],
  [
    "en",
    "According to WH officials quoted by AirlineGeeks, which US products will the UK now accept that it didnt before?",
    "According to WH officials quoted by AirlineGeeks, which US products will the UK now accept that it didnt before?",
    undefined,
  ],
  [
    "en",
    "The 90-day tariff pause: when was it announced, and has it run out by today?",
    "The 90-day tariff pause: when was it announced, and has it run out by today?",
    undefined,
  ],
  // A statement the question points back to ("it"): its context.
  [
    "en",
    "the tariff on UK cars was 27.5%, what is it now?",
    "what is it now?",
    "the tariff on UK cars was 27.5%",
  ],
];

describe("a statement before a comma, and a preface that the sources disagree", () => {
  it.each(COMMA_CASES)("%s: %s", (lang, question, asking, context) => {
    const d = readDiscourse(question, lang);
    expect(d.asking).toBe(asking);
    expect(d.context?.text).toBe(context);
  });
});

describe("the clauses of a question: what asks, and the context around it", () => {
  it.each(CASES)("%s: %s", (lang, question, asking, context, before) => {
    const d = readDiscourse(question, lang);
    expect(d.asking).toBe(asking);
    expect(d.context?.text).toBe(context);
    if (context !== undefined) expect(d.context?.before).toBe(before);
  });
});

describe("what a dash sets before the question: its topic, unless it recounts what was read", () => {
  it.each([
    ["brits at european airports - what changes under the deal?", "en", false],
    [
      "Japan's eventual US tariff vs the rate threatened back in April — what are the two numbers?",
      "en",
      false,
    ],
    [
      "I've seen the gap described in slightly different ways - what do the two outlets each say?",
      "en",
      true,
    ],
    ["I was reading the announcement from May about car tariffs - which company was that?", "en", true],
    ["The two reports give the PhD number differently. What does each one say?", "en", true],
  ] as [string, Lang, boolean][])("%s → aside: %s", (question, lang, aside) => {
    expect(readDiscourse(question, lang).context?.aside).toBe(aside);
  });
});

describe("words that ask for no topic are blanked, in place", () => {
  it.each([
    ["How did Ishiba characterise Vietnam in relation to a free and open Indo-Pacific?", "in relation to"],
    ["so how many phd students lol", "lol"],
    ["協定が実際に発効したのはいつですか", "実際に"],
    ["今日から見て、協定の発表は何年前？", "今日から見て"],
    ["roi Ha Noi xong ong Ishiba di dau tiep", "xong"],
  ])("%s: without %s", (text, word) => {
    const out = withoutNoTopic(text);
    expect(out.length).toBe(text.length);
    expect(out).not.toContain(word);
  });
  it("keeps a word that is a topic: “xong” at the end (sau khi đàm phán xong)", () => {
    expect(withoutNoTopic("my danh thue vn bao nhieu sau khi dam phan xong")).toContain("xong");
  });
});

describe("a question that points back to its context", () => {
  it.each([
    ["which company was that?", "en", true],
    ["has that deadline passed?", "en", true],
    ["when did Ishiba meet To Lam?", "en", false],
    ["その期限は過ぎましたか？", "ja", true],
    ["hạn chót đó đã qua chưa?", "vi", true],
  ] as [string, Lang, boolean][])("%s (%s) → %s", (text, lang, back) => {
    expect(pointsBack(text, lang)).toBe(back);
  });
});
