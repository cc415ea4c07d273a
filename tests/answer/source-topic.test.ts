import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * A question asking for the sources of a topic as a set ("which outlets", "your sources on",
 * "where is your info on X from", 「どのメディアが出典」, "những báo nào") lists each publisher of
 * the facts on the topic, by date, cited. A question about one fact's source keeps naming that
 * fact with its source; a topic the briefing does not hold is refused.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const NOW = new Date("2026-12-06T12:00:00Z");
const ask = (q: string) => answerQuestion(q, store, { now: NOW, briefingId: "japan-vietnam-2025" });
const publishers = (q: string) => new Set(ask(q).citations.map((c) => c.publisher));

describe("the sources of a topic, as a set", () => {
  it.each([
    [
      "what are your sources on the hanoi summit? just the outlet names pls",
      ["The Japan Times", "Dailywrap (PAP)"],
    ],
    ["which outlets is your info on the hanoi summit from?", ["The Japan Times", "Dailywrap (PAP)"]],
    ["where does your information about the Hanoi talks come from?", ["The Japan Times", "Dailywrap (PAP)"]],
    ["which outlets reported the 250 PhD figure?", ["The Japan Times", "Dailywrap (PAP)"]],
    ["この日越首脳会談の情報はどのメディアが出典？", ["The Japan Times", "Dailywrap (PAP)"]],
    ["ハノイ会談の記事、どこの媒体?いつ掲載?", ["The Japan Times", "Dailywrap (PAP)"]],
    ["日越のエネルギー協力はどの媒体が報じた？", ["Dailywrap (PAP)", "Taipei Times"]],
    ["Những báo nào đưa tin về hội đàm ở Hà Nội?", ["Dailywrap (PAP)"]],
  ])("%s: lists each publisher", (q, expected) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    for (const p of expected) {
      expect(publishers(q).has(p)).toBe(true);
      expect(a.text).toContain(p);
    }
    // A list of publishers with dates, not one fact's statement.
    expect(a.text).toMatch(/2025/);
    expect(a.citations.length).toBe(new Set(a.citations.map((c) => c.sourceId)).size);
  });

  it.each([
    ["who reported the 250 PhD figure?", "250"],
    ["which outlet reported the 2+2 dialogue?", "2+2"],
  ])("%s: one fact's source, said with the fact", (q, stated) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain(stated);
  });

  it.each([
    "what are your sources on the G7 summit in Canada?",
    "which outlets reported Ishiba's visit to Paris?",
    "パリ会談の記事はどの媒体？",
    "Những báo nào đưa tin về hội nghị ở Paris?",
  ])("%s: a topic the briefing does not hold stays refused", (q) => {
    expect(ask(q).answered).toBe(false);
  });
});
