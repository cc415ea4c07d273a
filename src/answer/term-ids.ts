import type { LanguageCode } from "../i18n/lang.js";
import { languagePack } from "../knowledge/packs.js";
import { languageModule } from "../lang/registry.js";
import { foldUnits, isScaleWord, normalizeText, numberScales } from "./normalize.js";
import { perLexicon } from "./synonyms.js";
import { ABSENT, HASH_SEED, hashStep, PairTable, STOP, WordTable } from "./term-tables.js";
import {
  clitics,
  isCjk,
  latinTerm,
  mayRewriteAround,
  prepare,
  type RewriteMarks,
  rewriteMarks,
} from "./tokenize.js";

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
  /**
   * By the language Latin words are read in (English for English and Japanese texts): each
   * word → term id, STOP or REWRITE, and the term of the word "percent" once a full scan has met it.
   */
  private readonly latin = new Map<LanguageCode, { words: WordTable; percent: number }>();
  private readonly numbers = new WordTable();
  /** A Japanese bigram's two UTF-16 units (a lone character: its unit and 0) → term id. */
  private readonly kanji = new PairTable();
  /** Two Vietnamese syllables' term ids → the id of their pair term ("nhat_ban"). */
  private readonly syllablePairs = new PairTable();
  /** The text being scanned, normalised or prepared, as UTF-16 units. */
  private text = new Uint16Array(1024);
  /** foldUnits(), fetched on the first quick tokenization. */
  private folds: Uint16Array | undefined;

  /**
   * `quick`: try the quick path (below) first. It pays off on large builds, once V8 has
   * optimised its loops; a small briefing's build runs them cold, in the interpreter, where
   * the string functions of the full path are faster (a cold start builds the index).
   */
  constructor(
    readonly registry: TermIds,
    private readonly quick = false,
  ) {}

  /** Tokenizes a text written in `lang`; returns the number of ids (also in `count`). */
  tokenize(text: string, lang: LanguageCode): number {
    // Most texts are folded unit by unit into the buffer, with no string made, and need none
    // of prepare's rewrites (Ph.D., U.S., percent, phrases, 's): the scan of the normalised
    // text stands. Where folding needs the string functions, or the scan meets a word or
    // character a rewrite starts from, the text takes the full path.
    if (this.quick) {
      let length = this.normalizeInto(text, 0, text.length);
      if (length < 0) length = this.load(normalizeText(text));
      if (this.scan(length, lang, true)) return this.count;
    }
    this.scan(this.load(prepare(text)), lang, false);
    return this.count;
  }

  /**
   * Tokenizes the text held as UTF-16 units in `units[from, to)` (packed texts, as a worker
   * is sent them): the same ids as `tokenize` of that text, with its string made only where
   * the quick path cannot do without it.
   */
  tokenizeUnits(units: Uint16Array, from: number, to: number, lang: LanguageCode): number {
    if (this.quick) {
      const length = this.normalizeInto(units, from, to);
      if (length >= 0 && this.scan(length, lang, true)) return this.count;
    }
    return this.tokenize(unitsToString(units, from, to), lang);
  }

  /**
   * Writes normalizeText of the text (a string, or packed units) from `from` to `to` into the
   * buffer where that is fold unit by unit with no number rewrite: every unit folds by table
   * (foldUnits), no digit is followed by a separator and a digit (600,000 · 27,4 · 1.5), and
   * none, after spaces, by a scale (60万, 20 billion, 5k). Returns its length, or -1 where
   * normalizeText must do it.
   */
  private normalizeInto(text: string | Uint16Array, from: number, to: number): number {
    const n = to - from;
    if (n > this.text.length) this.text = new Uint16Array(Math.max(n, 2 * this.text.length));
    const out = this.text;
    this.folds ??= foldUnits();
    const folds = this.folds;
    // One check per text, not per unit: which way the units are read.
    const packed = typeof text !== "string";
    let previous = 0;
    /** Only spaces since the last digit. */
    let afterDigit = false;
    /** The previous unit is a separator right after a digit. */
    let separatorAfterDigit = false;
    /** Where a word right after a number (and spaces) starts, or -1: "20 billion". */
    let wordAfterNumber = -1;
    for (let i = 0; i < n; i++) {
      const u = folds[packed ? text[from + i]! : text.charCodeAt(from + i)]!;
      if (u === 0) return -1;
      out[i] = u;
      if (isDigit(u)) {
        if (separatorAfterDigit) return -1;
        afterDigit = true;
        // "5k2": a scale followed by a digit is no scale.
        wordAfterNumber = -1;
      } else {
        const letter = u >= 97 && u <= 122;
        if (wordAfterNumber >= 0 && !letter) {
          if (isScaleAt(out, wordAfterNumber, i)) return -1;
          wordAfterNumber = -1;
        }
        separatorAfterDigit = isDigit(previous) && isSeparator(u);
        if (afterDigit) {
          if (isCjkScale(u)) return -1;
          if (letter) wordAfterNumber = i;
          afterDigit = u === SPACE;
        }
      }
      previous = u;
    }
    return wordAfterNumber >= 0 && isScaleAt(out, wordAfterNumber, n) ? -1 : n;
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
   * normalised, and the scan stops and returns false at the first sign that prepare would
   * change them, or at a term not seen before: a quick scan registers nothing, so one that
   * stops leaves no trace, and terms are numbered in the order the prepared texts give.
   */
  private scan(n: number, lang: LanguageCode, quick: boolean): boolean {
    const s = this.text;
    const { latin, pairs, marks } = this.readingOf(lang);
    const words = latin.words;
    this.count = 0;
    // A language of syllables: the previous content syllable's term id (the syllable itself), or STOP.
    let previous = STOP;
    let i = 0;
    while (i < n) {
      const c = s[i]!;
      let term: number;
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
        term = words.get(s, i, j, hash);
        if (term === ABSENT) {
          if (quick) return false;
          const word = unitsToString(s, i, j);
          // Only a quick tokenizer needs the marker; a plain one keeps the term itself.
          term = this.quick && mayRewriteAround(word) ? REWRITE : this.termOf(word, lang);
          words.add(word, hash, term);
          if (word === PERCENT_TERM) latin.percent = term;
        }
        if (term === REWRITE) {
          if (quick) return false;
          term = this.termOf(unitsToString(s, i, j), lang);
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
        let id = this.numbers.get(s, i, j, hash);
        if (id === ABSENT) {
          if (quick) return false;
          const number = unitsToString(s, i, j);
          id = this.registry.idOf(number);
          this.numbers.add(number, hash, id);
        }
        this.push(id);
        previous = STOP;
        i = j;
        continue;
      } else if (quick && c === PERCENT) {
        // prepare writes "%" as the word " percent ".
        term = latin.percent;
        if (term === ABSENT) return false;
        i++;
      } else if (quick && (c === APOSTROPHE || c === RIGHT_QUOTE) && cliticAt(s, i, n) > 0) {
        // prepare drops a clitic ("'s") before a non-word character: Japan's → Japan. After a
        // digit or a non-ASCII unit, what it joins may read otherwise (5's.5 is 5.5, 日本's々
        // one run): the full path.
        if (i > 0 && (s[i - 1]! >= 0x80 || isDigit(s[i - 1]!))) return false;
        i += cliticAt(s, i, n);
        continue;
      } else if (c < 0x80) {
        i++;
        continue;
      } else {
        const cp = codePointAt(s, i, n);
        let j = i + (cp > 0xffff ? 2 : 1);
        if (!isCjk(cp)) {
          if (quick && marks.starts[c] === 1 && markAt(s, i, n, marks.list)) return false;
          i = j;
          continue;
        }
        while (j < n) {
          const d = codePointAt(s, j, n);
          if (!isCjk(d)) break;
          j += d > 0xffff ? 2 : 1;
        }
        if (quick) {
          // A rewrite's word in the run (パーセント) is rewritten by prepare.
          for (let k = i; k < j; k++)
            if (marks.starts[s[k]!] === 1 && markAt(s, k, j, marks.list)) return false;
        }
        if (j - i === 1) {
          if (!this.pushBigram(c, 0, quick)) return false;
        } else for (let k = i; k + 1 < j; k++) if (!this.pushBigram(s[k]!, s[k + 1]!, quick)) return false;
        previous = STOP;
        i = j;
        continue;
      }
      // A Latin word's term (or STOP), and in a language of syllables its pair with the one before.
      if (term !== STOP) this.push(term);
      if (pairs) {
        if (previous !== STOP && term !== STOP) {
          let pair = this.syllablePairs.get(previous, term);
          if (pair === ABSENT) {
            if (quick) return false;
            const terms = this.registry.terms;
            pair = this.registry.idOf(pairs(terms[previous]!, terms[term]!));
            this.syllablePairs.add(previous, term, pair);
          }
          this.push(pair);
        }
        previous = term;
      }
    }
    return true;
  }

  /** How a text in `lang` is read, found once a language. */
  private readingOf(lang: LanguageCode): Reading {
    const known = this.readings.get(lang);
    if (known) return known;
    const reader = languagePack(lang).latinWordsAs;
    let latin = this.latin.get(reader);
    if (!latin) {
      latin = { words: new WordTable(), percent: ABSENT };
      this.latin.set(reader, latin);
    }
    const reading = { latin, pairs: languageModule(lang).pairSyllables, marks: rewriteMarks() };
    this.readings.set(lang, reading);
    return reading;
  }
  private readonly readings = new Map<LanguageCode, Reading>();

  /** The term id of a folded Latin word, or STOP. */
  private termOf(word: string, lang: LanguageCode): number {
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

  /**
   * Pushes the term of the bigram of two UTF-16 units (`second` 0: the lone character
   * `first`); false, and nothing pushed, where it is new and `quick` forbids registering it.
   */
  private pushBigram(first: number, second: number, quick: boolean): boolean {
    let id = this.kanji.get(first, second);
    if (id === ABSENT) {
      if (quick) return false;
      id = this.registry.idOf(second === 0 ? String.fromCharCode(first) : String.fromCharCode(first, second));
      this.kanji.add(first, second, id);
    }
    this.push(id);
    return true;
  }
}

/** The code point at s[i], as String.prototype.codePointAt reads it (a lone surrogate as itself). */
function codePointAt(s: Uint16Array, i: number, n: number): number {
  const hi = s[i]!;
  if (hi < 0xd800 || hi > 0xdbff || i + 1 >= n) return hi;
  const lo = s[i + 1]!;
  return lo >= 0xdc00 && lo <= 0xdfff ? (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000 : hi;
}

/** What scanning a text in a language reads with: its Latin word tables, syllable pairs, rewrite marks. */
interface Reading {
  /** The tables of the language its Latin words are read in. */
  latin: { words: WordTable; percent: number };
  pairs: ((previous: string, next: string) => string) | undefined;
  marks: RewriteMarks;
}

/** The string of units s[from, to). */
export function unitsToString(s: Uint16Array, from: number, to: number): string {
  // apply takes the typed array as it is, an array-like (TypeScript's signature wants number[]);
  // a spread iterates it, four times slower. In slices: a long text would pass too many arguments.
  if (to - from <= SLICE) return String.fromCharCode.apply(null, s.subarray(from, to) as unknown as number[]);
  let out = "";
  for (let at = from; at < to; at += SLICE)
    out += String.fromCharCode.apply(null, s.subarray(at, Math.min(to, at + SLICE)) as unknown as number[]);
  return out;
}
const SLICE = 4096;

/** In a quick tokenizer's word table: a word prepare may rewrite around (mayRewriteAround), whose term is found on the full path. */
const REWRITE = -3;
const PERCENT = 0x25;
/** The word prepare writes "%" and the packs' words for it as. */
const PERCENT_TERM = "percent";
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const SPACE = 0x20;

/**
 * The length of an apostrophe and a clitic (tokenize.ts: clitics) at s[at] followed by a
 * non-word character or the end, which prepare drops ("'s"); 0 where there is none.
 */
function cliticAt(s: Uint16Array, at: number, n: number): number {
  for (const clitic of clitics()) {
    const end = at + 1 + clitic.length;
    if (end > n) continue;
    let k = 0;
    while (k < clitic.length && s[at + 1 + k] === clitic.charCodeAt(k)) k++;
    if (k < clitic.length) continue;
    if (end === n) return end - at;
    const next = s[end]!;
    // \b after the clitic: the next unit is not [a-z0-9_] (folded text has no capitals).
    if (!((next >= 97 && next <= 122) || isDigit(next) || next === 95)) return end - at;
  }
  return 0;
}

/** Whether one of the rewrites' words in another script (rewriteMarks: パーセント) starts at s[at], before `end`. */
function markAt(s: Uint16Array, at: number, end: number, marks: readonly string[]): boolean {
  const first = s[at]!;
  for (const mark of marks) {
    if (mark.charCodeAt(0) !== first || at + mark.length > end) continue;
    let k = 1;
    while (k < mark.length && s[at + k] === mark.charCodeAt(k)) k++;
    if (k === mark.length) return true;
  }
  return false;
}

/** Whether out[from, to) is a word canonicalNumbers reads as a scale after a number. */
function isScaleAt(out: Uint16Array, from: number, to: number): boolean {
  // Checked by first letter and length before a string is made ("758 nurses").
  const scales = numberScales();
  if (!scales.starts.has(out[from]!) || to - from > scales.longest) return false;
  return isScaleWord(unitsToString(out, from, to));
}

/** Units a thousands separator can be, among those foldUnits maps ("600 000", "600'000"). */
function isSeparator(u: number): boolean {
  return u === 0x2c || u === 0x2e || u === APOSTROPHE || u === SPACE;
}

/** Whether a unit starts one of canonicalNumbers' scales in a script without spaces (万, 億). */
function isCjkScale(u: number): boolean {
  return numberScales().charStarts.has(u);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * One tokenizer for indexTerms and termsOfFact per lexicon (its word tables hold terms read
 * through the lexicon's synonyms), renewed when its tables grow large (questions bring new words).
 */
const shared = perLexicon((): { tokenizer?: TermIdTokenizer } => ({}));

/** The shared tokenizer of the lexicon in use (its ids are valid until the next call). */
export function sharedTokenizer(): TermIdTokenizer {
  const mine = shared();
  if (!mine.tokenizer || mine.tokenizer.registry.terms.length > 200_000)
    mine.tokenizer = new TermIdTokenizer(new TermIds());
  return mine.tokenizer;
}

/** Index terms of a text written in `lang`, in order (duplicates kept: the caller counts them). */
export function indexTerms(text: string, lang: LanguageCode): string[] {
  const tokenizer = sharedTokenizer();
  const count = tokenizer.tokenize(text, lang);
  const { ids } = tokenizer;
  const terms = tokenizer.registry.terms;
  const out = new Array<string>(count);
  for (let k = 0; k < count; k++) out[k] = terms[ids[k]!]!;
  return out;
}
