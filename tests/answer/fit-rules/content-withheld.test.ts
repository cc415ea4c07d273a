import { describe, expect, it } from "vitest";
import { contentWithheld } from "../../../src/answer/fit/rules/content-withheld.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  // The text asked for; the fact says the texts were not published.
  [
    "Can you give me the full text of the semiconductor R&D document they signed",
    "four-cooperation-documents",
    true,
  ],
  [
    "can u quote the full text of the semiconductor R&D document they signed",
    "four-cooperation-documents",
    true,
  ],
  [
    "What exactly does the semiconductor R&D document commit each side to?",
    "four-cooperation-documents",
    true,
  ],
  ["半導体の研究開発に関する文書の本文を見せてください", "four-cooperation-documents", true],
  ["Cho tôi xem toàn văn văn kiện về bán dẫn", "four-cooperation-documents", true],
  // Whether they were published: the fact answers.
  ["Were the texts of the agreements published?", "four-cooperation-documents", false],
  // Whether one can read them: asking for access, answered by "not published".
  ["Can I read the texts of the agreements they signed?", "four-cooperation-documents", false],
  ["協力文書の本文は公表されましたか？", "four-cooperation-documents", false],
  ["Nội dung các văn kiện có được công bố không?", "four-cooperation-documents", false],
  // Not the content; or a fact that does not say it was withheld.
  ["How many documents did Japan and Vietnam sign?", "four-cooperation-documents", false],
  ["What exactly does the 2+2 dialogue do?", "defence-dialogue-2plus2-dailywrap", false],
];

describe(`fit rule ${contentWithheld.name}`, () => {
  it("has the stable name content-withheld", () => expect(contentWithheld.name).toBe("content-withheld"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(contentWithheld, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^content-withheld\b/);
  });
});
