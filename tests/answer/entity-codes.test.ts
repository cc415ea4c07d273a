import { describe, expect, it } from "vitest";
import { buildEntityMatcher, findMentions, latinTokens, prepareQuestion } from "../../src/answer/entities.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Lang } from "../../src/i18n/lang.js";
import { languagePack } from "../../src/knowledge/packs.js";
import { worldKnowledge } from "../../src/knowledge/world.js";

const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const matchers = {
  jv: buildEntityMatcher(store.get("japan-vietnam-2025")!),
  uk: buildEntityMatcher(store.get("us-uk-2025")!),
};

/** The entities a question names, an outside one (from the world file) marked with "*". */
function named(text: string, lang: Lang, briefing: keyof typeof matchers = "jv"): string[] {
  const prepared = prepareQuestion(text);
  return findMentions(prepared, latinTokens(prepared), lang, matchers[briefing]).map(
    (m) => `${m.id}${m.external ? "*" : ""}`,
  );
}

describe("world codes: names read in every language", () => {
  it.each([
    // A code names the briefing's own entity of that id, in any language, written any way.
    ["VN tariff?", "en", "jv", ["vietnam"]],
    ["vn tariff?", "en", "jv", ["vietnam"]],
    ["thue my ap len hang vn la bao nhieu", "vi", "jv", ["vietnam"]],
    ["JPとVNの関係は？", "ja", "jv", ["japan", "vietnam"]],
    ["OSAとは何ですか？", "ja", "jv", ["osa"]],
    ["how many vn students will jp take", "en", "jv", ["vietnam", "japan"]],
    ["What did the USA say?", "en", "jv", ["united-states"]],
    ["does cn back vn", "en", "jv", ["china", "vietnam"]],
    ["ph trip dates?", "en", "jv", ["philippines"]],
    // The same code in a briefing that lacks the entity names something outside it.
    ["vn tariff?", "en", "uk", ["vietnam*"]],
    ["What did the US and CN agree?", "en", "uk", ["united-states", "china*"]],
    ["tariff on kr cars", "en", "uk", ["south-korea*"]],
    ["uk steel tariff?", "en", "uk", ["united-kingdom"]],
  ] as const)("%s (%s, %s) → %j", (q, lang, briefing, ids) => {
    expect(named(q, lang, briefing)).toEqual(ids);
  });

  it("every country code is written in capitals and names one entity only", () => {
    const seen = new Map<string, string>();
    for (const e of worldKnowledge().entities)
      for (const code of e.codes) {
        expect(code).toMatch(/^[A-Z]{2,5}$/);
        expect(seen.get(code) ?? e.id).toBe(e.id);
        seen.set(code, e.id);
      }
    expect(seen.get("VN")).toBe("vietnam");
  });
});

describe("an acronym typed in lower case", () => {
  it.each([
    // Not a word of the question's language: still the acronym.
    ["what is osa", "en", "jv", ["osa"]],
    ["Osa for the Philippines?", "en", "jv", ["osa", "philippines"]],
    ["what is the epd", "en", "uk", ["economic-prosperity-deal"]],
    ["what about the dst", "en", "uk", ["digital-services-tax"]],
    ["tbt to lam noi gi", "vi", "jv", ["to-lam"]],
    ["eu reaction?", "en", "jv", ["european-union*"]],
    // A word of the language stays a word: English "us" (a stop word), "un-" (a common word).
    ["Tell us about the tariff", "en", "jv", []],
    ["Is the tariff un-American?", "en", "jv", ["united-states"]],
    // Vietnamese "au" (châu Âu typed without marks) is a syllable, not Australia's code.
    ["chau au noi gi", "vi", "jv", ["european-union*"]],
    ["ong ay au lo ve thue", "vi", "jv", []],
    ["AU reaction?", "en", "jv", ["australia*"]],
    // Only acronyms: a two-letter name in capitals (Xi) is still read only as written.
    ["gia xi mang", "vi", "jv", []],
  ] as const)("%s (%s, %s) → %j", (q, lang, briefing, ids) => {
    expect(named(q, lang, briefing)).toEqual(ids);
  });

  it("the words that keep an acronym in capitals come from the pack", () => {
    expect(languagePack("en").stop.has("us")).toBe(true);
    expect(languagePack("en").commonWords.has("un")).toBe(true);
    expect(languagePack("vi").commonWords.has("au")).toBe(true);
  });
});
