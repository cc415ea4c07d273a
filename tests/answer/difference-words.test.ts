import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { BriefingStore } from "../../src/briefing/types.js";

/**
 * "Do the two outlets contradict each other, or is it the same thing said two ways?": the words
 * that only ask how the sources differ (reading.yaml `differenceWords`) and the asker's own
 * narration ("I'm sure I saw…", "a quick sanity check for a memo I'm writing") are no topic a
 * fact must state; the figures and names the question gives are.
 */
let store: BriefingStore;
beforeAll(() => {
  store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
});
const ask = (q: string) => answerQuestion(q, store, { now: new Date("2026-12-06T09:00:00Z") });

describe("how the sources differ, asked around the asker's own words", () => {
  it.each([
    "Hi! quick sanity check for a memo I'm writing. One report says Japan will accept around 250 Vietnamese PhD students, but I'm sure I saw a 500 figure somewhere else too. Are the two outlets actually contradicting each other, or is it the same thing said two ways? Thanks a lot",
    "One report says 250 Vietnamese PhD students, the other says 500. Do the two outlets contradict each other?",
  ])("%s", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain("250");
    expect(a.text).toContain("500");
    expect(a.factIds).toEqual(
      expect.arrayContaining(["phd-students-250-dailywrap", "phd-half-of-500-japantimes"]),
    );
  });

  it.each([
    "I'm sure I saw a figure somewhere. Do the two outlets contradict each other on the submarine purchase?",
    "Do the two outlets contradict each other about the weather in Hanoi?",
  ])("a topic the briefing does not hold still abstains: %s", (q) => {
    expect(ask(q).answered).toBe(false);
  });
});
