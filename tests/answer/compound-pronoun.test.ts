import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * "Did Vietnam get a deal before the deadline? What rate did they end up with": a later part
 * that names nobody ("they") speaks of the first part's country, even where a fact about
 * another country (Japan's July deal) would fit that part read alone.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const NOW = new Date("2026-12-06T12:00:00Z");
const ask = (q: string) => answerQuestion(q, store, { now: NOW, briefingId: "japan-vietnam-2025" });

describe("a later part's pronoun takes the first part's country", () => {
  it.each([
    "did vietnam actually get a trade deal with the us before the july deadline? what rate did they end up with",
    "Did Vietnam reach a deal with Washington before the July deadline? And what rate did they get?",
    "has vietnam struck a tariff deal with the US? what rate did they end up with",
    "ベトナムは7月の期限までに米国と合意できた？結局何%になった？",
    "Việt Nam có đạt thỏa thuận với Mỹ trước hạn tháng 7 không? Cuối cùng mức thuế là bao nhiêu?",
  ])("never answers with Japan's deal: %s", (q) => {
    const a = ask(q);
    expect(a.factIds).not.toContain("tariff-japan-15");
    expect(a.factIds).not.toContain("tariff-japan-24");
  });

  it.each([
    "did japan get a trade deal with the us before the july deadline? what rate did they end up with",
    "has japan struck a tariff deal with the US? what rate did they end up with",
  ])("Japan's own deal for Japan: %s", (q) => {
    const a = ask(q);
    expect(a.factIds).not.toContain("tariff-vietnam-20");
    expect(a.factIds).not.toContain("tariff-vietnam-46");
  });

  it.each([
    "did thailand get a trade deal with the us before the july deadline? what rate did they end up with",
    "did cambodia get a trade deal with the us before the july deadline? what rate did they end up with",
    "did india strike a tariff deal with the US? what rate did they end up with",
  ])("a country the briefing holds no deal for stays refused: %s", (q) => {
    const a = ask(q);
    expect(a.factIds.filter((id) => /tariff-(?:japan|vietnam)-\d/.test(id))).toEqual([]);
  });

  it("Vietnam's final rate is Vietnam's deal", () => {
    const a = ask("what tariff rate did vietnam finally end up with in its deal with the US?");
    expect(a.answered).toBe(true);
    expect(a.factIds[0]).toBe("tariff-vietnam-20");
    expect(a.text).toMatch(/20%/);
  });
});
