import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * Chat tags and asides around a question ("… or nah", "…, right?", "need the dates for the
 * timeline", "for my slide", 「スライド用に」, "để làm slide") ask for no topic
 * (discourse.yaml `fillers`): the question is answered as if they were not there, and a question
 * the briefing does not answer stays refused with them.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const NOW = new Date("2026-12-06T12:00:00Z");
const ask = (q: string) => answerQuestion(q, store, { now: NOW, briefingId: "japan-vietnam-2025" });

describe("chat tags and purpose asides", () => {
  it.each([
    ["did they actually get agreement on OSA or nah", /no consensus/],
    ["did they agree on OSA or not?", /no consensus/],
    ["When exactly was Xi in Vietnam before Ishiba showed up? need the dates for the timeline", /14–15/],
    ["when did Xi visit Vietnam? for my slide pls", /14–15/],
    ["OSAについて合意できた？スライド用に", /合意に至らなかった/],
    ["習近平はいつベトナムを訪問した？スライド用に", /14〜15日/],
    ["Ông Tập Cận Bình thăm Việt Nam khi nào? để làm slide", /14–15/],
  ])("%s: answered", (q, expected) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(expected);
  });

  it.each([
    "did they agree on a nuclear deal or nah",
    "when did Xi visit Japan? need the dates for my slide",
    "習近平はいつ日本を訪問した？スライド用に",
    "Ông Tập Cận Bình thăm Nhật Bản khi nào? để làm slide",
  ])("%s: stays refused", (q) => {
    expect(ask(q).answered).toBe(false);
  });
});
