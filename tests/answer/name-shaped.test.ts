import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze.js";
import { indexFor } from "../../src/answer/index-build.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Lang } from "../../src/i18n/lang.js";

const index = indexFor(createBriefingStore(DEFAULT_BRIEFINGS_DIR).get()!);

/**
 * A word unknown to the briefing that by its shape is a name or a loanword, though written in
 * lower case: a Latin word no Vietnamese syllable could be, a katakana word in Japanese (the
 * pack's `loanword`). Katakana words of general use (ファクトシート) are no names.
 */
describe("an unknown word shaped as a name names something the briefing does not cover", () => {
  it.each<[string, Lang, string | undefined]>([
    ["viet nam se mua bao nhieu may bay airbus", "vi", "airbus"],
    ["ベトナムはエアバスを何機買いますか？", "ja", "エアバス"],
    // Syllables and known words: no name.
    ["viet nam se mua bao nhieu may bay", "vi", undefined],
    ["ファクトシートでは日本の投資はいくら？", "ja", undefined],
  ])("%s → %s", (question, lang, name) => {
    const q = analyzeQuestion(question, lang, index);
    expect(q.words.find((w) => w.unknownName)?.word).toBe(name);
  });
});
