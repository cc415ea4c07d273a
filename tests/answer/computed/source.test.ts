import { beforeAll, describe, expect, it } from "vitest";
import { sourceQuestion } from "../../../src/answer/computed/index.js";
import { answerQuestion } from "../../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import type { BriefingStore } from "../../../src/briefing/types.js";

// Questions about the sources themselves, on the shipped briefings, with a fixed "today".
const NOW = new Date("2026-12-06T09:00:00Z");
let store: BriefingStore;
beforeAll(() => {
  store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
});
const ask = (q: string, briefingId: string) => answerQuestion(q, store, { now: NOW, briefingId });

describe("a question about a source: the frame and what it asks of the source", () => {
  it.each([
    ["Who published the report on the beef quota?", "en", ["publisher"]],
    ["When was the Hogan Lovells analysis published?", "en", ["published"]],
    ["What is the source for the 20% tariff on Vietnam?", "en", ["publisher", "published"]],
    ["What's the headline of the AirlineGeeks story?", "en", ["title"]],
    ["Give me the link to the source", "en", ["url"]],
    ["出典は？", "ja", ["publisher"]],
    ["この記事はいつ公開されましたか", "ja", ["published"]],
    ["Tin này đăng ngày nào?", "vi", ["published"]],
    ["Báo nào đưa tin này?", "vi", ["publisher"]],
    ["Which news outlets are these facts from?", "en", ["publisher"]],
    ["Which newspapers ran it?", "en", ["publisher"]],
    ["What's the Japan Times headline for this story?", "en", ["title"]],
    // The sources as a whole, however many.
    ["What are your sources?", "en", ["publisher", "published"]],
    ["When were these two articles published?", "en", ["published"]],
    // The publisher named in place of "the article", the body some words further on.
    [
      "Dailywrap attributes its account of the summit outcomes to which Japanese government body?",
      "en",
      ["attribution"],
    ],
  ] as const)("%s", (q, lang, fields) => {
    expect(sourceQuestion(q, lang)?.fields).toEqual(fields);
  });

  it.each([
    ["Were the texts of the signed documents published?", "en"],
    ["When did Ishiba visit Hanoi?", "en"],
    ["Which ministry does Dailywrap cite as the source for the announcement?", "en"],
    ["石破首相はいつハノイを訪問しましたか？", "ja"],
    ["Bão nào đổ bộ vào Việt Nam?", "vi"],
    ["What are the sources of Vietnam's exports to the US?", "en"],
    // "Headline numbers" are the main figures, not a source's headline.
    ["Can you tell me the headline numbers for the PhD program?", "en"],
  ] as const)("not about a source: %s", (q, lang) => {
    expect(sourceQuestion(q, lang)).toBeUndefined();
  });
});

describe("answers from the source's record, cited, in the question's language", () => {
  it.each([
    [
      "When was the Hogan Lovells analysis published?",
      "us-uk-2025",
      ["Hogan Lovells", "July 9, 2025"],
      "hoganlovells",
    ],
    [
      "Who published the piece on Rolls-Royce's tariff exemption?",
      "us-uk-2025",
      ["AirlineGeeks"],
      "airlinegeeks",
    ],
    [
      "Who published the article about a bioethanol producer warning it could close, and when?",
      "us-uk-2025",
      ["S&P Global", "June 16, 2025"],
      "spglobal",
    ],
    ["Hogan Lovellsの記事はいつ公開されましたか？", "us-uk-2025", ["2025年7月9日"], "hoganlovells"],
    ["Bài của Lokmat Times đăng ngày nào?", "us-uk-2025", ["8/5/2025", "ANI"], "lokmattimes"],
    ["What is the headline of the Dailywrap article?", "japan-vietnam-2025", ["boost ties"], "dailywrap"],
  ] as const)("%s", (q, briefing, said, url) => {
    const a = ask(q, briefing);
    expect(a.answered).toBe(true);
    for (const words of said) expect(a.text).toContain(words);
    expect(a.citations[0]?.url).toContain(url);
  });

  it.each([
    // No fact on the topic, no source named: as for any question, the bot does not know.
    ["Who published the report on Japan's moon landing?", "japan-vietnam-2025"],
    ["When was the Reuters article published?", "us-uk-2025"],
  ])("abstains: %s", (q, briefing) => {
    expect(ask(q, briefing).answered).toBe(false);
  });

  // The sources as a whole, no topic: every source with its date, the two articles among them.
  it.each([
    "When were the two articles published?",
    "When were these two articles published?",
    "What are your sources?",
  ])("lists every source for the articles as a whole: %s", (q) => {
    const a = ask(q, "japan-vietnam-2025");
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.sourceId)).toEqual(expect.arrayContaining(["dailywrap", "japantimes"]));
    expect(a.text).toContain("April 28, 2025");
  });

  // The briefing marks its main reports (`main`): they lead, the others follow after a lead-in.
  it.each([
    [
      "Which news outlets are these facts from?",
      "April 28, 2025: Dailywrap (PAP) [1], The Japan Times [2].",
      "Also cited:",
    ],
    [
      "Which news outlets are your sources for this summit?",
      "April 28, 2025: Dailywrap (PAP) [1], The Japan Times [2].",
      "Also cited:",
    ],
    [
      "bai bao nay dang tren bao nao, ngay nao vay",
      "Ngày 28/4/2025: Dailywrap (PAP) [1], The Japan Times [2].",
      "Các nguồn khác:",
    ],
    [
      "bài báo này đăng trên báo nào?",
      "Ngày 28/4/2025: Dailywrap (PAP) [1], The Japan Times [2].",
      "Các nguồn khác:",
    ],
  ])("the main reports first: %s", (q, first, others) => {
    const a = ask(q, "japan-vietnam-2025");
    expect(a.answered).toBe(true);
    expect(a.text.startsWith(first)).toBe(true);
    expect(a.text.indexOf(others)).toBeGreaterThan(first.length - 1);
    expect(a.citations.slice(0, 2).map((c) => c.sourceId)).toEqual(["dailywrap", "japantimes"]);
  });

  it("lists every source alike where none is marked main", () => {
    const a = ask("When were these articles published?", "us-uk-2025");
    expect(a.answered).toBe(true);
    expect(a.text).not.toContain("Also cited");
    expect(a.text.startsWith("May 8, 2025:")).toBe(true);
  });

  // A headline the briefing does not hold: said so, with what it holds, and no fact instead.
  it.each([
    ["What's the Japan Times headline for this story?", "does not hold the headline of The Japan Times"],
    ["ジャパンタイムズの記事の見出しは？", "見出しはブリーフィングにありません"],
    ["Tiêu đề bài của Japan Times là gì?", "không có tiêu đề bài của The Japan Times"],
  ])("a headline not held: %s", (q, says) => {
    const a = ask(q, "japan-vietnam-2025");
    expect(a.answered).toBe(false);
    expect(a.factIds).toEqual([]);
    expect(a.text).toContain(says);
    expect(a.text).toContain("japantimes.co.jp");
  });
});
