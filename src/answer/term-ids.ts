import type { Lang } from "../i18n/lang.js";
import { ABSENT, HASH_SEED, hashStep, PairTable, STOP, WordTable } from "./term-tables.js";
import { isCjk, latinTerm, prepare } from "./tokenize.js";

/**
 * The index side of tokenization: a text's index terms, as ids. One scan of the prepared text
 * splits it into the pieces PIECE (tokenize.ts) describes, and a word, number or Japanese
 * bigram seen before is found by its characters in a table, with no string made for it. An
 * index build tokenizes about ten texts a fact, and a string per token was most of its time
 * and garbage. tests/answer/term-ids.test.ts holds it to a plain regex-based tokenizer.
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
  /** Latin words → term id or STOP, for Vietnamese and for the other languages (stemmed). */
  private readonly viWords = new WordTable();
  private readonly otherWords = new WordTable();
  private readonly numbers = new WordTable();
  /** A Japanese bigram's two UTF-16 units (a lone character: its unit and 0) → term id. */
  private readonly kanji = new PairTable();
  /** Two Vietnamese syllables' term ids → the id of their pair term ("nhat_ban"). */
  private readonly syllablePairs = new PairTable();

  constructor(readonly registry: TermIds) {}

  /** Tokenizes a text written in `lang`; returns the number of ids (also in `count`). */
  tokenize(text: string, lang: Lang): number {
    const s = prepare(text);
    const n = s.length;
    const vi = lang === "vi";
    const words = vi ? this.viWords : this.otherWords;
    this.count = 0;
    // Vietnamese: the previous content syllable's term id (the syllable itself), or STOP.
    let previous = STOP;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c >= 97 && c <= 122) {
        let hash = hashStep(HASH_SEED, c);
        let j = i + 1;
        for (; j < n; j++) {
          const d = s.charCodeAt(j);
          if (d < 97 || d > 122) break;
          hash = hashStep(hash, d);
        }
        // A lone letter other than "s" is no word, and breaks a run of syllables.
        if (j - i === 1 && c !== 115) {
          previous = STOP;
          i = j;
          continue;
        }
        let term = words.get(s, i, j, hash);
        if (term === ABSENT) {
          const word = s.slice(i, j);
          const t = latinTerm(word, lang);
          term = t === undefined ? STOP : this.registry.idOf(t);
          words.add(word, hash, term);
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
        for (; j < n && isDigit(s.charCodeAt(j)); j++) hash = hashStep(hash, s.charCodeAt(j));
        if (j + 1 < n && s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
          hash = hashStep(hash, 46);
          for (j++; j < n && isDigit(s.charCodeAt(j)); j++) hash = hashStep(hash, s.charCodeAt(j));
        }
        let term = this.numbers.get(s, i, j, hash);
        if (term === ABSENT) {
          const number = s.slice(i, j);
          term = this.registry.idOf(number);
          this.numbers.add(number, hash, term);
        }
        this.push(term);
        previous = STOP;
        i = j;
      } else if (c < 0x80) {
        i++;
      } else {
        const cp = s.codePointAt(i)!;
        let j = i + (cp > 0xffff ? 2 : 1);
        if (!isCjk(cp)) {
          i = j;
          continue;
        }
        while (j < n) {
          const d = s.codePointAt(j)!;
          if (!isCjk(d)) break;
          j += d > 0xffff ? 2 : 1;
        }
        if (j - i === 1) this.push(this.bigram(s, i, c, 0));
        else
          for (let k = i; k + 1 < j; k++) this.push(this.bigram(s, k, s.charCodeAt(k), s.charCodeAt(k + 1)));
        previous = STOP;
        i = j;
      }
    }
    return this.count;
  }

  private push(id: number): void {
    if (this.count === this.ids.length) {
      const more = new Int32Array(this.ids.length * 2);
      more.set(this.ids);
      this.ids = more;
    }
    this.ids[this.count++] = id;
  }

  /** The term id of the bigram at s[at] (`second` 0: the lone character at s[at]). */
  private bigram(s: string, at: number, first: number, second: number): number {
    let id = this.kanji.get(first, second);
    if (id === ABSENT) {
      id = this.registry.idOf(s.slice(at, second === 0 ? at + 1 : at + 2));
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
