import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { BriefingStore } from "../../src/briefing/types.js";

/**
 * Issue 11, time relative to today in questions of two parts: "when did X, and roughly how
 * long ago is that?" (computed.json `agoToo`), "by a certain month. Which month was that?"
 * (reading.yaml `residual`: the unit of time asked is the question's form), and an event named
 * by a month and year after the sources (time.yaml `eventMonth`: refused, not answered with an
 * earlier fact). Each with look-alikes that keep their old outcome.
 */
let store: BriefingStore;
let eval_: BriefingStore;
beforeAll(() => {
  store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
  eval_ = createBriefingStore("tests/eval/briefings");
});
const now = new Date("2026-12-07T12:00:00Z");

function outcome(q: string, briefingId: string, s: BriefingStore): string {
  const a = answerQuestion(q, s, { briefingId, now });
  if (a.answered) return "answer";
  return /cannot tell|after that|それ以降|sau đó/.test(a.text) ? "outOfPeriod" : "abstain";
}

describe("an event named by a month after the sources", () => {
  it.each([
    ["what did the september 2025 US-UK tech prosperity deal include?", "us-uk-2025", "outOfPeriod"],
    ["What did the deal of September 2025 include?", "us-uk-2025", "outOfPeriod"],
    ["thỏa thuận công nghệ Mỹ-Anh tháng 9/2025 gồm những gì?", "us-uk-2025", "outOfPeriod"],
    ["What did the December 2025 summit agree?", "japan-vietnam-2025", "outOfPeriod"],
    // A month within the sources keeps its answer; a deadline set for a month is no event.
    ["what did the June 2025 executive order cover?", "us-uk-2025", "answer"],
    ["What did the May 2025 US-UK deal include?", "us-uk-2025", "answer"],
  ])("%s", (q, b, want) => {
    expect(outcome(q, b, store)).toBe(want);
  });
  it("ja: refused", () => {
    expect(outcome("2025年9月の米英技術協定には何が含まれていましたか？", "us-uk-2025", store)).not.toBe(
      "answer",
    );
  });
});

describe("when …, and how long ago is that", () => {
  it.each([
    [
      "When did Trump sign the executive order implementing the Japan deal, and roughly how long ago is that from today?",
      /September 4, 2025.*before today/s,
    ],
    [
      "トランプ大統領が日本との合意を実施する大統領令に署名したのはいつで、今からどのくらい前ですか？",
      /2025年9月4日.*前/s,
    ],
    [
      "Trump ký sắc lệnh hành pháp thực thi thỏa thuận với Nhật Bản khi nào, và cách đây bao lâu?",
      /4\/9\/2025/,
    ],
  ])("%s", (q, want) => {
    const a = answerQuestion(q, eval_, { briefingId: "us-japan-2025", now });
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toMatch(want);
  });
  it("stays refused for what the briefing does not hold", () => {
    const q = "When did Japan win the World Cup, and roughly how long ago is that from today?";
    expect(outcome(q, "us-japan-2025", eval_)).toBe("abstain");
  });
});

describe("a certain month … which month was that", () => {
  it.each([
    [
      "The Japan Times mentioned that higher tariffs could kick in if deals weren't struck by a certain month. Which month was that, and has that deadline already passed as of today?",
      "answer",
    ],
    [
      "Some tariffs could kick in if deals weren't struck by a certain month. Which month was that?",
      "answer",
    ],
    ["Which month was the tariff deadline?", "answer"],
    ["関税の期限は何月で、もう過ぎましたか？", "answer"],
    ["Which month did Japan win the World Cup?", "abstain"],
  ])("%s", (q, want) => {
    expect(outcome(q, "japan-vietnam-2025", store)).toBe(want);
  });
  it("says the month", () => {
    const q =
      "The Japan Times mentioned that higher tariffs could kick in if deals weren't struck by a certain month. Which month was that?";
    expect(answerQuestion(q, store, { briefingId: "japan-vietnam-2025", now }).text).toMatch(/July/);
  });
});
