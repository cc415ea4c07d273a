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
  constructor(readonly text: string) {}

  /** Typed without diacritics: folding takes nothing from it (no marks, no đ). */
  get unmarked(): boolean {
    return FORMS.folded(this.text) === FORMS.exact(this.text);
  }

  /** The expression of `cue` that reads this text: its unmarked variant for a text without marks. */
  expression(cue: Cue): RegExp {
    // `in`, not the property: a cue's expressions are made at their first read (knowledge/lazy.ts).
    return "unmarked" in cue && this.unmarked ? cue.unmarked! : cue.re;
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

function asText(text: CueText | string): CueText {
  return typeof text === "string" ? new CueText(text) : text;
}

/** The cue's leftmost match in the text, if any. */
export function cueExec(cue: Cue | undefined, text: CueText | string): RegExpExecArray | undefined {
  if (!cue) return undefined;
  const t = asText(text);
  return t.expression(cue).exec(t.form(cue.form)) ?? undefined;
}

/** Every match of the cue in the text, left to right. */
export function cueFindAll(cue: Cue | undefined, text: CueText | string): string[] {
  if (!cue) return [];
  const t = asText(text);
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
  return t.expression(cue).test(t.form(cue.form));
}
