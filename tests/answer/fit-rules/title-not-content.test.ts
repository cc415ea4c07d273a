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
