import { describe, expect, it } from "vitest";
import { buildEntityMatcher, findMentions, latinTokens, prepareQuestion } from "../../src/answer/entities.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Lang } from "../../src/i18n/lang.js";

const briefing = createBriefingStore(DEFAULT_BRIEFINGS_DIR).get()!;
const matcher = buildEntityMatcher(briefing);
function entities(text: string, lang: Lang): string[] {
  const prepared = prepareQuestion(text);
  return findMentions(prepared, latinTokens(prepared), lang, matcher)
    .filter((m) => !m.external)
    .map((m) => m.id);
}

/** The guards the linter relies on, each found by a lint warning on the shipped briefing. */
describe("entity names the engine reads only where they belong", () => {
  it("a Vietnamese word typed with its marks must be that word: biến động is not Biển Đông", () => {
    expect(entities("Giá cả biến động thế nào?", "vi")).toEqual([]);
    expect(entities("Tình hình Biển Đông thế nào?", "vi")).toEqual(["south-china-sea"]);
    expect(entities("tinh hinh bien dong the nao", "vi")).toEqual(["south-china-sea"]);
  });

  it("a single Vietnamese syllable counts only capitalized: cập nhật, Chủ nhật are not Japan", () => {
    expect(entities("Tin cập nhật ngày Chủ nhật", "vi")).toEqual([]);
    expect(entities("Quan hệ Việt - Nhật thế nào?", "vi")).toEqual(["vietnam", "japan"]);
  });

  it("a name of two letters only as written: Xi, Mỹ; not xi măng", () => {
    expect(entities("Giá xi măng tăng", "vi")).toEqual([]);
    expect(entities("What did Xi say?", "en")).toEqual(["xi-jinping"]);
    expect(entities("Thuế của Mỹ là bao nhiêu?", "vi")).toEqual(["united-states"]);
  });

  it("figures joined by a sign only with that sign: 2+2, never the date 2/2", () => {
    expect(entities("ngày 2/2/2025", "vi")).toEqual([]);
    expect(entities("What is the 2+2 dialogue?", "en")).toEqual(["dialogue-2plus2"]);
  });

  it("the Philippine president is Marcos, not the Philippines", () => {
    expect(entities("What did the Philippine president say?", "en")).toEqual(["ferdinand-marcos-jr"]);
  });
});
