import { describe, expect, it } from "vitest";
import { weekdayStated } from "../../../src/answer/fit/rules/weekday-stated.js";
import { judgeInContext, type RuleCase } from "./cases.js";
import { judgeInTrial } from "./trial-cases.js";

const judge = judgeInTrial("us-japan-2025");

/** A day of the week named is when it happened: the fact dated that day (July 25, 2025: a Friday). */
const CASES: RuleCase[] = [
  [
    "Japan's govt briefed on Friday about profit sharing — what's the split?",
    "profit-split-by-contribution",
    false,
  ],
  ["日本政府は金曜日に利益配分についてどう説明しましたか？", "profit-split-by-contribution", false],
  [
    "What did the Japanese government say on fri about the profit split?",
    "profit-split-by-contribution",
    false,
  ],
  // Another day: another event.
  [
    "What did the Japanese government say on Monday about profit sharing?",
    "profit-split-by-contribution",
    true,
  ],
  ["日本政府は月曜日に利益配分についてどう説明しましたか？", "profit-split-by-contribution", true],
  // A day as a bound ("after Monday", 月曜日以降): not when it happened.
  [
    "What did the Japanese government say after Monday about profit sharing?",
    "profit-split-by-contribution",
    false,
  ],
  ["日本政府は月曜日以降に利益配分についてどう説明しましたか？", "profit-split-by-contribution", false],
  // No day named: no say.
  ["What did the Japanese government say about profit sharing?", "profit-split-by-contribution", false],
];

describe("weekday-stated", () => {
  it.each(CASES)("%s / %s → rejects %s", (question, factId, rejects) => {
    expect(judge(weekdayStated, question, factId).length > 0).toBe(rejects);
  });
});

describe("weekday-stated: a day in the words around the question is not its time", () => {
  it.each([
    [
      "I know the main talks were on the Monday, but when did Ishiba meet General Secretary To Lam?",
      "ishiba-met-to-lam-april-27",
      false,
    ],
  ] as RuleCase[])("%s / %s → rejects %s", (message, factId, rejects) => {
    expect(judgeInContext(weekdayStated, message, factId).length > 0).toBe(rejects);
  });
});
