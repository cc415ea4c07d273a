import type { Lang } from "../i18n/lang.js";
import { allPacks, type LanguagePack } from "../knowledge/packs.js";
import { questionLength } from "./length.js";
import { fold } from "./normalize.js";
import { MAX_QUESTION_CHARS } from "./types.js";

/** What the text is before any retrieval: something to refuse, a greeting, or a question. */
export type Screening =
  | { kind: "invalid"; reason: "empty" | "tooLong" | "control"; length: number }
  | { kind: "help" }
  | { kind: "injection" }
  | { kind: "opinion" }
  | { kind: "question"; text: string };

// C0/C1 controls except tab, newline and carriage return (those are just whitespace).
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Screens raw input: refuse what is not a question, spot greetings and prompt injection, and
 * questions that ask the bot's own view ("do you think…", "どう思う", "theo bạn"): the briefing
 * holds what sources reported, so no fact answers those. The cues are the packs' screening.yaml.
 */
export function screen(raw: string): Screening {
  const text = raw.trim();
  // Counted after trimming, in characters as a person sees them; a short text needs no count.
  const length = text.length <= MAX_QUESTION_CHARS ? text.length : questionLength(text);
  if (length > MAX_QUESTION_CHARS) return { kind: "invalid", reason: "tooLong", length };
  if (CONTROL.test(raw)) return { kind: "invalid", reason: "control", length: raw.length };
  if (text.length === 0) return { kind: "invalid", reason: "empty", length: raw.length };
  // Each pack's cues, on the folded text and on the text as written (NFKC, lower case).
  const folded = fold(text).replace(/\s+/g, " ");
  const forms = [folded, text.normalize("NFKC").toLowerCase()];
  const any = (cue: (p: LanguagePack) => readonly RegExp[]) =>
    allPacks().some((p) => cue(p).some((re) => forms.some((f) => re.test(f))));
  if (any((p) => p.help)) return { kind: "help" };
  if (any((p) => p.injection)) return { kind: "injection" };
  if (any((p) => p.opinion)) return { kind: "opinion" };
  // Typed without marks, the folded text is the text: patterns kept off marked text read it.
  const unmarked = folded === text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ");
  if (unmarked && allPacks().some((p) => p.opinionUnmarked.some((re) => re.test(folded))))
    return { kind: "opinion" };
  return { kind: "question", text };
}

/** The language to reply in when the text itself gives no clue (empty input). */
export function fallbackLang(options?: { lang?: Lang }): Lang {
  return options?.lang ?? "en";
}
