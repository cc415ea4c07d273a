import type { Cue } from "../knowledge/packs.js";
import type { CueForm } from "../knowledge/schema.js";
import { fold, lowerExact } from "./normalize.js";

/**
 * A text read the ways a language pack's cues read it (knowledge/schema.ts): folded, exact
 * (lower case, diacritics kept) or as written. Each form is made once, when a cue first needs it.
 */
const FORMS: Record<CueForm, (text: string) => string> = {
  folded: (text) => fold(text).trim(),
  exact: (text) => lowerExact(text).trim(),
  written: (text) => text.normalize("NFC").trim(),
};

/** A string as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export class CueText {
  readonly #forms = new Map<CueForm, string>();
  #unmarked: boolean | undefined;
  constructor(readonly text: string) {}

  /** Typed without diacritics: folding takes nothing from it (no marks, no đ). */
  get unmarked(): boolean {
    this.#unmarked ??= FORMS.folded(this.text) === FORMS.exact(this.text);
    return this.#unmarked;
  }

  /** Whether `cue` reads this text with its unmarked variant (a text without marks). */
  #readsUnmarked(cue: Cue): boolean {
    // `in`, not the property: a cue's expressions are made at their first read (knowledge/lazy.ts).
    return "unmarked" in cue && this.unmarked;
  }

  /** The expression of `cue` that reads this text: its unmarked variant for a text without marks. */
  expression(cue: Cue): RegExp {
    return this.#readsUnmarked(cue) ? cue.unmarked! : cue.re;
  }

  /**
   * False when the expression of `cue` that reads this text cannot match it: made of words
   * only, and none of them is in the text (read in the cue's form). Most cues a question is
   * read with are not in it, and making a cue's expression (a few hundred alternatives) cost
   * more than looking for its words.
   */
  mayMatch(cue: Cue): boolean {
    const lists = this.#readsUnmarked(cue) ? cue.unmarkedWords : cue.words;
    if (lists === undefined) return true;
    const text = this.form(cue.form);
    return anyIn(lists.words, text) || anyIn(lists.starts, text, true) || anyIn(lists.ends, text);
  }

  form(form: CueForm): string {
    let value = this.#forms.get(form);
    if (value === undefined) {
      value = FORMS[form](this.text);
      this.#forms.set(form, value);
    }
    return value;
  }
}

/** A character `\w` matches (flag `u` without `i`: ASCII letters, digits and _). */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Whether a cue's word entry (./knowledge/cue-source.ts, wordSource) can match in the text: the
 * word as written, with a word edge before and after it where it begins and ends with a word
 * character (an entry ending in `*` has none after it). `atStart`: only at the text's start.
 */
function wordIn(entry: string, text: string, atStart: boolean): boolean {
  const any = entry.endsWith("*");
  const word = any ? entry.slice(0, -1) : entry;
  const edgeBefore = word.length > 0 && isWordCode(word.charCodeAt(0));
  const edgeAfter = !any && word.length > 0 && isWordCode(word.charCodeAt(word.length - 1));
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (atStart && at > 0) return false;
    if (edgeBefore && at > 0 && isWordCode(text.charCodeAt(at - 1))) continue;
    const end = at + word.length;
    if (edgeAfter && end < text.length && isWordCode(text.charCodeAt(end))) continue;
    return true;
  }
  return false;
}

function anyIn(entries: readonly string[] | undefined, text: string, atStart = false): boolean {
  if (entries === undefined) return false;
  for (const entry of entries) if (wordIn(entry, text, atStart)) return true;
  return false;
}

function asText(text: CueText | string): CueText {
  return typeof text === "string" ? new CueText(text) : text;
}

/** The cue's leftmost match in the text, if any. */
export function cueExec(cue: Cue | undefined, text: CueText | string): RegExpExecArray | undefined {
  if (!cue) return undefined;
  const t = asText(text);
  if (!t.mayMatch(cue)) return undefined;
  return t.expression(cue).exec(t.form(cue.form)) ?? undefined;
}

/** Every match of the cue in the text, left to right. */
export function cueFindAll(cue: Cue | undefined, text: CueText | string): string[] {
  if (!cue) return [];
  const t = asText(text);
  if (!t.mayMatch(cue)) return [];
  const re = t.expression(cue);
  const found: string[] = [];
  let rest = t.form(cue.form);
  for (;;) {
    re.lastIndex = 0;
    const m = re.exec(rest);
    if (!m) return found;
    found.push(m[0]);
    rest = rest.slice(m.index + Math.max(1, m[0].length));
  }
}

/** The words of the text the cue found (its leftmost match), if any. */
export function cueFind(cue: Cue | undefined, text: CueText | string): string | undefined {
  return cueExec(cue, text)?.[0];
}

/** Whether the cue is in the text. */
export function cueIn(cue: Cue | undefined, text: CueText | string): boolean {
  if (!cue) return false;
  const t = asText(text);
  return t.mayMatch(cue) && t.expression(cue).test(t.form(cue.form));
}
