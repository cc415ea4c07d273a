import { beforeAll, describe, expect, it } from "vitest";
import { sourceQuestion } from "../../../src/answer/computed/index.js";
import { datesIn } from "../../../src/answer/computed/today.js";
import { answerQuestion } from "../../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import type { BriefingStore } from "../../../src/briefing/types.js";

// What a source is based on (its `agency`, the bodies it `attributes` its account to), which
// outlet and when, on the shipped briefings, with a fixed "today".
const NOW = new Date("2026-12-06T09:00:00Z");
let store: BriefingStore;
beforeAll(() => {
  store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
});
const ask = (q: string, briefingId: string) => answerQuestion(q, store, { now: NOW, briefingId });
const JV = "japan-vietnam-2025";

describe("the frame: what a question asks of a source's basis", () => {
  it.each([
    ["dailywrap story - whose report is it based on? which agency", "en", "agency"],
    ["Which Japanese ministry did the Dailywrap piece attribute the announcement to?", "en", "attribution"],
    ["According to Dailywrap, whose statement is the account of the meeting based on?", "en", "attribution"],
    ["Which Japanese ministry reported the outcome of the meeting?", "en", "attribution"],
    ["デイリーラップの記事はどの省の発表に基づいていますか？", "ja", "attribution"],
    ["この記事の配信元の通信社は？", "ja", "agency"],
    ["bai cua dailywrap dan nguon tu co quan nao cua nhat", "vi", "attribution"],
    ["Bài của Dailywrap dựa trên tin của hãng thông tấn nào?", "vi", "agency"],
  ] as const)("%s", (q, lang, field) => {
    expect(sourceQuestion(q, lang)?.fields).toContain(field);
  });

  it.each([
    // What a fact is based on, not a source.
    ["What is the free and open Indo-Pacific based on?", "en"],
    ["Which ministry will host the 2+2 dialogue?", "en"],
    ["Bộ nào phụ trách đối thoại 2+2?", "vi"],
    ["どの省が2+2対話を担当しますか？", "ja"],
  ] as const)("not about a source: %s", (q, lang) => {
    expect(sourceQuestion(q, lang)).toBeUndefined();
  });

  it.each([
    ["publication date of the japan times piece?", "en", ["published"]],
    ["ハノイ会談の記事、どこの媒体?いつ掲載?", "ja", ["publisher", "published"]],
    ["Hogan Lovells đăng bài phân tích ngày nào?", "vi", ["published"]],
  ] as const)("which outlet, when: %s", (q, lang, fields) => {
    expect(sourceQuestion(q, lang)?.fields).toEqual(fields);
  });
});

describe("answers from the source's record, cited, in the question's language", () => {
  it.each([
    ["dailywrap story - whose report is it based on? which agency", "PAP (Polish Press Agency)"],
    [
      "Which Japanese ministry did the Dailywrap piece attribute the cooperation announcement to?",
      "Ministry of Foreign Affairs",
    ],
    ["According to Dailywrap, whose statement is the account of the meeting based on?", "Foreign Affairs"],
    ["Which Japanese ministry reported the outcome of the meeting?", "Ministry of Foreign Affairs"],
    ["デイリーラップの記事はどの省の発表に基づいていますか？", "日本外務省"],
    ["bai cua dailywrap dan nguon tu co quan nao cua nhat", "Bộ Ngoại giao Nhật Bản"],
  ])("%s", (q, says) => {
    const a = ask(q, JV);
    expect(a.answered).toBe(true);
    expect(a.text).toContain(says);
    expect(a.citations[0]?.sourceId).toBe("dailywrap");
    expect(a.citations[0]?.quote.length).toBeGreaterThan(0);
  });

  // A named source that records no agency: said so, never another fact.
  it.each([
    ["Whose report is the Taipei Times story based on?", "does not record"],
    ["台北タイムズの記事はどこの通信社の報道に基づいていますか？", "ブリーフィングにありません"],
  ])("a basis not recorded: %s", (q, says) => {
    const a = ask(q, JV);
    expect(a.answered).toBe(false);
    expect(a.factIds).toEqual([]);
    expect(a.text).toContain(says);
    expect(a.text).toContain("taipeitimes.com");
  });

  it.each([
    ["pub date of the japan times piece?", JV, ["The Japan Times", "April 28, 2025"], "japantimes"],
    [
      "what was the headline of the gov.uk press release on 30 june 2025",
      "us-uk-2025",
      ["kicks into gear"],
      "gov.uk/government/news",
    ],
  ] as const)("which outlet, when, headline: %s", (q, briefing, said, url) => {
    const a = ask(q, briefing);
    expect(a.answered).toBe(true);
    for (const words of said) expect(a.text).toContain(words);
    expect(a.citations[0]?.url).toContain(url);
  });

  // "この件", "2つとも": the sources as a whole, the two main reports first.
  it.each([
    ["この件を報じた記事はどこのメディア？2つとも教えてください"],
    ["この件はどのメディアが報じていますか？２つとも教えてください。"],
  ])("both reports: %s", (q) => {
    const a = ask(q, JV);
    expect(a.answered).toBe(true);
    expect(a.citations.slice(0, 2).map((c) => c.sourceId)).toEqual(["dailywrap", "japantimes"]);
  });

  // Where the sources differ, each source's version with its publisher.
  it("says which source says which", () => {
    const a = ask(
      "Is Xi's visit 2 wks or less than 2 wks before ishiba? the sources seem to differ, which says which",
      JV,
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Dailywrap");
    expect(a.text).toContain("The Japan Times");
  });
});

describe("days a question names, wherever they stand", () => {
  it.each([
    ["the gov.uk press release on 30 june 2025", "en", ["2025-06-30"]],
    ["the piece of June 30, 2025 and of May 8, 2025?", "en", ["2025-06-30", "2025-05-08"]],
    ["2025年6月30日の記事", "ja", ["2025-06-30"]],
    ["bài ngày 30/6/2025", "vi", ["2025-06-30"]],
    ["the 2025 press release", "en", []],
    ["on 31 february 2025", "en", []],
  ] as const)("%s", (text, lang, days) => {
    expect(datesIn(text, lang)).toEqual(days);
  });
});
