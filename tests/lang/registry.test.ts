import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/lang.js";
import { allPacks } from "../../src/knowledge/packs.js";
import { languageModule, scriptModules } from "../../src/lang/registry.js";

describe("the language registry", () => {
  it("gives each language's code by its pack code, and none to a language without", () => {
    expect(languageModule("en").stem?.("students")).toBe("student");
    expect(languageModule("vi").pairSyllables?.("nhat", "ban")).toBe("nhat_ban");
    expect(languageModule("ja").numbersToDigits?.("五百人")).toBe("500人");
    expect(scriptModules().map(([code]) => code)).toEqual(["ja"]);
    expect(languageModule("xx")).toEqual({});
    expect(languageModule("constructor")).toEqual({});
  });
});

describe("the shipped packs' reading data", () => {
  it("reads Latin words in a registered language", () => {
    for (const pack of allPacks()) expect(LANGS).toContain(pack.latinWordsAs);
  });
});
