import { describe, expect, it } from "vitest";
import { firstNotRest } from "../../../src/answer/fit/rules/first-not-rest.js";
import { judgeIn, type RuleCase } from "./cases.js";

/**
 * On the U.S.–UK briefing: the Chamber's recommendations "also included" professional
 * qualifications, SPS rules and AI timelines (chamber-other-recommendations): the rest of a list
 * whose opening items another fact gives (us-chamber-wanted-more).
 */
const judge = judgeIn("us-uk-2025");

const CASES: RuleCase[] = [
  [
    "What was the US Chamber's first recommendation for the negotiators?",
    "chamber-other-recommendations",
    true,
  ],
  [
    "What's the first recommendation the US Chamber gave American negotiators?",
    "chamber-other-recommendations",
    true,
  ],
  // No first asked, or the first of another thing: the rest answers.
  ["What did the US Chamber recommend to negotiators?", "chamber-other-recommendations", false],
  ["Did the Chamber ask for rules on AI and cybersecurity?", "chamber-other-recommendations", false],
  ["What was the first trade deal after Liberation Day?", "chamber-other-recommendations", false],
  // A fact that is no list's rest.
  ["What was the US Chamber's first recommendation for the negotiators?", "us-chamber-wanted-more", false],
  // Japanese.
  ["米国商工会議所の最初の提言は何でしたか？", "chamber-other-recommendations", true],
  ["米国商工会議所は交渉担当者に何を提言しましたか？", "chamber-other-recommendations", false],
  // Vietnamese.
  ["Khuyến nghị đầu tiên của Phòng Thương mại Mỹ là gì?", "chamber-other-recommendations", true],
  ["Phòng Thương mại Mỹ khuyến nghị gì với các nhà đàm phán?", "chamber-other-recommendations", false],
];

describe(`fit rule ${firstNotRest.name}`, () => {
  it("has the stable name first-not-rest", () => expect(firstNotRest.name).toBe("first-not-rest"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(firstNotRest, question, factId);
    expect(reasons.length > 0).toBe(rejects);
  });
});
