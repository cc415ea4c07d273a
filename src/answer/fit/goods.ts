import type { Fact } from "../../briefing/types.js";
import { LANGS } from "../../i18n/lang.js";
import { allPacks, type LanguagePack, languagePack } from "../../knowledge/packs.js";
import { escapeRegExp } from "../../knowledge/reading.js";
import { compilePattern } from "../../lang/pattern.js";
import { fold } from "../normalize.js";

/**
 * The goods a text names, read with the language packs' `goods` families (measures.yaml): each
 * family's words, longest first, so a word inside a longer one ("thịt" in "thịt bò") is not
 * read again. A word without marks is read in the text folded to none ("thep" in "thép"); a
 * word of Latin letters only as a whole word.
 */
export interface GoodsNamed {
  /** The families named, by id. */
  families: Set<string>;
  /** Words the text names goods at large with ("most goods"). */
  atLarge: boolean;
  /** The words read, as the pack writes them. */
  words: string[];
}

interface GoodsWord {
  word: string;
  family: string | undefined;
  /** Its first piece, in the form read: a text without it cannot name the word. */
  piece: string;
  plain: boolean;
  /** The expressions, made at the first text that holds `piece` (most questions name no goods). */
  patterns?: { re: RegExp; unmarkedRe: RegExp };
}

interface Reader {
  words: GoodsWord[];
}

const readers = new WeakMap<LanguagePack, Reader>();
const factGoods = new WeakMap<Fact, GoodsNamed>();
const LATIN = compilePattern("^[\\p{Script=Latin}\\p{M}\\s'-]+$", "u");
const UNMARKED = /^[\x20-\x7e]+$/;

function readerOf(pack: LanguagePack): Reader {
  let reader = readers.get(pack);
  if (!reader) {
    const listed: { word: string; family: string | undefined }[] = [
      ...Object.entries(pack.goods).flatMap(([family, g]) => g.words.map((word) => ({ word, family }))),
      ...pack.goodsAtLarge.map((word) => ({ word, family: undefined })),
    ];
    listed.sort((a, b) => b.word.length - a.word.length);
    reader = {
      words: listed.map(({ word, family }) => {
        const w = word.normalize("NFC").toLowerCase();
        const plain = UNMARKED.test(w);
        const first = w.split(" ")[0] ?? w;
        return { word: w, family, piece: plain ? fold(first) : first, plain };
      }),
    };
    readers.set(pack, reader);
  }
  return reader;
}

/** A word as an expression: a word of Latin letters only whole, spaces as any. */
function wordPattern(w: string): RegExp {
  const body = escapeRegExp(w).replace(/ /g, "\\s+");
  // compilePattern: on ASCII text the \p classes run as their ASCII members, sparing ICU.
  return LATIN.test(w)
    ? compilePattern(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "gu")
    : compilePattern(body, "gu");
}

function patternsOf(w: GoodsWord): { re: RegExp; unmarkedRe: RegExp } {
  w.patterns ??= { re: wordPattern(w.word), unmarkedRe: wordPattern(fold(w.word)) };
  return w.patterns;
}

/** The goods `text` names, read with `pack`. */
export function goodsIn(text: string, pack: LanguagePack): GoodsNamed {
  const out: GoodsNamed = { families: new Set(), atLarge: false, words: [] };
  let marked = text.normalize("NFC").toLowerCase();
  // Marks taken off: a question typed without them.
  let plain = fold(marked);
  for (const w of readerOf(pack).words) {
    // The form read: the text as written, or without marks for a word written without them.
    const source = w.plain ? plain : marked;
    if (!source.includes(w.piece)) continue;
    const { re, unmarkedRe } = patternsOf(w);
    if (!re.test(source)) continue;
    re.lastIndex = 0;
    out.words.push(w.word);
    if (w.family === undefined) out.atLarge = true;
    else out.families.add(w.family);
    // The words read are taken out, in both forms, so a shorter word inside is not read again.
    marked = marked.replace(re, (m) => " ".repeat(m.length));
    plain = plain.replace(unmarkedRe, (m) => " ".repeat(m.length));
  }
  return out;
}

/** The goods a fact names, in any of its statements (each read with its language's pack). */
export function goodsOfFact(fact: Fact): GoodsNamed {
  let named = factGoods.get(fact);
  if (!named) {
    named = { families: new Set(), atLarge: false, words: [] };
    for (const lang of LANGS) {
      const statement = fact.statement[lang];
      if (!statement) continue;
      const one = goodsIn(statement, languagePack(lang));
      for (const f of one.families) named.families.add(f);
      named.atLarge ||= one.atLarge;
      named.words.push(...one.words);
    }
    factGoods.set(fact, named);
  }
  return named;
}

/** Whether family `a` covers family `b` in any pack ("meat" covers "beef"). */
export function covers(a: string, b: string): boolean {
  return allPacks().some((p) => p.goods[a]?.covers?.includes(b) ?? false);
}
