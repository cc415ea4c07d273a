import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * Questions about the sources themselves (issue 11): a piece's age from today, named by its
 * publisher, its headline (quoted or not), its topic or its language (frames.yaml `sourceAge`,
 * computed/source-age.ts); which site ran a headline; which news agency a piece carries; which
 * body a piece attributes its account to. Look-alikes: a piece the briefing does not hold, a
 * person's age, an event's "how long ago", "according to which agreement".
 */
const shipped = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const trial = createBriefingStore("tests/eval/briefings");
const NOW = new Date("2026-12-07T12:00:00Z");
const BRIEFINGS = {
  jv: [shipped, "japan-vietnam-2025"],
  uk: [shipped, "us-uk-2025"],
  jp: [trial, "us-japan-2025"],
} as const;
type On = keyof typeof BRIEFINGS;
const ask = (q: string, on: On) => {
  const [store, briefingId] = BRIEFINGS[on];
  return answerQuestion(q, store, { now: NOW, briefingId });
};

describe("a piece's age from today", () => {
  it.each<[string, On, string, string[]]>([
    [
      "Is the Japan Times article more than a year old now?",
      "jv",
      "japantimes",
      ["Yes.", "April 28, 2025", "1 year and 7 months"],
    ],
    ["Is the Japan Times article less than a week old?", "jv", "japantimes", ["No.", "April 28, 2025"]],
    ["Is the Semafor article more than 2 years old?", "jv", "semafor-japan-deal", ["No.", "July 23, 2025"]],
    [
      "The Reuters piece on profit sharing — when was it published and how long ago was that?",
      "jp",
      "reuters",
      ["July 25, 2025", "1 year and 4 months"],
    ],
    ["How long ago was the Vietnamese article published?", "jp", "vietnamplus", ["September 5, 2025"]],
    [
      "How long ago did Semafor publish its piece?",
      "jv",
      "semafor-japan-deal",
      ["July 23, 2025", "before today"],
    ],
    [
      "ジャパンタイムズの記事はいつ掲載されましたか？今日から見てどのくらい前になりますか？",
      "jv",
      "japantimes",
      ["2025年4月28日", "約1年7か月前"],
    ],
    [
      "セマフォーの「Japan and US sign trade deal」って今日から見てどのくらい前の記事？",
      "jp",
      "semafor",
      ["2025年7月23日"],
    ],
    ["ジャパンタイムズの記事は1年以上前のもの？", "jv", "japantimes", ["はい。", "2025年4月28日"]],
    ["日本語の記事は今日から見てどのくらい前？", "jp", "mainichi", ["2025年7月23日"]],
    ["Bài của Japan Times đã hơn một năm chưa?", "jv", "japantimes", ["Có.", "28/4/2025"]],
    ["Bai cua Japan Times da hon mot nam chua?", "jv", "japantimes", ["Có.", "28/4/2025"]],
    [
      "Bài Reuters về chia lợi nhuận đăng cách đây bao lâu?",
      "jp",
      "reuters",
      ["25/7/2025", "1 năm và 4 tháng"],
    ],
  ])("%s", (q, on, source, words) => {
    const a = ask(q, on);
    expect(a.answered, a.text).toBe(true);
    expect(a.citations.map((c) => c.sourceId)).toEqual([source]);
    for (const w of words) expect(a.text).toContain(w);
  });

  it("a piece named by its topic: the sources of the fact on it", () => {
    const a = ask("How long ago was the article about the summit published?", "jv");
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain("April 28, 2025");
    expect(a.text).toContain("before today");
  });

  it.each<[string, On]>([
    ["Is the New York Times article more than a year old?", "jv"],
    ["How long ago was the Nikkei article about the summit published?", "jv"],
    ["How long ago was the Korean article published?", "jp"],
    ["日経の記事は今日から見てどのくらい前？", "jv"],
  ])("refuses %s", (q, on) => {
    expect(ask(q, on).answered).toBe(false);
  });

  it.each<[string, On]>([
    ["How old is Ishiba?", "jv"],
    ["石破さんは何歳？", "jv"],
    ["How long ago was the summit?", "jv"],
  ])("is no piece's age: %s", (q, on) => {
    const a = ask(q, on);
    expect(a.text).not.toContain("published");
    expect(a.text).not.toContain("掲載されました");
  });
});

describe("which site ran a piece, whose report it is, which body it cites", () => {
  it.each<[string, On, string, string[]]>([
    [
      "which site ran the 'Rolls-Royce gets exemption from tariffs' story?",
      "uk",
      "airlinegeeks",
      ["AirlineGeeks"],
    ],
    ["Which site carried the 'Japan and US sign trade deal' story?", "jp", "semafor", ["Semafor"]],
    ["Trang nào đăng bài 'Rolls-Royce gets exemption from tariffs'?", "uk", "airlinegeeks", ["AirlineGeeks"]],
    [
      "どのサイトが「Rolls-Royce gets exemption from tariffs」を掲載した？",
      "uk",
      "airlinegeeks",
      ["AirlineGeeks"],
    ],
    [
      "Bài báo về sắc lệnh giảm thuế ô tô với Nhật trên VietnamPlus là của cơ quan thông tấn nào?",
      "jp",
      "vietnamplus",
      ["TTXVN"],
    ],
    ["Which news agency does VietnamPlus belong to?", "jp", "vietnamplus", ["Vietnam News Agency"]],
    ["VietnamPlusの記事はどの通信社のもの？", "jp", "vietnamplus", ["TTXVN"]],
    [
      "Dailywrap says the cooperation plans were announced according to which Japanese body?",
      "jv",
      "dailywrap",
      ["Foreign Affairs"],
    ],
    [
      "According to which ministry did the Japan Times say the plans were announced?",
      "jv",
      "japantimes",
      ["Foreign Affairs"],
    ],
    ["Dailywrapの記事によると、協力計画はどの機関が発表したの？", "jv", "dailywrap", ["外務省"]],
  ])("%s", (q, on, source, words) => {
    const a = ask(q, on);
    expect(a.answered, a.text).toBe(true);
    expect(a.citations.map((c) => c.sourceId)).toContain(source);
    for (const w of words) expect(a.text).toContain(w);
  });

  it.each<[string, On]>([
    ["Which site ran the 'Trump cancels tariffs on Canada' story?", "uk"],
    ["According to which agreement will Japan invest 550 billion dollars?", "jp"],
  ])("refuses %s", (q, on) => {
    expect(ask(q, on).answered).toBe(false);
  });
});
