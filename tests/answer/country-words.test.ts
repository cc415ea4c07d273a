import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze.js";
import { checkFit } from "../../src/answer/fit.js";
import { indexFor } from "../../src/answer/index-build.js";
import { detectLang } from "../../src/answer/language.js";
import { personIds } from "../../src/answer/rank.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * "Which country…" (reading.yaml `asksCountry`): a fact holding a country the question does not
 * name states the kind asked for, so the word "country" (nước, 国) counts as covered; a fact
 * holding only the countries the question names does not.
 */
const briefing = createBriefingStore(DEFAULT_BRIEFINGS_DIR).get("us-uk-2025")!;
const index = indexFor(briefing);

function uncovered(question: string, factId: string): string[] {
  const q = analyzeQuestion(question, detectLang(question), index);
  return checkFit(q, briefing.byId.fact.get(factId)!, index, personIds(briefing)).uncovered;
}

describe("the words of which country", () => {
  it.each([
    [
      "Thỏa thuận thương mại lớn ngay trước đó của Anh là với nước nào?",
      "india-deal-same-week",
      "nuoc",
      false,
    ],
    ["Anh ký thỏa thuận với quốc gia nào trong cùng tuần?", "india-deal-same-week", "quoc", false],
    ["英国は同じ週にどの国と協定を結びましたか？", "india-deal-same-week", "国", false],
    // The fact holds only the countries named: the kind asked is not stated.
    ["Mỹ giữ thuế cơ bản 10% với hàng Anh và nước nào khác?", "baseline-10-percent-stays", "nuoc", true],
  ] as const)("%s / %s: %s uncovered → %s", (question, factId, word, left) => {
    expect(uncovered(question, factId).includes(word)).toBe(left);
  });
});
