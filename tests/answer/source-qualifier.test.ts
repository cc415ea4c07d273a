import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze.js";
import { answerQuestion } from "../../src/answer/index.js";
import { indexFor } from "../../src/answer/index-build.js";
import { detectLang } from "../../src/answer/language.js";
import { foreignOutletNames, sourceNames } from "../../src/answer/outlets.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * A source named as a qualifier ("per the WH fact sheet", "according to Downing St", "JT says",
 * "S&Pの記事によると", "theo bài của S&P") is no topic: it is taken out of what is asked and
 * prefers the facts citing that source. Short forms of outlets (WH, JT, S&P, Downing St) are
 * data: world.yaml `outlets`, joined to a briefing source whose publisher or alias is one of an
 * outlet's names. An outlet no source is (the FT here) is a source the briefing does not hold.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const NOW = new Date("2026-12-07T12:00:00Z");
const UK = "us-uk-2025";
const JV = "japan-vietnam-2025";
const ask = (q: string, briefingId: string) => answerQuestion(q, store, { now: NOW, briefingId });
const sourcesNamed = (q: string, briefingId: string) => {
  const briefing = store.get(briefingId)!;
  return analyzeQuestion(q, detectLang(q), indexFor(briefing)).sources;
};

describe("outlets joined to a briefing's sources", () => {
  it("a source answers to its outlet's names and short forms", () => {
    const names = sourceNames(store.get(UK)!).names;
    expect(names.get("whitehouse-fact-sheet")).toEqual(
      expect.arrayContaining(["WH", "ホワイトハウス", "Nhà Trắng"]),
    );
    expect(names.get("govuk-press-may")).toEqual(expect.arrayContaining(["Downing St"]));
    expect(names.get("spglobal")).toEqual(expect.arrayContaining(["S&P"]));
    expect(sourceNames(store.get(JV)!).names.get("japantimes")).toEqual(expect.arrayContaining(["JT"]));
  });

  it("an outlet no source is stays foreign", () => {
    const foreign = foreignOutletNames(store.get(UK)!).map((o) => o.id);
    expect(foreign).toContain("financial-times");
    expect(foreign).not.toContain("white-house");
    expect(foreignOutletNames(store.get(JV)!).map((o) => o.id)).not.toContain("japan-times");
  });
});

describe("a source named as a qualifier is read as that source", () => {
  it.each([
    ["per the WH fact sheet, what happens to UK cars beyond the quota?", UK, "whitehouse-fact-sheet"],
    ["what did the car tariff use to be, according to Downing St?", UK, "govuk-press-may"],
    ["Downing St says the car tariff was what before the deal?", UK, "govuk-press-may"],
    ["when did the S&P piece on Ensus come out?", UK, "spglobal"],
    ["how long did Xi stay in Vietnam according to JT?", JV, "japantimes"],
    ["WHのファクトシートによると、枠を超えた英国車の関税は？", UK, "whitehouse-fact-sheet"],
    ["JTによれば、習主席のベトナム訪問はいつ？", JV, "japantimes"],
    ["S&Pの記事では、エンサスはどこにある？", UK, "spglobal"],
    ["Theo bài của S&P, Ensus đặt ở đâu?", UK, "spglobal"],
    ["Theo Phố Downing, thuế ô tô trước thỏa thuận là bao nhiêu?", UK, "govuk-press-may"],
  ])("%s", (question, briefingId, source) => expect(sourcesNamed(question, briefingId)).toContain(source));

  it.each([
    // Look-alikes: the letters in lower case, or inside a word, are not the short form.
    ["what's the wh rate for cars beyond the quota?", UK],
    ["what is the jt number for phd students?", JV],
    // A short form where no source is spoken of: the place, not the fact sheets' publisher.
    ["who announced the RR engine carve-out at the WH presser", UK],
  ])("%s names no source", (question, briefingId) => expect(sourcesNamed(question, briefingId)).toEqual([]));
});

describe("answers from the named source's facts", () => {
  it.each([
    ["per the WH fact sheet, what rate hits UK cars once you go past the first 100k in a year?", UK, "25%"],
    ["what was the US tariff on UK cars before the deal according to Downing St", UK, "27.5%"],
    ["according to AirlineGeeks, what was the tariff on British cars before?", UK, "25%"],
    ["the WH fact sheet says increased market access especially for which american exports", UK, "beef"],
    ["ホワイトハウスのファクトシートによると、10万台を超えた車にはどの税率がかかる？", UK, "25%"],
    ["英首相官邸によると、協定前の英国車への米国関税は？", UK, "27.5%"],
    ["Theo Phố Downing, thuế Mỹ với ô tô Anh trước thỏa thuận là bao nhiêu?", UK, "27,5%"],
  ])("%s", (question, briefingId, term) => {
    const a = ask(question, briefingId);
    expect(a.answered).toBe(true);
    expect(a.text).toContain(term);
  });

  it("another source's differing version is left out when the named one answers", () => {
    const a = ask("what was the US tariff on UK cars before the deal according to Downing St", UK);
    expect(a.citations.map((c) => c.sourceId)).not.toContain("airlinegeeks");
  });
});

describe("an outlet that is none of the briefing's sources is not one", () => {
  it.each([
    ["フィナンシャル・タイムズの記事とS&Pグローバルの記事、どっちが先に出た？", UK],
    ["Which came out first, the FT piece or the S&P piece?", UK],
    ["according to the FT, how many cars get the 10% rate?", UK],
    ["Theo Financial Times, hạn ngạch ô tô là bao nhiêu?", UK],
    ["what did Reuters say about the Hanoi summit?", JV],
    ["ロイターによると、石破首相はいつハノイに着いた？", JV],
  ])("%s is refused", (question, briefingId) => expect(ask(question, briefingId).answered).toBe(false));
});

describe("who wrote a named source: only its own record of its author", () => {
  it.each([
    ["who wrote the S&P piece on Ensus?", "Norways"],
    ["S&Pグローバルの記事の執筆者は誰ですか", "ノーウェイズ"],
    ["Ai viết bài của Phòng Thương mại Mỹ?", "Chorlins"],
    ["who was the author of the Chamber's assessment?", "Chorlins"],
  ])("%s", (question, name) => {
    const a = ask(question, UK);
    expect(a.answered).toBe(true);
    expect(a.text).toContain(name);
  });

  it.each([
    "who wrote the airlinegeeks rolls-royce piece",
    "Hogan Lovellsの記事の執筆者は誰ですか",
    "ai viết bài của Hogan Lovells?",
    "who wrote the WH fact sheet?",
    "AirlineGeeksの記事を書いたのは誰？",
    "tác giả bài của AirlineGeeks là ai?",
  ])("%s is refused (no author recorded)", (question) => expect(ask(question, UK).answered).toBe(false));
});

describe("a two-letter name typed in lower case", () => {
  it("is the name in English", () => {
    const q = "when did xi visit vietnam";
    const briefing = store.get(JV)!;
    expect([...analyzeQuestion(q, "en", indexFor(briefing)).entityIds]).toContain("xi-jinping");
    expect(ask(q, JV).text).toContain("April 14–15");
  });

  it.each([
    // Vietnamese "xi măng" (cement) is not Xi; nor is "xi" inside another word.
    ["giá xi măng ở Việt Nam tăng bao nhiêu?", "vi"],
    ["how many taxis did the delegation use?", "en"],
  ] as const)("%s is not Xi", (q, lang) => {
    const briefing = store.get(JV)!;
    expect([...analyzeQuestion(q, lang, indexFor(briefing)).entityIds]).not.toContain("xi-jinping");
  });
});
