import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * "Did X end up closing?", "rốt cuộc …": how something turned out, which a briefing that only
 * reports the warning or the plan cannot say (time.yaml `outcome`). Asked of the warning
 * itself, the same fact answers.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const NOW = new Date("2026-12-06T12:00:00Z");
const ask = (q: string) => answerQuestion(q, store, { now: NOW, briefingId: "us-uk-2025" });

describe("how it turned out, beyond what the sources report", () => {
  it.each([
    "did ensus end up closing the wilton plant?",
    "Did Ensus wind up shutting Wilton?",
    "did ensus end up actually closing wilton?",
    "Did Ensus end up really shutting its Wilton plant?",
    "did the Wilton plant end up eventually closing?",
    "rốt cuộc Ensus có đóng cửa nhà máy Wilton không?",
  ])("refuses: %s", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
  });

  it.each(["Did Ensus warn it could close the Wilton plant?", "What did Ensus warn about its Wilton plant?"])(
    "answers the warning: %s",
    (q) => {
      const a = ask(q);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/Wilton/);
    },
  );
});
