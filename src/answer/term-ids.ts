import type { Lang } from "../i18n/lang.js";
import { foldUnits, normalizeText } from "./normalize.js";
import { ABSENT, HASH_SEED, hashStep, PairTable, STOP, WordTable } from "./term-tables.js";
import { isCjk, latinTerm, mayRewriteAround, prepare } from "./tokenize.js";

/**
 * The index side of tokenization: a text's index terms, as ids. The text is folded into a
 * buffer of UTF-16 units, and one scan splits it into the pieces PIECE (tokenize.ts)
 * describes; a word, number or Japanese bigram seen before is found by its units in a table,
 * with no string made for it. An index build tokenizes about ten texts a fact, and the
 * strings (per token, then per normalisation step) were most of its time and garbage.
 * tests/answer/term-ids.test.ts holds it to a plain regex-based tokenizer over prepare().
 */

/** Terms and their ids, numbered in the order they are first seen. */
export class TermIds {
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();

  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}

export class TermIdTokenizer {
  /** The ids of the last text tokenized, in `ids[0, count)`. */
  ids = new Int32Array(256);
  count = 0;
  /** Latin words → term id, STOP or REWRITE, for Vietnamese and for the other languages (stemmed). */
  private readonly viWords = new WordTable();
  private readonly otherWords = new WordTable();
  private readonly numbers = new WordTable();
  /** A Japanese bigram's two UTF-16 units (a lone character: its unit and 0) → term id. */
  private readonly kanji = new PairTable();
  /** Two Vietnamese syllables' term ids → the id of their pair term ("nhat_ban"). */
  private readonly syllablePairs = new PairTable();
  /** The text being scanned, normalised or prepared, as UTF-16 units. */
  private text = new Uint16Array(1024);
  private readonly folds = foldUnits();

  constructor(readonly registry: TermIds) {}

  /** Tokenizes a text written in `lang`; returns the number of ids (also in `count`). */
  tokenize(text: string, lang: Lang): number {
    // Most texts are folded unit by unit into the buffer, with no string made, and need none
    // of prepare's rewrites (Ph.D., U.S., percent, phrases, 's): the scan of the normalised
    // text stands. Where folding needs the string functions, or the scan meets a word or
    // character a rewrite starts from, the text takes the full path.
    let length = this.normalizeInto(text);
    if (length < 0) length = this.load(normalizeText(text));
    if (!this.scan(length, lang, true)) this.scan(this.load(prepare(text)), lang, false);
    return this.count;
  }

  /**
   * Writes normalizeText(text) into the buffer where that is fold unit by unit with no number
   * rewrite: every unit folds by table (foldUnits), and no digit is followed by a separator
   * and a digit (600,000 · 27,4 · 1.5) or, after spaces, by a scale (60万, 20 billion, 5k).
   * Returns its length, or -1 where normalizeText must do it.
   */
  private normalizeInto(text: string): number {
    const n = text.length;
    if (n > this.text.length) this.text = new Uint16Array(Math.max(n, 2 * this.text.length));
    const out = this.text;
    const folds = this.folds;
    let previous = 0;
    /** The last unit that is not a space was a digit. */
    let afterDigit = false;
    /** The previous unit is a separator right after a digit. */
    let separatorAfterDigit = false;
    for (let i = 0; i < n; i++) {
      const u = folds[text.charCodeAt(i)]!;
      if (u === 0) return -1;
      out[i] = u;
      if (u >= 48 && u <= 57) {
        if (separatorAfterDigit) return -1;
        afterDigit = true;
      } else if (afterDigit) {
        if (isScaleStart(u)) return -1;
        separatorAfterDigit = previous >= 48 && previous <= 57 && isSeparator(u);
        if (u !== SPACE && u !== IDEOGRAPHIC_SPACE) afterDigit = false;
      }
      previous = u;
    }
    return n;
  }

  /** Copies a string into the buffer; returns its length. */
  private load(s: string): number {
    const n = s.length;
    if (n > this.text.length) this.text = new Uint16Array(Math.max(n, 2 * this.text.length));
    for (let i = 0; i < n; i++) this.text[i] = s.charCodeAt(i);
    return n;
  }

  /**
   * Scans the buffer's first `n` units, prepared text, into `ids`. With `quick` they are only
   * normalised: the scan stops and returns false at the first sign that prepare would have
   * changed them.
   */
  private scan(n: number, lang: Lang, quick: boolean): boolean {
    const s = this.text;
    const vi = lang === "vi";
    const words = vi ? this.viWords : this.otherWords;
    this.count = 0;
    // Vietnamese: the previous content syllable's term id (the syllable itself), or STOP.
    let previous = STOP;
    let i = 0;
    while (i < n) {
      const c = s[i]!;
      if (c >= 97 && c <= 122) {
        let hash = hashStep(HASH_SEED, c);
        let j = i + 1;
        for (; j < n; j++) {
          const d = s[j]!;
          if (d < 97 || d > 122) break;
          hash = hashStep(hash, d);
        }
        if (j - i === 1) {
          // "u.s.": initials, which prepare joins.
          if (quick && j < n && s[j] === 46) return false;
          // A lone letter other than "s" is no word, and breaks a run of syllables.
          if (c !== 115) {
            previous = STOP;
            i = j;
            continue;
          }
        }
        let term = words.get(s, i, j, hash);
        if (term === ABSENT) {
          const word = unitsToString(s, i, j);
          term = mayRewriteAround(word) ? REWRITE : this.termOf(word, lang);
          words.add(word, hash, term);
        }
        if (term === REWRITE) {
          if (quick) return false;
          term = this.termOf(unitsToString(s, i, j), lang);
        }
        if (term !== STOP) this.push(term);
        if (vi) {
          if (previous !== STOP && term !== STOP) this.push(this.syllablePair(previous, term));
          previous = term;
        }
        i = j;
      } else if (c >= 48 && c <= 57) {
        // A number: digits, and a decimal part if a dot is followed by a digit.
        let hash = hashStep(HASH_SEED, c);
        let j = i + 1;
        for (; j < n && isDigit(s[j]!); j++) hash = hashStep(hash, s[j]!);
        if (j + 1 < n && s[j] === 46 && isDigit(s[j + 1]!)) {
          hash = hashStep(hash, 46);
          for (j++; j < n && isDigit(s[j]!); j++) hash = hashStep(hash, s[j]!);
        }
        let term = this.numbers.get(s, i, j, hash);
        if (term === ABSENT) {
          const number = unitsToString(s, i, j);
          term = this.registry.idOf(number);
          this.numbers.add(number, hash, term);
        }
        this.push(term);
        previous = STOP;
        i = j;
      } else if (c < 0x80) {
        // "%" and "'s" are rewritten by prepare.
        if (quick && (c === PERCENT || c === APOSTROPHE)) return false;
        i++;
      } else {
        const cp = codePointAt(s, i, n);
        let j = i + (cp > 0xffff ? 2 : 1);
        if (!isCjk(cp)) {
          if (quick && cp === RIGHT_QUOTE) return false;
          i = j;
          continue;
        }
        // パーセント is rewritten by prepare.
        let pa = c === KATAKANA_PA;
        while (j < n) {
          const d = codePointAt(s, j, n);
          if (!isCjk(d)) break;
          pa ||= d === KATAKANA_PA;
          j += d > 0xffff ? 2 : 1;
        }
        if (quick && pa) return false;
        if (j - i === 1) this.push(this.bigram(c, 0));
        else for (let k = i; k + 1 < j; k++) this.push(this.bigram(s[k]!, s[k + 1]!));
        previous = STOP;
        i = j;
      }
    }
    return true;
  }

  /** The term id of a folded Latin word, or STOP. */
  private termOf(word: string, lang: Lang): number {
    const t = latinTerm(word, lang);
    return t === undefined ? STOP : this.registry.idOf(t);
  }

  private push(id: number): void {
    if (this.count === this.ids.length) {
      const more = new Int32Array(this.ids.length * 2);
      more.set(this.ids);
      this.ids = more;
    }
    this.ids[this.count++] = id;
  }

  /** The term id of the bigram of two UTF-16 units (`second` 0: the lone character `first`). */
  private bigram(first: number, second: number): number {
    let id = this.kanji.get(first, second);
    if (id === ABSENT) {
      id = this.registry.idOf(second === 0 ? String.fromCharCode(first) : String.fromCharCode(first, second));
      this.kanji.add(first, second, id);
    }
    return id;
  }

  private syllablePair(first: number, second: number): number {
    let id = this.syllablePairs.get(first, second);
    if (id === ABSENT) {
      const terms = this.registry.terms;
      id = this.registry.idOf(`${terms[first]}_${terms[second]}`);
      this.syllablePairs.add(first, second, id);
    }
    return id;
  }
}

/** The code point at s[i], as String.prototype.codePointAt reads it (a lone surrogate as itself). */
function codePointAt(s: Uint16Array, i: number, n: number): number {
  const hi = s[i]!;
  if (hi < 0xd800 || hi > 0xdbff || i + 1 >= n) return hi;
  const lo = s[i + 1]!;
  return lo >= 0xdc00 && lo <= 0xdfff ? (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000 : hi;
}

function unitsToString(s: Uint16Array, from: number, to: number): string {
  return String.fromCharCode(...s.subarray(from, to));
}

/** In a word table: a word prepare may rewrite around (mayRewriteAround), whose term is found on the full path. */
const REWRITE = -3;
const PERCENT = 0x25;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const KATAKANA_PA = 0x30d1;
const SPACE = 0x20;
const IDEOGRAPHIC_SPACE = 0x3000;

/** Units a thousands separator can be, among those foldUnits maps ("600 000", "600'000"). */
function isSeparator(u: number): boolean {
  return u === 0x2c || u === 0x2e || u === APOSTROPHE || u === SPACE;
}

/** First units of canonicalNumbers' scales: b k m n t v (billion, k, million, nghìn, triệu, vạn) and 千万億兆. */
function isScaleStart(u: number): boolean {
  return (
    u === 98 ||
    u === 107 ||
    u === 109 ||
    u === 110 ||
    u === 116 ||
    u === 118 ||
    u === 0x5343 ||
    u === 0x4e07 ||
    u === 0x5104 ||
    u === 0x5146
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** One tokenizer for indexTerms, renewed when its tables grow large (questions bring new words). */
let shared: TermIdTokenizer | undefined;

/** Index terms of a text written in `lang`, in order (duplicates kept: the caller counts them). */
export function indexTerms(text: string, lang: Lang): string[] {
  if (!shared || shared.registry.terms.length > 200_000) shared = new TermIdTokenizer(new TermIds());
  const count = shared.tokenize(text, lang);
  const { ids } = shared;
  const terms = shared.registry.terms;
  const out = new Array<string>(count);
  for (let k = 0; k < count; k++) out[k] = terms[ids[k]!]!;
  return out;
}
