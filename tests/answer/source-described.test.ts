import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * A source asked about by its headline (quoted or not, in part) or by a description of its
 * publisher (`sources[].kind`: "law firm"; `sources[].country`: "Indian paper") is that
 * source: the answer gives its publisher, date and agency from its record. A headline no
 * source has, or a fact question that only quotes a phrase, stays as before.
 */
const shipped = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const trial = createBriefingStore("tests/eval/briefings");
const NOW = new Date("2026-12-06T12:00:00Z");
const ask = (q: string, briefingId: string) =>
  answerQuestion(q, briefingId === "us-japan-2025" ? trial : shipped, { now: NOW, briefingId });

describe("a source named by its headline or its publisher's kind or country", () => {
  it.each([
    [
      "which law firm wrote the 'key takeaways' note and what date was it",
      "us-uk-2025",
      "hogan-lovells",
      ["Hogan Lovells", "July 9, 2025"],
    ],
    ["which law firm wrote the key takeaways note", "us-uk-2025", "hogan-lovells", ["Hogan Lovells"]],
    [
      "どの法律事務所が「key takeaways」を書きましたか？いつですか",
      "us-uk-2025",
      "hogan-lovells",
      ["Hogan Lovells", "2025年7月9日"],
    ],
    [
      "Công ty luật nào viết bài 'key takeaways' và đăng ngày nào?",
      "us-uk-2025",
      "hogan-lovells",
      ["Hogan Lovells", "9/7/2025"],
    ],
    [
      "which outlet ran the 'trump hails us-uk trade deal' story and which wire was it from?",
      "us-uk-2025",
      "lokmat-ani",
      ["Lokmat Times", "ANI"],
    ],
    [
      "Báo nào của Ấn Độ đưa tin Trump ca ngợi thỏa thuận Mỹ–Anh là 'công bằng, cởi mở'?",
      "us-uk-2025",
      "lokmat-ani",
      ["Lokmat Times"],
    ],
    [
      "Which Indian paper reported Trump calling the deal fair, open and reciprocal?",
      "us-uk-2025",
      "lokmat-ani",
      ["Lokmat Times"],
    ],
    [
      "which outlet ran the 'japan and us sign trade deal' story and when was it posted",
      "us-japan-2025",
      "semafor",
      ["Semafor", "July 23, 2025"],
    ],
    [
      "「japan and us sign trade deal」という記事はどのメディアがいつ掲載しましたか",
      "us-japan-2025",
      "semafor",
      ["Semafor", "2025年7月23日"],
    ],
    [
      "Bài 'japan and us sign trade deal' đăng trên báo nào, ngày nào?",
      "us-japan-2025",
      "semafor",
      ["Semafor", "23/7/2025"],
    ],
  ])("%s", (question, briefing, source, words) => {
    const a = ask(question, briefing);
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.sourceId)).toContain(source);
    for (const w of words) expect(a.text).toContain(w);
  });

  it.each([
    // A headline no source has.
    ["which outlet ran the 'deal with bananas' story?", "us-uk-2025"],
    ["which outlet ran the 'japan and us cancel trade deal' story", "us-japan-2025"],
    // The kind or country of a publisher, about a fact the briefing does not hold.
    ["which law firm wrote about bananas?", "us-uk-2025"],
    ["Which Indian paper reported the bioethanol closure warning?", "us-uk-2025"],
  ])("stays refused: %s", (question, briefing) => {
    expect(ask(question, briefing).answered).toBe(false);
  });

  it("a fact question that quotes a phrase is not read as naming a headline", () => {
    const a = ask("what did trump say about the 'great day for america'?", "us-uk-2025");
    expect(a.text).not.toMatch(/published “/);
  });
});
