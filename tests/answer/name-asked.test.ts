import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { detectWants } from "../../src/answer/question-intent.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Lang } from "../../src/i18n/lang.js";

const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);

/** "The name of the deputy PM sent to Washington": a person asked by the office they hold. */
describe("an office holder's name asked is a question of who", () => {
  it.each<[string, Lang, boolean]>([
    ["米国との交渉のためワシントンに派遣されたベトナムの副首相の名前は？", "ja", true],
    ["what's the name of the deputy prime minister Vietnam sent to Washington?", "en", true],
    // A thing's name is no person.
    ["軍艦の名前は？", "ja", false],
    ["what's the name of the offshore wind farm?", "en", false],
  ])("%s → person: %s", (q, lang, person) => {
    expect(detectWants(q, lang).includes("person")).toBe(person);
  });

  it.each([
    "米国との交渉のためワシントンに派遣されたベトナムの副首相の名前は？",
    "what's the name of the deputy prime minister Vietnam sent to Washington?",
  ])("%s → Ho Duc Phoc", (q) => {
    const a = answerQuestion(q, store, { briefingId: "japan-vietnam-2025" });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Phoc|フォック/);
  });
});
