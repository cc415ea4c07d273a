import { describe, expect, it } from "vitest";
import { asksRest, compoundParts, remainderParts } from "../../src/answer/compound.js";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * "Cars, steel and aluminium at 25%, and everything else?": the list's question and the same
 * question of the rest are two parts (compound.yaml `remainder`), each answered from its own
 * fact; the rest's part only by a fact that states the rest (`remainderStated`), so a rest of
 * something else ("それ以外の国の首脳") pulls in no neighbour and is said to be not covered.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const NOW = new Date("2026-12-06T12:00:00Z");
const ask = (q: string) => answerQuestion(q, store, { now: NOW, briefingId: "japan-vietnam-2025" });

describe("splitting the rest from a list", () => {
  it.each([
    [
      "en",
      "so vehicles and steel pay 25 and everything else pays 10?",
      ["so vehicles and steel pay 25", "all other pays 10?"],
    ],
    [
      "en",
      "What duty is on steel and aluminium, and on all other imports?",
      ["What duty is on steel and aluminium", "all other imports?"],
    ],
    [
      "en",
      "What do cars pay now, and the rest they import?",
      ["What do cars pay now", "all other they import?"],
    ],
    [
      "ja",
      "鉄鋼とアルミ、それ以外の品目はそれぞれ何％の関税？",
      ["鉄鋼とアルミの品目はそれぞれ何％の関税？", "それ以外の品目はそれぞれ何％の関税？"],
    ],
    [
      "ja",
      "自動車の関税とその他の品目の関税は何％？",
      ["自動車の関税の品目の関税は何％？", "その他の品目の関税は何％？"],
    ],
    [
      "vi",
      "Thép, nhôm chịu thuế bao nhiêu, còn hàng hóa còn lại thì sao?",
      ["Thép, nhôm chịu thuế bao nhiêu", "hàng hóa còn lại thì sao?"],
    ],
    [
      "vi",
      "Ô tô bị đánh thuế mấy phần trăm, và những mặt hàng khác thì sao?",
      ["Ô tô bị đánh thuế mấy phần trăm", "những hàng hóa khác thì sao?"],
    ],
  ] as const)("%s: %s", (lang, q, parts) => expect(compoundParts(q, lang)).toEqual(parts));

  it.each([
    ["en", "What is the rest of the deal about?"],
    ["en", "Which other countries face tariffs?"],
    // Too short to be a question of its own: read whole.
    ["en", "What do cars pay now, and the rest?"],
    ["ja", "それ以外に何を話し合った？"],
    ["vi", "Các hãng khác thì sao?"],
    ["vi", "Mỹ đánh thuế thép bao nhiêu?"],
  ] as const)("%s: leaves whole: %s", (lang, q) => expect(compoundParts(q, lang)).toEqual([q]));

  it("reads a sentence that opens on the rest as the rest's question", () =>
    expect(remainderParts("còn các hàng khác thì sao?", "vi")).toEqual(["các hàng hóa khác thì sao?"]));
  it("knows a part that asks of the rest", () => {
    expect(asksRest("all other at 10?", "en")).toBe(true);
    expect(asksRest("それ以外の品目は？", "ja")).toBe(true);
    expect(asksRest("what about cars?", "en")).toBe(false);
  });
});

describe("answering the list and the rest", () => {
  it.each([
    "so vehicles, steel and aluminum pay 25 percent, and all other goods 10?",
    "How high is the US tariff on steel and aluminium now, and on most other goods?",
    "鉄鋼とアルミ、それ以外の品目はそれぞれ何％の関税？",
    "Mỹ đánh thuế ô tô, thép bao nhiêu, còn những mặt hàng khác thì sao?",
  ])("gives both rates: %s", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/25/);
    expect(a.text).toMatch(/10/);
  });

  it.each([
    "鉄鋼の関税率と、それ以外の国の首脳は誰？",
    "What is the US tariff on cars, and who are all the other leaders Ishiba met on the trip?",
  ])("says the rest of something else is not covered: %s", (q) => {
    const a = ask(q);
    expect(a.text).not.toMatch(/10 ?%/);
    expect(a.text).not.toMatch(/Chinh|チン/);
  });
});
