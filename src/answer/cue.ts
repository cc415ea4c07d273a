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
  return cue.re.exec(asText(text).form(cue.form)) ?? undefined;
}

/** The words of the text the cue found (its leftmost match), if any. */
export function cueFind(cue: Cue | undefined, text: CueText | string): string | undefined {
  return cueExec(cue, text)?.[0];
}

/** Whether the cue is in the text. */
export function cueIn(cue: Cue | undefined, text: CueText | string): boolean {
  return cue?.re.test(asText(text).form(cue.form)) ?? false;
}
