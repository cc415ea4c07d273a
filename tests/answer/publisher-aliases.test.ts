import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * A publisher named as people write it in their language (a source's `aliases`), or in Latin
 * letters run into Japanese ("Dailywrapで"), is that source: the question asks about it.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const NOW = new Date("2026-12-06T12:00:00Z");
const cited = (q: string, briefingId = "japan-vietnam-2025") => {
  const a = answerQuestion(q, store, { now: NOW, briefingId });
  return a.answered ? [...new Set(a.citations.map((c) => c.sourceId))].sort() : [];
};

describe("publishers named in other scripts", () => {
  it("a Japanese alias and a Latin name inside Japanese text", () => {
    expect(cited("ジャパンタイムズとDailywrapで、習氏の訪問時期の書き方ってどう違うの？")).toEqual([
      "dailywrap",
      "japantimes",
    ]);
  });

  it("an alias is not read as a topic word", () => {
    expect(cited("ジャパンタイムズによると、米国はベトナムに何%の関税を課すとしていましたか？")).toContain(
      "japantimes",
    );
  });
});

/**
 * Newsroom names of a briefing's publishers: "No 10" is Downing Street (lang/en/chat.yaml), the
 * prime minister's office, a source's alias; "DBT" the department's own, a source's alias too.
 */
describe("publishers named by their newsroom names", () => {
  it.each([
    ["steel: per No10 the PM negotiated the US tariff down from what to what?", "govuk-press-may"],
    ["According to Downing Street, what happened to the 25% steel tariff?", "govuk-press-may"],
    ["What does DBT say UK aerospace tariffs were cut to on June 30?", "govuk-press-june"],
  ])("%s", (question, source) => expect(cited(question, "us-uk-2025")).toContain(source));
});
