import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import type { BriefingStore } from "../../../src/briefing/types.js";

/**
 * A comparison that also asks for "the two rates", "each one's figure", 「それぞれ」, "mỗi
 * nước": those words point back at the sides (computed.json `compare.ignore`), so the
 * comparison, which gives both figures, answers the whole question.
 */
let store: BriefingStore;
beforeAll(() => {
  store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
});
const NOW = new Date("2026-12-07T09:00:00Z");
const ask = (q: string) => answerQuestion(q, store, { now: NOW, briefingId: "japan-vietnam-2025" });

describe("a comparison asked with words for both sides", () => {
  it.each([
    "Which country faced the higher US tariff, Japan or Vietnam, and what were the two rates?",
    "Which country faced the higher US tariff, Japan or Vietnam, and what were the two figures?",
    "Japan or Vietnam: who faces the higher tariff, and what is each one's rate?",
    "Who faces the higher tariff, Japan or Vietnam, and what are their respective rates?",
    "日本とベトナム、どちらの関税が高い？それぞれ何％？",
    "日本とベトナム、どちらの関税が高いですか。両方の数字も教えて",
    "Nhật Bản hay Việt Nam chịu thuế cao hơn, mỗi nước bao nhiêu phần trăm?",
    "Nhat Ban hay Viet Nam chiu thue cao hon, ca hai muc la bao nhieu?",
  ])("%s", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    // Both sides' figures, each cited: Japan 15 % and Vietnam 20 % now (24 % and 46 % before).
    expect(a.text).toMatch(/15 ?%/);
    expect(a.text).toMatch(/20 ?%/);
    expect(a.citations.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    // A side the briefing holds no figure for: still not covered.
    "Who faces the higher tariff, Japan or China, and what are the two rates?",
    "日本と中国、どちらの関税が高い？それぞれ何％？",
  ])("refuses %s", (q) => {
    expect(ask(q).answered).toBe(false);
  });
});
