import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * Two sources compared by when they came out ("which came out first, A or B?", 「どっちの記事が
 * 先に出た？」, "bài nào đăng trước") are answered from the two sources' records, each cited,
 * with which came first and the days between; a source the briefing does not hold is no
 * answer. "Before vs after the deal" is relative to the deal the briefing reports, not to
 * today: the fact stating both rates answers it; "now" words still answer as of the sources.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const NOW = new Date("2026-12-06T12:00:00Z");
const ask = (q: string, briefingId = "us-uk-2025") => answerQuestion(q, store, { now: NOW, briefingId });

describe("two sources compared by date", () => {
  it.each([
    [
      "which was published earlier: the Hogan Lovells takeaways note or the U.S. Chamber assessment?",
      ["us-chamber", "hogan-lovells"],
      ["May 16, 2025", "July 9, 2025", "54 days"],
    ],
    [
      "did the S&P Global article come out after the DBT release?",
      ["spglobal", "govuk-press-june"],
      ["June 16, 2025", "June 30, 2025", "14 days"],
    ],
    [
      "was the AirlineGeeks story released before the Downing Street press release?",
      ["govuk-press-may", "airlinegeeks"],
      ["same day", "May 8, 2025"],
    ],
    [
      "which came first, the Hogan Lovells note or the S&P Global piece?",
      ["spglobal", "hogan-lovells"],
      ["June 16, 2025", "July 9, 2025", "23 days"],
    ],
    [
      "S&Pグローバルの記事とホーガン・ロヴェルズの解説、どちらが先に公開された？",
      ["spglobal", "hogan-lovells"],
      ["2025年6月16日", "2025年7月9日", "23日"],
    ],
    [
      "米国商工会議所の評価はAirlineGeeksの記事より後に出た？",
      ["airlinegeeks", "us-chamber"],
      ["2025年5月8日", "2025年5月16日", "8日"],
    ],
    [
      "Bài của Hogan Lovells với bài của AirlineGeeks, bài nào đăng sớm hơn?",
      ["airlinegeeks", "hogan-lovells"],
      ["8/5/2025", "9/7/2025"],
    ],
    [
      "bai cua S&P Global va bai cua Phong Thuong mai My cach nhau bao nhieu ngay?",
      ["us-chamber", "spglobal"],
      ["16/5/2025", "16/6/2025", "31 ngày"],
    ],
  ])("%s", (q, sources, words) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.citations.map((c) => c.sourceId)).toEqual(sources);
    for (const w of words) expect(a.text).toContain(w);
  });

  // A source the briefing does not hold, or only one source named: no comparison of records.
  it.each([
    "which came out first, the Financial Times piece or the S&P Global article?",
    "did the Reuters story come out before the AirlineGeeks piece?",
    "フィナンシャル・タイムズの記事とS&Pグローバルの記事、どっちが先に出た？",
    "Bài của Reuters và bài của AirlineGeeks, bài nào đăng trước?",
  ])("refuses %s", (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(false);
  });

  it("a single source's date asked by what its publisher did", () => {
    const a = ask("when did Hogan Lovells publish its takeaways?");
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain("July 9, 2025");
    expect(a.citations[0]?.sourceId).toBe("hogan-lovells");
    const ja = ask("AirlineGeeksはいつ記事を出しましたか？");
    expect(ja.text).toContain("2025年5月8日");
    expect(ja.citations[0]?.sourceId).toBe("airlinegeeks");
  });

  it("two events, not sources, are still dated by their facts", () => {
    const a = ask("Which came first, the deal's general terms or the executive order?");
    expect(a.citations.every((c) => c.sourceId !== "airlinegeeks")).toBe(true);
  });
});

describe("before vs after an event of the briefing", () => {
  it.each([
    ["aluminium tariff before and after the deal?", [["25"], ["zero", "0"]]],
    ["what was the US beef quota pre and post the deal, in tonnes?", [["1,000"], ["13,000"]]],
    ["英国産鉄鋼への米関税、合意の前と後でどう変わった？", [["25"], ["ゼロ", "0"]]],
    ["Thuế Mỹ với thép Anh trước và sau thỏa thuận thế nào?", [["25"], ["0"]]],
  ])("%s", (q, must) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.citations.length).toBeGreaterThan(0);
    for (const any of must)
      expect(
        any.some((w) => a.text.includes(w)),
        a.text,
      ).toBe(true);
  });

  it.each([
    // The facts hold nothing of it after the deal.
    "How far did Rolls-Royce shares rise after the deal?",
    "What did the Bank of England do to interest rates after the deal?",
    // Since the deal: up to now, past the sources.
    "has the steel tariff changed since the deal?",
  ])("refuses %s", (q) => {
    expect(ask(q).answered).toBe(false);
  });

  it("'still … now' says what the sources say, as of their date", () => {
    const a = ask("is the zero tariff on UK steel still in effect now?");
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toMatch(/2025/);
  });
});
