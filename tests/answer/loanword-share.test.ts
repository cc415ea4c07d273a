import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { BriefingStore } from "../../src/briefing/types.js";
import { questionWords } from "../../src/lang/ja/words.js";

/**
 * A loanword in katakana is read as character bigrams like any Japanese word, but one bigram
 * is shared with unrelated words ("ウイスキー" has "イス" of "ロールス・ロイス"): it is known to
 * a briefing, and stated by a fact, only where one fact holds most of its bigrams
 * (src/lang/ja/words.ts minShare). Kanji compounds keep reading by any bigram.
 */
describe("katakana loanwords are stated whole, not by a shared bigram", () => {
  let store: BriefingStore;
  beforeAll(() => {
    store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
  });
  const ask = (q: string, briefingId: string) =>
    answerQuestion(q, store, { now: new Date("2026-12-06T09:00:00Z"), briefingId });
  const UK = "us-uk-2025";
  const JV = "japan-vietnam-2025";

  it("marks katakana words of four characters or more, not kanji or short kana", () => {
    const bigrams = (s: string) =>
      Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
    const words = questionWords("ウイスキーの関税とエタノールとガス", bigrams);
    expect(words.find((w) => w.word === "ウイスキー")?.minShare).toBe(0.5);
    expect(words.find((w) => w.word === "エタノール")?.minShare).toBe(0.5);
    expect(words.find((w) => w.word === "関税")?.minShare).toBeUndefined();
    expect(words.find((w) => w.word === "ガス")?.minShare).toBeUndefined();
  });

  it.each([
    [UK, "英国産ウイスキーの関税は？"],
    [UK, "英米の協定で、イギリス産のウイスキーの関税は？"],
    [UK, "スコッチウイスキーの関税はどうなった？"],
    [UK, "英国のチョコレートへの関税は何%？"],
    [JV, "ベトナムのコーヒー輸出はどのくらい？"],
  ])("refuses %s: %s (a loanword no fact states)", (briefingId, q) => {
    expect(ask(q, briefingId).answered).toBe(false);
  });

  it.each([
    [UK, "バイオエタノールの関税はどうなる？", "19"],
    [UK, "ロールス・ロイスのエンジンの関税は？", "10"],
    [UK, "ベントレーの関税は何%になった？", "10"],
    [UK, "エンサスはなぜ工場閉鎖を警告した？", "エンサス"],
  ])("answers %s: %s", (briefingId, q, term) => {
    const a = ask(q, briefingId);
    expect(a.answered).toBe(true);
    expect(a.text).toContain(term);
  });
});
