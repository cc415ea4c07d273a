import { mayHold, type Needs, needsOf } from "./pattern-needs.js";

/** A string matched literally inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Strings as one alternation matching any of them literally (no group around it). */
export function literalAlternation(list: Iterable<string>): string {
  return [...list].map(escapeRegExp).join("|");
}

/**
 * What each Unicode property class a pattern may use matches among the ASCII characters, as
 * code point ranges (tests/lang/pattern.test.ts checks each against V8's own class). A
 * property not listed here keeps its pattern as written.
 */
const ASCII_MEMBERS: Readonly<Record<string, readonly (readonly [number, number])[]>> = {
  L: [
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  Lu: [[0x41, 0x5a]],
  Ll: [[0x61, 0x7a]],
  N: [[0x30, 0x39]],
  P: [
    [0x21, 0x23],
    [0x25, 0x2a],
    [0x2c, 0x2f],
    [0x3a, 0x3b],
    [0x3f, 0x40],
    [0x5b, 0x5d],
    [0x5f, 0x5f],
    [0x7b, 0x7b],
    [0x7d, 0x7d],
  ],
  S: [
    [0x24, 0x24],
    [0x2b, 0x2b],
    [0x3c, 0x3e],
    [0x5e, 0x5e],
    [0x60, 0x60],
    [0x7c, 0x7c],
    [0x7e, 0x7e],
  ],
  Pd: [[0x2d, 0x2d]],
  Cc: [
    [0x00, 0x1f],
    [0x7f, 0x7f],
  ],
  Mn: [],
  Me: [],
  "Script=Latin": [
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  "Script=Han": [],
  "Script=Hiragana": [],
  "Script=Katakana": [],
};

export const ASCII_PROPERTIES: readonly string[] = Object.keys(ASCII_MEMBERS);

/** An escape, a class bracket, or a character outside ASCII. */
const CLASS_TOKEN = /\\[\s\S]|\[|\]|[\u0080-\uffff]/g;

/**
 * Whether a pattern reads ASCII text the same without the `u` flag. Under `iu` only ſ and the
 * Kelvin sign among all characters outside ASCII match an ASCII one ("s", "k"), and a class
 * may hold them in a range ([à-ỹ] matches "s"); without `u` none does, and a character beyond
 * the BMP is two units (and a quantifier after it repeats the second). So: no \u escapes, no
 * \x escape outside ASCII, none of those characters, no surrogates, and no character outside
 * ASCII at either end of a range in a class. A lone one in a class (['’], [^?？]) matches no
 * ASCII character with or without `u`, and an `iu` pattern compiled with it costs V8 several
 * times more (a cold start compiles each pattern it runs).
 */
function readsAsciiAlike(source: string): boolean {
  if (/\\u|\\x[89a-fA-F]|[\u017f\u212a\ud800-\udfff]/.test(source)) return false;
  let inClass = false;
  for (const m of source.matchAll(CLASS_TOKEN)) {
    const token = m[0];
    if (token === "[") inClass = true;
    else if (token === "]") inClass = false;
    else if (inClass && token.length === 1 && inRange(source, m.index)) return false;
  }
  return true;
}

/** Whether the character at `at` in a class may be an end of a range (a dash beside it). */
function inRange(source: string, at: number): boolean {
  return source[at - 1] === "-" || source[at + 1] === "-";
}

const hex = (c: number) => `\\x${c.toString(16).padStart(2, "0")}`;

/** The ranges written as a class's contents (`\x41-\x5a`). */
function classBody(ranges: readonly (readonly [number, number])[]): string {
  return ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join("");
}

/** The ranges of the ASCII characters not in `ranges` (sorted, apart). */
function asciiComplement(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const out: [number, number][] = [];
  let next = 0;
  for (const [a, b] of ranges) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= 0x7f) out.push([next, 0x7f]);
  return out;
}

/** A property class escape, another escape, or a class bracket, in a `u` pattern's source. */
const SOURCE_TOKEN = /\\([\x50\x70])\{([^}]*)\}|\\[\s\S]|\[|\]/g;

/**
 * The pattern as it reads ASCII text: each \p{…} (\P{…}) class replaced by its ASCII members
 * (non-members). Undefined when it has no such class or one not in ASCII_MEMBERS.
 */
export function asciiSource(source: string): string | undefined {
  let inClass = false;
  let replaced = false;
  let unknown = false;
  const out = source.replace(SOURCE_TOKEN, (token, sign: string | undefined, name: string | undefined) => {
    if (sign !== undefined && name !== undefined) {
      const members = ASCII_MEMBERS[name];
      if (members === undefined) {
        unknown = true;
        return token;
      }
      replaced = true;
      // \P{…}, the capital, is the complement.
      const body = classBody(sign === sign.toUpperCase() ? asciiComplement(members) : members);
      return inClass ? body : `[${body}]`;
    }
    if (token === "[") inClass = true;
    else if (token === "]") inClass = false;
    return token;
  });
  return replaced && !unknown ? out : undefined;
}

/** An ASCII letter's code, and its other case. */
const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const otherCase = (c: number) => c ^ 0x20;

/** Escape letters, written by code point (no words here): \x, \b, and \d \D \w \W \s \S. */
const HEX_ESCAPE = String.fromCharCode(0x78);
const BACKSPACE_ESCAPE = String.fromCharCode(0x62);
const CLASS_ESCAPE = /[\x64\x44\x77\x57\x73\x53]/;

/** Escapes a pattern without `u` reads the same with or without `i` (`\b` in a class too). */
const CASELESS_ESCAPES = /[\x62\x42\x64\x44\x77\x57\x73\x53\x66\x6e\x72\x74\x760]/;

/**
 * The source of a pattern read without `u` (`i` among its flags), written to match the same
 * without `i`: each ASCII letter as the class of its two cases, each class with the other case
 * of its letters. Under `i` without `u` an ASCII character matches only its own two cases, and
 * a character outside ASCII never matches an ASCII one; V8 finds each letter's cases through
 * ICU as it compiles a pattern, a quarter of compiling the cue lists and frames a question
 * runs. Undefined when unsure (a backreference, a control or Unicode escape).
 */
export function caselessSource(source: string): string | undefined {
  let out = "";
  let i = 0;
  const n = source.length;
  /** The code of the class member at i (moving past it), -1 for a class escape, undefined when unsure. */
  const member = (): number | undefined => {
    const c = source.charCodeAt(i);
    if (c !== 0x5c) {
      i += 1;
      return c;
    }
    const e = source[i + 1];
    if (e === undefined) return undefined;
    if (e === HEX_ESCAPE) {
      const code = Number.parseInt(source.slice(i + 2, i + 4), 16);
      i += 4;
      return Number.isNaN(code) ? undefined : code;
    }
    i += 2;
    if (CLASS_ESCAPE.test(e)) return -1;
    if (e === BACKSPACE_ESCAPE) return 0x08;
    if (/[A-Za-z0-9]/.test(e)) return undefined;
    return e.charCodeAt(0);
  };
  while (i < n) {
    const ch = source[i]!;
    const c = source.charCodeAt(i);
    if (ch === "\\") {
      const e = source[i + 1];
      if (e === undefined) return undefined;
      if (e === HEX_ESCAPE) {
        const code = Number.parseInt(source.slice(i + 2, i + 4), 16);
        if (Number.isNaN(code)) return undefined;
        const written = source.slice(i, i + 4);
        out += isAsciiLetter(code) ? `[${written}${hex(otherCase(code))}]` : written;
        i += 4;
        continue;
      }
      if (!CASELESS_ESCAPES.test(e) && /[A-Za-z0-9]/.test(e)) return undefined;
      out += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch === "[") {
      const classStart = i;
      i += 1;
      if (source[i] === "^") i += 1;
      const head = i;
      const added: string[] = [];
      while (i < n && source[i] !== "]") {
        const a = member();
        if (a === undefined) return undefined;
        if (source[i] === "-" && i + 1 < n && source[i + 1] !== "]" && a >= 0) {
          i += 1;
          const b = member();
          if (b === undefined || b < 0) return undefined;
          for (const [lo, hi] of [
            [0x41, 0x5a],
            [0x61, 0x7a],
          ] as const) {
            const from = Math.max(a, lo);
            const to = Math.min(b, hi);
            if (from <= to) added.push(`${hex(otherCase(from))}-${hex(otherCase(to))}`);
          }
        } else if (a >= 0 && isAsciiLetter(a)) added.push(`${hex(otherCase(a))}-${hex(otherCase(a))}`);
      }
      if (i >= n) return undefined;
      // The other cases first, each a range: the class's own members then read as they did
      // at its start (a dash after a range is a dash; after a lone member, a range's).
      out += `${source.slice(classStart, head)}${added.join("")}${source.slice(head, i)}]`;
      i += 1;
      continue;
    }
    if (
      ch === "(" &&
      source[i + 1] === "?" &&
      source[i + 2] === "<" &&
      source[i + 3] !== "=" &&
      source[i + 3] !== "!"
    ) {
      const end = source.indexOf(">", i);
      if (end < 0) return undefined;
      out += source.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    out += isAsciiLetter(c) ? `[${ch}${String.fromCharCode(otherCase(c))}]` : ch;
    i += 1;
  }
  return out;
}

/** A UTF-16 code unit outside ASCII: every character outside ASCII has one. */
const NOT_ASCII = /[\u0080-\uffff]/;
let lastText: string | undefined;
let lastIsAscii = false;

function isAscii(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastIsAscii = !NOT_ASCII.test(text);
  }
  return lastIsAscii;
}

/**
 * A pattern made at its first run on a text it may match. A `u` pattern with Unicode property
 * classes is compiled for the text it runs on: V8 builds each \p{…} class through ICU whenever
 * it parses a pattern (as it is made, and again as it first runs), case-closing it under `i`:
 * about a million instructions a class, a fifth of a cold `briefbot ask`, whose English
 * question then never holds a character outside ASCII. On ASCII text a class can only match
 * its ASCII members, so the pattern with each class written as those matches exactly the same:
 * it runs that cheap source on ASCII text; on any other text it runs the pattern as written,
 * made at its first such run. A long pattern (./pattern-needs.ts) first looks for the strings
 * it cannot match without: on a text without any of them it fails as the RegExp would, never
 * compiled (V8 compiles a pattern as it first runs, and most of the long patterns a question
 * is read with cannot match it). Every way of running a pattern (exec, test, replace, split,
 * match, matchAll, search) goes to the one of its runners that fits the text, as plain RegExp
 * objects (V8's fast paths), with lastIndex carried over. `source` is the pattern as written.
 * Never serialized or sent to a worker (the structured clone would keep the empty source).
 */
class LazyPattern extends RegExp {
  readonly #written: string;
  /** The source and flags that read ASCII text, undefined when they are the written ones. */
  readonly #ascii: string | undefined;
  readonly #asciiFlags: string;
  /** Whether to look for needed strings before running; #needs is read at the first run. */
  readonly #screened: boolean;
  #needs: Needs | null = null;
  #forAscii: RegExp | undefined;
  #forAll: RegExp | undefined;

  constructor(written: string, flags: string, ascii: { source: string; flags: string } | undefined) {
    // This object never runs a pattern itself (the runners below do), and V8 parses the one it
    // is made with: an empty one, with the flags (flags, global, lastIndex read as they should).
    super(NOTHING_TO_PARSE, flags);
    this.#written = written;
    this.#ascii = ascii?.source;
    this.#asciiFlags = ascii?.flags ?? flags;
    this.#screened = written.length >= SCREENED_LENGTH;
  }

  /** Species (split, matchAll) builds plain patterns: the runners below are what runs. */
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  override get source(): string {
    return this.#written;
  }

  /** Whether this pattern cannot match `text`: none of the strings it needs is in it. */
  #cannotMatch(text: string): boolean {
    if (!this.#screened) return false;
    if (this.#needs === null) this.#needs = needsOf(this.#written, this.flags);
    return this.#needs !== undefined && !mayHold(this.#needs, this.flags, text);
  }

  /** The plain pattern for `text`, with this one's lastIndex. */
  #runner(text: string): RegExp {
    // Made again from the source, the ASCII one comes from V8's cache of compiled patterns.
    let runner: RegExp;
    if (this.#ascii !== undefined && isAscii(text)) {
      this.#forAscii ??= asciiRunner(this.#ascii, this.#asciiFlags);
      runner = this.#forAscii;
    } else {
      this.#forAll ??= new RegExp(this.#written, this.flags);
      runner = this.#forAll;
    }
    runner.lastIndex = this.lastIndex;
    return runner;
  }

  /**
   * Runs the fitting runner on `text`; when the pattern cannot match it, `failed` instead (what
   * the RegExp gives without a match), after a failed match's lastIndex (0 with `g` or `y`).
   */
  #run<T>(text: unknown, run: (runner: RegExp, text: string) => T, failed: (text: string) => T): T {
    const s = String(text);
    if (this.#cannotMatch(s)) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return failed(s);
    }
    const runner = this.#runner(s);
    const result = run(runner, s);
    this.lastIndex = runner.lastIndex;
    return result;
  }

  override exec(text: string): RegExpExecArray | null {
    return this.#run(
      text,
      (r, s) => r.exec(s),
      () => null,
    );
  }

  override test(text: string): boolean {
    return this.#run(
      text,
      (r, s) => r.test(s),
      () => false,
    );
  }

  override [Symbol.replace](text: string, replacement: unknown): string {
    return this.#run(
      text,
      (r, s) =>
        typeof replacement === "function"
          ? s.replace(r, replacement as (substring: string, ...args: unknown[]) => string)
          : s.replace(r, String(replacement)),
      (s) => s,
    );
  }

  override [Symbol.split](text: string, limit?: number): string[] {
    // Split runs a copy (species): this one's lastIndex stays as it was.
    const s = String(text);
    if (this.#cannotMatch(s)) return (limit === undefined ? 2 ** 32 - 1 : limit >>> 0) === 0 ? [] : [s];
    return this.#run(
      s,
      (r, t) => t.split(r, limit),
      (t) => [t],
    );
  }

  override [Symbol.match](text: string): RegExpMatchArray | null {
    return this.#run(
      text,
      (r, s) => s.match(r),
      () => null,
    );
  }

  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpMatchArray> {
    // matchAll runs a copy (species): this one's lastIndex stays as it was.
    const s = String(text);
    if (this.#cannotMatch(s))
      return [][Symbol.iterator]() as unknown as RegExpStringIterator<RegExpMatchArray>;
    return this.#run(
      s,
      (r, t) => r[Symbol.matchAll](t),
      () => [][Symbol.iterator]() as unknown as RegExpStringIterator<RegExpMatchArray>,
    );
  }

  override [Symbol.search](text: string): number {
    // Search puts lastIndex back as it was.
    const s = String(text);
    if (this.#cannotMatch(s)) return -1;
    return this.#run(
      s,
      (r, t) => t.search(r),
      () => -1,
    );
  }
}

/**
 * Patterns at least this long look for their needed strings before their first run: compiling
 * one costs about a thousand instructions a character of its source, reading its needs far less.
 */
const SCREENED_LENGTH = 64;

/** What a LazyPattern is made with (the empty pattern's own source). */
const NOTHING_TO_PARSE = "(?:)";

/** The pattern that reads ASCII text: without `i` when it reads it the same so (caselessSource). */
function asciiRunner(source: string, flags: string): RegExp {
  if (IGNORE_CASE_FLAG.test(flags) && !UNICODE_FLAG.test(flags)) {
    const caseless = caselessSource(source);
    if (caseless !== undefined) return new RegExp(caseless, flags.replace(IGNORE_CASE_FLAG, ""));
  }
  return new RegExp(source, flags);
}

// The flags u, v and i, and a \p{…} or \P{…} class (written by code point: no letters here).
const UNICODE_FLAG = /\x75/;
const SETS_FLAG = /\x76/;
const IGNORE_CASE_FLAG = /\x69/;
const PROPERTY_CLASS = /\\[\x50\x70]\{/;

/**
 * `new RegExp(source, flags)`, made cheaply (see LazyPattern): when it has Unicode property
 * classes and ASCII text is what it mostly reads, or when it is long. Matches exactly as the
 * RegExp would.
 */
export function compilePattern(source: string, flags = ""): RegExp {
  const ascii = asciiForm(source, flags);
  if (ascii !== undefined || (source.length >= SCREENED_LENGTH && !SETS_FLAG.test(flags)))
    return new LazyPattern(source, flags, ascii);
  return new RegExp(source, flags);
}

/** The source and flags a `u` pattern reads ASCII text with, when other than its own. */
function asciiForm(source: string, flags: string): { source: string; flags: string } | undefined {
  if (!UNICODE_FLAG.test(flags) || SETS_FLAG.test(flags)) return undefined;
  const classes = PROPERTY_CLASS.test(source);
  if (!classes && !IGNORE_CASE_FLAG.test(flags)) return undefined;
  const ascii = classes ? asciiSource(source) : source;
  if (ascii === undefined) return undefined;
  const asciiFlags = readsAsciiAlike(ascii) ? flags.replace(UNICODE_FLAG, "") : flags;
  if (!classes && asciiFlags === flags) return undefined;
  return { source: ascii, flags: asciiFlags };
}
