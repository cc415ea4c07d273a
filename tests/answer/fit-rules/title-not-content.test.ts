import { describe, expect, it } from "vitest";
import { titleNotContent } from "../../../src/answer/fit/rules/title-not-content.js";
import { judgeIn, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  // What the article lists: the fact gives only its title.
  ["what are the key takeaways the hogan lovells article lists", "hogan-lovells-key-takeaways", true],
  ["Quote the full text of the Hogan Lovells key takeaways", "hogan-lovells-key-takeaways", true],
  // When or whether it was published, or what was published: the fact answers.
  ["When did Hogan Lovells publish its key takeaways?", "hogan-lovells-key-takeaways", false],
  ["What did Hogan Lovells publish about the deal?", "hogan-lovells-key-takeaways", false],
  // The key takeaways, in each language: the record of the piece is no summary of it.
  [
    "What are the key takeaways in the Hogan Lovells article about the deal taking effect?",
    "hogan-lovells-key-takeaways",
    true,
  ],
  ["ホーガン・ロヴェルズの記事の要点は何ですか？", "hogan-lovells-key-takeaways", true],
  ["Bài của Hogan Lovells có những điểm chính nào?", "hogan-lovells-key-takeaways", true],
  // A record without the title: the publisher with when it was published or who wrote it.
  [
    "What are the key takeaways in the US Chamber's assessment of the deal?",
    "chorlins-chamber-assessment",
    true,
  ],
  ["What does the S&P Global report conclude?", "spglobal-article-authors", true],
  // The record asked for: it answers.
  ["When was the Hogan Lovells piece published?", "hogan-lovells-key-takeaways", false],
  ["ホーガン・ロヴェルズの解説はいつ公表されましたか？", "hogan-lovells-key-takeaways", false],
  ["Hogan Lovells công bố bài những điểm chính khi nào?", "hogan-lovells-key-takeaways", false],
  ["Who wrote the Chamber's assessment?", "chorlins-chamber-assessment", false],
  // A fact reporting what the piece says is content, not its record.
  [
    "What does the Hogan Lovells article say about the general terms?",
    "hogan-lovells-high-level-commitments",
    false,
  ],
];

describe(`fit rule ${titleNotContent.name}`, () => {
  const judgeUk = judgeIn("us-uk-2025");
  it("has the stable name title-not-content", () => expect(titleNotContent.name).toBe("title-not-content"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judgeUk(titleNotContent, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^title-not-content\b/);
  });
});
