import { describe, expect, it } from "vitest";
import { compoundParts, ellipticalName } from "../../src/answer/compound.js";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * Rule elliptical-part: a later part that asks the part before's question of another name
 * ("And what about Japan?", "còn Nhật thì sao?", 「日本は？」) is read as that question with the
 * name swapped; after a comma it is a part of its own. A name the briefing holds no such fact
 * of gets no stand-in fact; a name it does not know leaves the question whole.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const JV = "japan-vietnam-2025";
const NOW = new Date("2026-12-07T09:00:00Z");
const ask = (q: string) => answerQuestion(q, store, { briefingId: JV, now: NOW });

describe("elliptical parts", () => {
  it.each([
    ["and what about Japan?", "en", "Japan"],
    ["What about the Philippines?", "en", "the Philippines"],
    ["con nhat thi sao?", "vi", "nhat"],
    ["Còn Nhật Bản thì sao?", "vi", "Nhật Bản"],
    ["日本は？", "ja", "日本"],
    ["じゃあ日本はどう？", "ja", "日本"],
  ] as const)("%s names %s", (piece, lang, name) => {
    expect(ellipticalName(piece, lang)).toBe(name);
  });

  it.each([
    ["what did Ishiba and Chinh agree about?", "en"],
    ["and when?", "en"],
    ["còn gì nữa?", "vi"],
    ["日本の関税は何％？", "ja"],
  ] as const)("not elliptical: %s", (piece, lang) => {
    expect(ellipticalName(piece, lang)).toBeUndefined();
  });

  it("splits a sentence at the comma before one", () => {
    expect(compoundParts("thue cua my voi hang viet nam la bao nhieu %, con nhat thi sao?", "vi")).toEqual([
      "thue cua my voi hang viet nam la bao nhieu %",
      "con nhat thi sao?",
    ]);
  });

  it.each([
    ["thue cua my voi hang viet nam la bao nhieu %, con nhat thi sao?", ["46%", "24%"]],
    ["Thuế của Mỹ với hàng Việt Nam là bao nhiêu %? Còn Nhật thì sao?", ["46%", "24%"]],
    ["What tariff would Vietnam face under Trump's plan? And what about Japan?", ["46%", "24%"]],
    ["トランプ氏の当初の計画でベトナムへの関税は何％？日本は？", ["46%", "24%"]],
  ])("%s", (q, says) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    for (const s of says) expect(a.text).toContain(s);
  });

  it.each([
    // A country with no tariff fact: no fact about it stands in, nor is the part dropped silently.
    "What tariff would Vietnam face under Trump's plan? And what about China?",
    "Thuế của Mỹ với hàng Việt Nam là bao nhiêu %? Còn Lào thì sao?",
  ])("says the other part is not covered: %s", (q) => {
    const a = ask(q);
    expect(a.text).not.toMatch(/China[^.]*\d+%|Trung Quốc[^.]*\d+%/);
    if (a.answered) expect(a.text).toMatch(/rest of the question|phần còn lại|残り/);
  });

  it.each([
    // The first part is the question proper.
    "What tariff would Laos face under Trump's plan? And what about Japan?",
    "Thuế của Mỹ với hàng Lào là bao nhiêu %? Còn Nhật thì sao?",
  ])("refuses: %s", (q) => {
    expect(ask(q).answered).toBe(false);
  });
});
