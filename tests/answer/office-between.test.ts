import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * An office held by one country toward another (world.yaml `between`: ambassador): its holder
 * carries `actsFor` and `postedTo`, and answers only the direction it is held in. The UK's
 * ambassador to the U.S. is not the U.S. ambassador to the UK, in any language.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);

const CASES: [question: string, expected: string][] = [
  ["Who was Britain's ambassador in Washington?", "mandelson-ambassador-role"],
  ["Who is the UK's ambassador to the United States?", "mandelson-ambassador-role"],
  ["英国の駐米大使は誰ですか？", "mandelson-ambassador-role"],
  ["Đại sứ của Anh tại Mỹ là ai?", "mandelson-ambassador-role"],
  ["Who was the American ambassador in London?", "refuse"],
  ["Who is America's ambassador to Britain?", "refuse"],
  ["Who is the US ambassador?", "refuse"],
  ["米国の駐英大使は誰ですか？", "refuse"],
  ["駐英米国大使は誰？", "refuse"],
  ["đại sứ Mỹ tại Anh là ai?", "refuse"],
  ["Đại sứ Mỹ ở London là ai?", "refuse"],
];

describe("offices between two countries (us-uk-2025)", () => {
  it.each(CASES)("%s → %s", (question, expected) => {
    const a = answerQuestion(question, store, { briefingId: "us-uk-2025", now: new Date("2026-01-01") });
    if (expected === "refuse") expect(a.answered ? a.factIds : []).toEqual([]);
    else expect(a.factIds).toContain(expected);
  });
});
