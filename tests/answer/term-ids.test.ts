import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateBriefing } from "../../bench/generate-briefing.js";
import { fold } from "../../src/answer/normalize.js";
import { indexTerms, TermIds, TermIdTokenizer } from "../../src/answer/term-ids.js";
import { ABSENT, HASH_SEED, hashStep, PairTable, WordTable } from "../../src/answer/term-tables.js";
import { latinTerm, prepare } from "../../src/answer/tokenize.js";
import { loadBriefings } from "../../src/briefing/load.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import type { Briefing } from "../../src/briefing/types.js";
import { LANGS, type Lang } from "../../src/i18n/lang.js";

/**
 * The index tokenizer scans char codes and looks words up in hash tables, for speed. This
 * plain version, a regex over the prepared text and a string per term, is what it must equal.
 */
const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆";
const PIECE = new RegExp(`([${CJK}]+)|(\\d+(?:\\.\\d+)?)|([a-z]+)`, "gu");

function plainIndexTerms(text: string, lang: Lang): string[] {
  const out: string[] = [];
  let previous: string | undefined;
  for (const [, cjk, num, latin] of prepare(text).matchAll(PIECE)) {
    if (cjk) {
      if (cjk.length === 1) out.push(cjk);
      for (let i = 0; i + 1 < cjk.length; i++) out.push(cjk.slice(i, i + 2));
      previous = undefined;
    } else if (num) {
      out.push(num);
      previous = undefined;
    } else if (latin) {
      if (latin.length === 1 && latin !== "s") {
        previous = undefined;
        continue;
      }
      const term = latinTerm(latin, lang);
      if (term) out.push(term);
      if (lang === "vi") {
        if (previous && term) out.push(`${previous}_${latin}`);
        previous = term ? latin : undefined;
      }
    }
  }
  return out;
}

/**
 * The tokenizer with its quick path on, as large index builds run it (indexTerms runs without);
 * and a second one read the same texts as packed units (as a worker is sent them), between
 * other units, which must give the same terms.
 */
const quickTokenizer = new TermIdTokenizer(new TermIds(), true);
/** A string's UTF-16 units (a lone surrogate kept as it is). */
function unitsOf(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}
const packedTokenizer = new TermIdTokenizer(new TermIds(), true);
function quickIndexTerms(text: string, lang: Lang): string[] {
  const count = quickTokenizer.tokenize(text, lang);
  const terms = Array.from(quickTokenizer.ids.subarray(0, count), (id) => quickTokenizer.registry.terms[id]!);
  const units = unitsOf(`x5${text}%y`);
  const packed = packedTokenizer.tokenizeUnits(units, 2, 2 + text.length, lang);
  const packedTerms = Array.from(
    packedTokenizer.ids.subarray(0, packed),
    (id) => packedTokenizer.registry.terms[id]!,
  );
  expect(packedTerms, `packed: ${text}`).toEqual(terms);
  return terms;
}

function textsOf(briefing: Briefing): Array<[string, Lang]> {
  const out: Array<[string, Lang]> = [];
  for (const fact of briefing.facts) {
    for (const lang of LANGS) {
      out.push([fact.statement[lang], lang]);
      for (const q of fact.questions[lang]) out.push([q, lang]);
    }
    for (const n of fact.numbers) out.push([n.measure, "en"]);
  }
  for (const e of briefing.entities)
    for (const lang of LANGS) for (const n of e.names[lang]) out.push([n, lang]);
  for (const t of briefing.topics) for (const lang of LANGS) out.push([t.name[lang], lang]);
  return out;
}

describe("indexTerms (id tokenizer) against the plain regex tokenizer", () => {
  it("agrees on every text of the shipped briefing, in each language", () => {
    const [shipped] = loadBriefings(DEFAULT_BRIEFINGS_DIR);
    const texts = textsOf(shipped!);
    expect(texts.length).toBeGreaterThan(500);
    for (const [text, lang] of texts) {
      expect(indexTerms(text, lang), text).toEqual(plainIndexTerms(text, lang));
      expect(quickIndexTerms(text, lang), text).toEqual(plainIndexTerms(text, lang));
      for (const other of LANGS) expect(indexTerms(text, other)).toEqual(plainIndexTerms(text, other));
      for (const other of LANGS) expect(quickIndexTerms(text, other)).toEqual(plainIndexTerms(text, other));
    }
  });

  it("agrees on a synthetic briefing of 2,000 facts", () => {
    for (const [text, lang] of textsOf(generateBriefing(2_000, 7))) {
      expect(indexTerms(text, lang), text).toEqual(plainIndexTerms(text, lang));
      expect(quickIndexTerms(text, lang), text).toEqual(plainIndexTerms(text, lang));
    }
  });

  it("agrees on arbitrary text: mixed scripts, numbers, surrogate pairs, marks, stray letters", () => {
    const pieces = [
      ..."abcdeghimnopstuvy",
      " ",
      "s",
      ".",
      ",",
      "%",
      "'s",
      "0",
      "7",
      "27.4",
      "600,000",
      "60万",
      "1.5 billion",
      "Ph.D.",
      "U.S.",
      "touch down",
      "sat down with",
      "Việt",
      "Nhật Bản",
      "đ",
      "İ",
      "ベトナム",
      "日本",
      "々",
      "ー",
      "〆",
      "𠮷",
      "\ud842",
      "？",
      "ＡＢ１",
      "한국",
      "\u0301",
      "phần trăm",
      "tỷ lệ",
      // What prepare rewrites, whole and in pieces: the tokenizer skips prepare where none occurs.
      "ph d",
      "phd",
      "ph",
      "graph",
      "s.",
      "’s",
      "’",
      "'",
      "パーセント",
      "パン",
      "phan tram",
      "tram",
      "trams",
      "ty le",
      "ti le",
      "le",
      "on the line",
      "line",
      "blower",
      "get hold of",
      "came up",
      "comes",
      "the two sides",
      "signed up for",
      "sign up to",
      "signed on to",
      "see",
      "seen",
      "saw",
      "as",
      "set off for",
      "off",
      "flying out",
      "flew out",
      "touching down",
      "teamed up",
      "lo ngại",
      "ngại",
      "team",
      "working together",
      "together",
      "got through to",
      "through",
      "bodies of water",
      "water",
      "wrapping up in",
      "summed up",
      "rests on",
      "rest",
      "looking at a 46",
      "look at",
      "tech-wise",
      "-wise",
      "wise",
      // Number formats canonicalNumbers rewrites, whole and in pieces, and units folded apart.
      "600 000",
      "600'000",
      "27,4",
      "5 k",
      " m",
      "billion",
      "20 tỷ",
      "万",
      "兆",
      "\u3000",
      "ǆ",
      "Ệ",
      "Ａ",
      "か\u3099",
      "\u309a",
      "ｶﾞ",
      "（",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join("")),
        fc.constantFrom<Lang>(...LANGS),
        (text, lang) => {
          expect(indexTerms(text, lang)).toEqual(plainIndexTerms(text, lang));
          expect(quickIndexTerms(text, lang)).toEqual(plainIndexTerms(text, lang));
        },
      ),
      { numRuns: 6000 },
    );
  });

  it("agrees where a rewrite joins or splits pieces, once the tokenizer knows the terms", () => {
    // The quick path is taken only for texts whose terms are all known: each text twice.
    const texts = [
      "5's.5",
      "5’s.5",
      "５’Ｓ．５",
      "a5's.5 b",
      "5's's.5",
      "日本's々",
      "x's.5",
      "Ａ\u302b\u302a日",
      "か\u3099が",
      "600\u3000000",
      "touch\u3000down",
      "phần\u3000trăm",
      "the two sides met",
      "5%'s",
      "ph.d. ph d phd",
      "u.s. 5 k",
    ];
    for (const lang of LANGS) {
      for (const text of texts) {
        expect(indexTerms(text, lang), text).toEqual(plainIndexTerms(text, lang));
        expect(quickIndexTerms(text, lang), text).toEqual(plainIndexTerms(text, lang));
        expect(indexTerms(text, lang), text).toEqual(plainIndexTerms(text, lang));
        expect(quickIndexTerms(text, lang), text).toEqual(plainIndexTerms(text, lang));
      }
    }
  });

  it("agrees on arbitrary Unicode strings", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 40 }),
        fc.constantFrom<Lang>(...LANGS),
        (text, lang) => {
          expect(indexTerms(text, lang)).toEqual(plainIndexTerms(text, lang));
          expect(quickIndexTerms(text, lang)).toEqual(plainIndexTerms(text, lang));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("TermIdTokenizer", () => {
  it("numbers terms in the order they are first seen, across texts", () => {
    const registry = new TermIds();
    const tokenizer = new TermIdTokenizer(registry);
    const first = tokenizer.tokenize("Japan trains nurses; Japan trains engineers.", "en");
    expect(Array.from(tokenizer.ids.subarray(0, first))).toEqual([0, 1, 2, 0, 1, 3]);
    const second = tokenizer.tokenize("Nhật Bản đào tạo điều dưỡng", "vi");
    const ids = Array.from(tokenizer.ids.subarray(0, second));
    expect(ids.map((id) => registry.terms[id])).toEqual(plainIndexTerms("Nhật Bản đào tạo điều dưỡng", "vi"));
    expect(ids[0]).toBe(4);
  });

  it("grows its id buffer for a long text", () => {
    const tokenizer = new TermIdTokenizer(new TermIds());
    const text = Array.from({ length: 2_000 }, (_, i) => `word${i}`).join(" ");
    expect(tokenizer.tokenize(text, "en")).toBe(plainIndexTerms(text, "en").length);
  });

  it("reads a packed text longer than one string conversion's slice (4,096 units) whole", () => {
    // A new word makes the quick path give way to the string, made from the units in slices.
    const text = `${"Việt Nam ".repeat(600)}Ph.D. ${"日本".repeat(300)}`;
    const units = unitsOf(text);
    expect(units.length).toBeGreaterThan(4_096 + 1_000);
    const tokenizer = new TermIdTokenizer(new TermIds(), true);
    const count = tokenizer.tokenizeUnits(units, 0, units.length, "vi");
    const terms = Array.from(tokenizer.ids.subarray(0, count), (id) => tokenizer.registry.terms[id]!);
    expect(terms).toEqual(plainIndexTerms(text, "vi"));
  });
});

describe("WordTable and PairTable", () => {
  const hashOf = (s: string) => {
    let h = HASH_SEED;
    for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
    return h;
  };

  const units = (s: string) => Uint16Array.from(s, (c) => c.charCodeAt(0));

  it("find words by a stretch of a text's units, through growth, and miss what is not there", () => {
    const table = new WordTable(4);
    const words = Array.from({ length: 5_000 }, (_, i) => fold(`w${i.toString(36)}x`));
    words.forEach((w, i) => {
      table.add(w, hashOf(w), i);
    });
    words.forEach((w, i) => {
      const text = `..${w}..`;
      expect(table.get(units(text), 2, 2 + w.length, hashOf(w))).toBe(i);
    });
    expect(table.get(units("wzzzzzx"), 0, 7, hashOf("wzzzzzx"))).toBe(ABSENT);
    // Same hash, other characters: compared, not trusted.
    expect(table.get(units("w0y"), 0, 3, hashOf("w0x"))).toBe(ABSENT);
  });

  it("find pairs through growth, order mattering", () => {
    const table = new PairTable(2);
    for (let i = 0; i < 3_000; i++) table.add(i, i * 7 + 1, i);
    for (let i = 0; i < 3_000; i++) expect(table.get(i, i * 7 + 1)).toBe(i);
    expect(table.get(8, 1)).toBe(ABSENT);
    expect(table.get(1, 0)).toBe(ABSENT);
  });
});
