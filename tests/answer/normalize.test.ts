import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectLang } from "../../src/answer/language.js";
import { canonicalNumbers, fold, foldUnits, normalizeText } from "../../src/answer/normalize.js";
import { lexiconOf, withLexicon } from "../../src/answer/synonyms.js";
import { indexTerms } from "../../src/answer/term-ids.js";
import { questionWords, stem } from "../../src/answer/tokenize.js";
import { numeralsToDigits as kanjiNumeralsToDigits } from "../../src/lang/ja/numerals.js";

describe("fold", () => {
  it("lower-cases, applies NFKC and drops Vietnamese marks, folding đ explicitly", () => {
    expect(fold("Hồ Đức Phớc")).toBe("ho duc phoc");
    expect(fold("ĐỐI THOẠI")).toBe("doi thoai");
    expect(fold("ＡＢＣ１２３")).toBe("abc123");
  });
  it("keeps Japanese voicing marks (ベ is not ヘ)", () => {
    expect(fold("ベトナム")).toBe("ベトナム");
  });
  it("folds full-width forms in Japanese and Vietnamese text, and İ to i", () => {
    expect(fold("ベトナムは？")).toBe("ベトナムは?");
    expect(fold("Việt Nam（２０２５）")).toBe("viet nam(2025)");
    expect(fold("İstanbul")).toBe("istanbul");
    // The ideographic space, which Japanese keyboards type between words.
    expect(fold("日本\u3000ベトナム")).toBe("日本 ベトナム");
  });
  it("foldUnits gives, for each unit it maps, what fold gives for it", () => {
    const table = foldUnits();
    let mapped = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (table[c] === 0) continue;
      mapped++;
      expect(String.fromCharCode(table[c]!), c.toString(16)).toBe(fold(String.fromCharCode(c)));
    }
    expect(mapped).toBeGreaterThan(20_000);
    for (const c of ["\u3000", "\u3099", "\u302a", "ｶ", "ǆ", "İ", "\u00a0", "µ"])
      expect(table[c.charCodeAt(0)]).toBe(0);
    expect(String.fromCharCode(table["？".charCodeAt(0)]!, table["Ａ".charCodeAt(0)]!)).toBe("?a");
    expect(String.fromCharCode(table["Ệ".charCodeAt(0)]!)).toBe("e");
  });
  it("equals the full NFKC → lower case → NFD → marks dropped → NFC chain", () => {
    const full = (s: string) =>
      s
        .normalize("NFKC")
        .toLowerCase()
        .replace(/đ/g, "d")
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .normalize("NFC");
    const chars = [
      ..."aZ09 .,?!-'ĐđĂăÂâÊêÔôƠơƯưÁáÀàẢảÃãẠạẾếỆệỮữÇçÑñØøÆæǅǆİ",
      ..."ベトナム日本語がぱかは、。「」\u3000゛゜ゟヿ〸〹〺〶\u3099\u309a\u302a\u302b\u302f",
      ..."？！（）ＡＢｃ１２％ｶﾞ㍻①ﬁ\u0301\u0323",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(fold(text)).toBe(full(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("kanjiNumeralsToDigits", () => {
  it.each([
    ["四月二十八日", "4月28日"],
    ["五百人の博士", "500人の博士"],
    ["六十万人", "60万人"],
    ["二〇二五年", "2025年"],
    ["百二十五人", "125人"],
    ["三か月", "3か月"],
    ["二十四パーセント", "24パーセント"],
    // Inside words, numerals stay: 統一 (unification), 一部 (a part).
    ["統一日", "統一日"],
    ["一部の人", "一部の人"],
    ["石破首相", "石破首相"],
  ])("%s → %s", (input, expected) => {
    expect(kanjiNumeralsToDigits(input)).toBe(expected);
  });
});

describe("canonicalNumbers", () => {
  it.each([
    ["600,000 people", "600000 people"],
    ["600.000 người", "600000 người"],
    ["1,250,000", "1250000"],
    ["60万人", "600000人"],
    ["200億ドル", "20000000000ドル"],
    ["20 billion", "20000000000"],
    ["20 ty usd", "20000000000 usd"],
    ["60 van", "600000"],
    ["27,4%", "27.4%"],
    ["27.4%", "27.4%"],
  ])("%s → %s", (input, expected) => {
    expect(canonicalNumbers(input)).toBe(expected);
  });
  it("brings each language's way of writing the same amount to one token", () => {
    const en = indexTerms("$20 billion", "en");
    const ja = indexTerms("200億ドル", "ja");
    const vi = indexTerms("20 tỷ USD", "vi");
    for (const terms of [en, ja, vi]) expect(terms).toContain("20000000000");
    expect(indexTerms("46%", "en")).toEqual(["46", "percent"]);
    expect(indexTerms("46パーセント", "ja")).toContain("percent");
    expect(indexTerms("46 phần trăm", "vi")).toContain("percent");
  });
  it("normalizeText folds and rewrites numbers together", () => {
    expect(normalizeText("Có 600.000 người Việt")).toBe("co 600000 nguoi viet");
  });
});

describe("English terms", () => {
  it("stems plurals and verb forms to the same term", () => {
    expect(stem("tariffs")).toBe(stem("tariff"));
    expect(stem("accepting")).toBe(stem("accept"));
    expect(stem("accepted")).toBe(stem("accepts"));
    expect(stem("living")).toBe(stem("live"));
  });
  it("folds the pack's general synonyms and spelling variants", () => {
    expect(indexTerms("Ph.D.", "en")).toEqual(["phd"]);
    expect(indexTerms("defence", "en")).toEqual(indexTerms("defense", "en"));
    expect(indexTerms("met", "en")).toEqual(indexTerms("meet", "en"));
  });
  it("folds a briefing's lexicon (domain synonyms) where it is in use, and nowhere else", () => {
    const lexicon = lexiconOf([
      ["phd", "doctoral"],
      ["tariff", "duty", "duties", "levies"],
    ]);
    expect(indexTerms("levies", "en")).not.toEqual(indexTerms("tariff", "en"));
    withLexicon(lexicon, () => {
      expect(indexTerms("doctoral", "en")).toEqual(indexTerms("PhD", "en"));
      expect(indexTerms("levies", "en")).toEqual(indexTerms("tariff", "en"));
    });
    expect(indexTerms("levies", "en")).not.toEqual(indexTerms("tariff", "en"));
    // Back and forth, each lexicon keeps its own reading (the caches are per lexicon).
    const other = lexiconOf([["levy", "levies"]]);
    for (let i = 0; i < 2; i++) {
      expect(withLexicon(other, () => indexTerms("levies", "en"))).toEqual(indexTerms("levy", "en"));
      expect(withLexicon(lexicon, () => indexTerms("levies", "en"))).toEqual(indexTerms("tariff", "en"));
      expect(indexTerms("levies", "en")).not.toEqual(indexTerms("tariff", "en"));
    }
  });
  it("leaves out stop words and question words", () => {
    expect(indexTerms("What is the tariff on the goods?", "en")).toEqual([
      ...indexTerms("tariff", "en"),
      ...indexTerms("good", "en"),
    ]);
  });
});

describe("Vietnamese terms", () => {
  it("matches with or without diacritics and adds syllable bigrams", () => {
    const withMarks = indexTerms("Nhật Bản", "vi");
    expect(withMarks).toEqual(indexTerms("Nhat Ban", "vi"));
    expect(withMarks).toContain("nhat_ban");
  });
  it("gives a question syllable its neighbours as sense: thời tiết is not thời hạn", () => {
    const [thoi] = questionWords("thời tiết", "vi");
    expect(thoi?.context).toEqual(["thoi_tiet"]);
  });
});

describe("Japanese terms", () => {
  it("indexes character bigrams of Japanese runs", () => {
    expect(indexTerms("関税率", "ja")).toEqual(["関税", "税率"]);
  });
  it("segments a question into content words with Intl.Segmenter, dropping particles", () => {
    const words = questionWords("ベトナムへの関税は何パーセントですか？", "ja").map((w) => w.word);
    expect(words).toContain("ベトナム");
    expect(words).toContain("関税");
    expect(words).not.toContain("の");
    expect(words).not.toContain("です");
  });
});

describe("detectLang", () => {
  it.each([
    ["How many Vietnamese live in Japan?", "en"],
    ["Who did Ishiba meet in Hà Nội?", "en"],
    ["ベトナムへの関税は何パーセントですか？", "ja"],
    ["Có bao nhiêu người Việt Nam đang sống ở Nhật Bản?", "vi"],
    ["co bao nhieu nguoi viet nam song o nhat ban", "vi"],
    ["hop tac dien gio ngoai khoi Nhat Viet", "vi"],
    // Typed without diacritics: question words and verbs, not only topic words.
    ["ishiba gap TBT to lam vao ngay nao vay", "vi"],
    ["Xi Jinping den Viet Nam ngay nao", "vi"],
    ["ishiba di philippines ngay nao", "vi"],
    ["thu tuong ishiba tro ve tokyo ngay nao", "vi"],
    ["ai da gap bo truong tai chinh my bessent", "vi"],
    // English that shares a word or two with those lists stays English.
    ["When did Ishiba go to Ha Noi, and who did he meet?", "en"],
    ["What did Ong say about the tariff deal after the talks?", "en"],
  ])("%s → %s", (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});

describe("englishNumberWordsToDigits (questions)", () => {
  it("writes spelled-out figures in digits and leaves a lone small word", async () => {
    const { numberWordsToDigits: englishNumberWordsToDigits } = await import("../../src/lang/en/numbers.js");
    expect(englishNumberWordsToDigits("twenty billion dollars")).toBe("20000000000 dollars");
    expect(englishNumberWordsToDigits("two hundred billion")).toBe("200000000000");
    expect(englishNumberWordsToDigits("twenty-four percent")).toBe("24 percent");
    expect(englishNumberWordsToDigits("one hundred and fifty")).toBe("150");
    expect(englishNumberWordsToDigits("six hundred thousand Vietnamese")).toBe("600000 Vietnamese");
    expect(englishNumberWordsToDigits("one of the first, the two sides")).toBe(
      "one of the first, the two sides",
    );
    expect(englishNumberWordsToDigits("the $20 billion, a hundred")).toBe("the $20 billion, a hundred");
  });
});
