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
  ] as const)("%s", (q, lang, fields) => {
    expect(sourceQuestion(q, lang)?.fields).toEqual(fields);
  });

  it.each([
    ["Were the texts of the signed documents published?", "en"],
    ["When did Ishiba visit Hanoi?", "en"],
    ["Which ministry does Dailywrap cite as the source for the announcement?", "en"],
    ["石破首相はいつハノイを訪問しましたか？", "ja"],
    ["Bão nào đổ bộ vào Việt Nam?", "vi"],
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
  it("lists every source for the articles as a whole", () => {
    const a = ask("When were the two articles published?", "japan-vietnam-2025");
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.sourceId)).toEqual(expect.arrayContaining(["dailywrap", "japantimes"]));
    expect(a.text).toContain("April 28, 2025");
  });
});
