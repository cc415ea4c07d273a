/**
 * The literal strings a regular expression cannot match without: one of them is in every
 * text it matches. A cold `briefbot ask` runs a few hundred long patterns (the packs' cue
 * lists and frames) once on one short question, and most cannot match it; V8 compiles a
 * pattern as it first runs, and compiling them was a fifth of the start. Looking for the
 * strings first tells most of them apart without compiling them (./pattern.ts).
 *
 * The reading is conservative: whatever it does not know for certain (a class, an escape it
 * does not read, an optional part, a lookaround) requires nothing, and a pattern with a branch
 * that requires nothing has no needed strings at all (undefined). Under `i` the strings are in
 * lower case, and only characters without case (or ASCII letters) go into them.
 */

/** One of these strings is in any text the pattern matches; undefined when nothing is known. */
export type Needs = readonly string[] | undefined;

/** Simple escapes that stand for one character, by the letter after the backslash (by code). */
const CONTROL_ESCAPES: Readonly<Record<string, string>> = {
  [String.fromCharCode(0x74)]: "\t",
  [String.fromCharCode(0x6e)]: "\n",
  [String.fromCharCode(0x72)]: "\r",
  [String.fromCharCode(0x66)]: "\f",
  [String.fromCharCode(0x76)]: "\v",
};
/** \xHH and \uHHHH, by the letter after the backslash. */
const HEX_ESCAPES = new Set([String.fromCharCode(0x78), String.fromCharCode(0x75)]);
/** Escaped characters that stand for themselves. */
const SELF_ESCAPES = "^$\\.*+?()[]{}|/-,=!:";

/**
 * The tokens of a pattern's source (letters by code point: no words here): an escape (\xHH,
 * \uHHHH, \u{…}, \p{…}, \k<…>, \cX, a backreference, or one character), a class, a group's
 * opening, `)` or `|`, a quantifier, a run of plain characters, or any other one character.
 * A run holds no surrogate (a character beyond the BMP is read as unknown).
 */
const TOKEN =
  /\\(?:\x78[0-9a-fA-F]{2}|\x75[0-9a-fA-F]{4}|\x75\{[0-9a-fA-F]*\}|[\x50\x70]\{[^}]*\}|\x6b<[^>]*>|\x63[A-Za-z]|\d+|[\s\S])?|\[(?:\\[\s\S]|[^\]\\])*\]?|\(\?(?:<[=!]|[:=!]|<[^>]*>)?|[()|]|[*+?]\??|\{\d+(?:,\d*)?\}\??|[^\\[\](){}|*+?.^$\ud800-\udfff]+|[\s\S]/g;
const QUANTIFIER = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})\??$/;
const PLAIN_RUN = /^[^\\[\](){}|*+?.^$\ud800-\udfff]+$/;
// Any UTF-16 unit past ASCII (surrogates included), written without control characters.
const NOT_ASCII = /[\u0080-\uffff]/;

// The flags u, v and i (by code point: no letters here).
const UNICODE_FLAG = /\x75/;
const SETS_FLAG = /\x76/;
const IGNORE_CASE_FLAG = /\x69/;

/** The needs of the better of two: the one whose shortest string is longer (fewer strings on a tie). */
function better(a: Needs, b: Needs): Needs {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const shortest = (n: readonly string[]) => Math.min(...n.map((s) => s.length));
  const [la, lb] = [shortest(a), shortest(b)];
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

/** The least count of a quantifier token, or undefined when the token is none. */
function leastOf(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  const m = QUANTIFIER.exec(token);
  if (!m) return undefined;
  if (m[1] !== undefined) return Number(m[1]);
  return token[0] === "+" ? 1 : 0;
}

/** The character an escape token stands for, or undefined when it is not one known character. */
function escaped(token: string): string | undefined {
  const e = token[1];
  if (e === undefined) return undefined;
  if (token.length === 2) {
    if (CONTROL_ESCAPES[e] !== undefined) return CONTROL_ESCAPES[e];
    return SELF_ESCAPES.includes(e) ? e : undefined;
  }
  if (!HEX_ESCAPES.has(e) || token[2] === "{") return undefined;
  const unit = Number.parseInt(token.slice(2), 16);
  // A surrogate alone is half a character: nothing known.
  return unit >= 0xd800 && unit <= 0xdfff ? undefined : String.fromCharCode(unit);
}

class Reader {
  readonly #tokens: string[];
  #at = 0;
  /** Set when the source holds what the reader does not follow: nothing is then known. */
  lost = false;

  constructor(
    source: string,
    readonly caseless: boolean,
  ) {
    this.#tokens = source.match(TOKEN) ?? [];
  }

  get done(): boolean {
    return this.#at >= this.#tokens.length;
  }

  /** The alternation from here to the closing `)` (not read) or the end. */
  alternation(): Needs {
    const all = new Set<string>();
    let known = true;
    for (;;) {
      const branch = this.sequence();
      if (branch === undefined) known = false;
      else for (const s of branch) all.add(s);
      if (this.#tokens[this.#at] !== "|") break;
      this.#at += 1;
    }
    return known && !this.lost ? [...all] : undefined;
  }

  /** The quantifier token here, read past: its least count, or undefined when there is none. */
  #quantifier(): number | undefined {
    const least = leastOf(this.#tokens[this.#at]);
    if (least !== undefined) this.#at += 1;
    return least;
  }

  /** The character as the strings hold it, or undefined when `i` makes it unsure. */
  #literal(c: string): string | undefined {
    if (!this.caseless) return c;
    if (c.charCodeAt(0) < 0x80) return c.toLowerCase();
    return c.toLowerCase() === c && c.toUpperCase() === c ? c : undefined;
  }

  /** A branch, up to `|`, `)` or the end: the best needs of its parts. */
  sequence(): Needs {
    let best: Needs;
    let run = "";
    const flush = () => {
      if (run !== "") best = better(best, [run]);
      run = "";
    };
    /** One character (or none known), and the quantifier after it. */
    const single = (c: string | undefined) => {
      const literal = c === undefined ? undefined : this.#literal(c);
      const least = this.#quantifier();
      if (literal === undefined) return flush();
      if (least === undefined) {
        run += literal;
        return;
      }
      // A repeated character ends the run (what follows it need not be next to it).
      if (least > 0) run += literal;
      flush();
    };
    while (!this.lost && this.#at < this.#tokens.length) {
      const token = this.#tokens[this.#at]!;
      if (token === "|" || token === ")") break;
      this.#at += 1;
      if (token[0] === "(") {
        const lookaround = token === "(?=" || token === "(?!" || token === "(?<=" || token === "(?<!";
        if (token === "(?") {
          this.lost = true;
          break;
        }
        const inner = this.alternation();
        if (this.#tokens[this.#at] !== ")") {
          this.lost = true;
          break;
        }
        this.#at += 1;
        flush();
        const least = this.#quantifier() ?? 1;
        if (!lookaround && least > 0) best = better(best, inner);
      } else if (token[0] === "\\") {
        if (token.length === 1) this.lost = true;
        else single(escaped(token));
      } else if (token[0] === "[") {
        if (token.length < 2 || token[token.length - 1] !== "]") this.lost = true;
        else single(undefined);
      } else if (token.length > 1 && PLAIN_RUN.test(token)) {
        const quantified = leastOf(this.#tokens[this.#at]) !== undefined;
        const head = quantified ? token.slice(0, -1) : token;
        if (!this.caseless || !NOT_ASCII.test(head)) run += this.caseless ? head.toLowerCase() : head;
        else
          for (const c of head) {
            const literal = this.#literal(c);
            if (literal === undefined) flush();
            else run += literal;
          }
        if (quantified) single(token[token.length - 1]);
      } else if (token === "." || token === "^" || token === "$" || leastOf(token) !== undefined) {
        single(undefined);
      } else {
        // One plain character, or a surrogate (half a character beyond the BMP): unknown.
        const unit = token.charCodeAt(0);
        single(unit >= 0xd800 && unit <= 0xdfff ? undefined : token);
      }
    }
    flush();
    return best;
  }
}

/**
 * The strings one of which is in any text `source` matches under `flags` (in lower case under
 * `i`), or undefined when that is not known: a branch needs nothing certain, or the pattern
 * uses what this reading does not follow (the v flag, a modifier group).
 */
export function neededStrings(source: string, flags: string): Needs {
  if (SETS_FLAG.test(flags)) return undefined;
  const reader = new Reader(source, IGNORE_CASE_FLAG.test(flags));
  const needs = reader.alternation();
  if (reader.lost || !reader.done || needs === undefined || needs.length === 0) return undefined;
  return needs.some((s) => s.length === 0) ? undefined : needs;
}

/** ſ, which `iu` matches with "s" and which lower-casing keeps. */
const LONG_S = String.fromCharCode(0x017f);

/**
 * Whether `text` may match a pattern with these needs and flags: false only when no needed
 * string is in it. Under `i` the text is read in lower case (Kelvin's K becomes "k"; ſ, which
 * `iu` reads as "s", is not lowered: a text with it may match).
 */
export function mayHold(needs: readonly string[], flags: string, text: string): boolean {
  let t = text;
  if (IGNORE_CASE_FLAG.test(flags)) {
    if (UNICODE_FLAG.test(flags) && text.includes(LONG_S)) return true;
    t = lowered(text);
  }
  for (const s of needs) if (t.includes(s)) return true;
  return false;
}

let lastText: string | undefined;
let lastLowered = "";

function lowered(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLowered = text.toLowerCase();
  }
  return lastLowered;
}

/**
 * Needs worked out by an earlier process, by flags and source (src/cli/needs-cache.ts reads
 * them from the cache folder): the same patterns are screened on every cold start, and
 * reading their sources was a tenth of one. What this process works out besides is kept in
 * `learned`, for the cache to save. Needs depend only on the source, the flags and this code.
 */
let remembered: ReadonlyMap<string, Needs> | undefined;
let learned: Map<string, Needs> | undefined;

/** The key of a pattern's needs in the memo: its flags, a slash, its source. */
export function needsKey(source: string, flags: string): string {
  return `${flags}/${source}`;
}

/** Needs read back from a cache (by needsKey), and a fresh record of what is worked out besides. */
export function rememberNeeds(known: ReadonlyMap<string, Needs>): void {
  remembered = known;
  learned = new Map();
}

/** What was worked out since rememberNeeds (not in the memo it was given). */
export function learnedNeeds(): ReadonlyMap<string, Needs> {
  return learned ?? new Map();
}

/** neededStrings, read from the memo when it holds the pattern. */
export function needsOf(source: string, flags: string): Needs {
  if (remembered === undefined) return neededStrings(source, flags);
  const key = needsKey(source, flags);
  if (remembered.has(key)) return remembered.get(key);
  const needs = neededStrings(source, flags);
  learned?.set(key, needs);
  return needs;
}
