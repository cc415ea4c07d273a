import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { LANGS, type Lang } from "../i18n/lang.js";
import { KNOWLEDGE_DIR } from "./load.js";

/**
 * The words of computed answers, one data file per language
 * (`knowledge/lang/<code>/computed.json`): the cues that make a question a comparison or a
 * question of time relative to today, how such a question is asked as a plain "when" question,
 * and the answer templates. Validated on load; a mistake names the file and the field.
 */

const pattern = z.string().refine((source) => {
  try {
    new RegExp(source, "iu");
    return true;
  } catch {
    return false;
  }
}, "is not a valid regular expression");

const rewrite = z.strictObject({ pattern, ask: z.string().min(1) });

const unitForms = z.strictObject({ value: z.string().min(1), difference: z.string().min(1) });

const templates = z.strictObject({
  compareEach: z.string(),
  compareJoin: z.string(),
  compareHigher: z.string(),
  compareLower: z.string(),
  compareSame: z.string(),
  reportedAsOf: z.string(),
  ago: z.string(),
  agoFuture: z.string(),
  deadlinePassed: z.string(),
  deadlineAhead: z.string(),
  datePassed: z.string(),
  runEnded: z.string(),
  runActive: z.string(),
  horizon: z.string(),
  day: z.string(),
  days: z.string(),
  month: z.string(),
  months: z.string(),
  year: z.string(),
  years: z.string(),
  and: z.string(),
  /** Ends a computed sentence ("." or "。"). */
  sentenceEnd: z.string(),
  /** Between sentences: a space, or nothing in Japanese. */
  gap: z.string(),
  /** Groups thousands in numbers ("," or "."). */
  thousands: z.string(),
});

const computedFile = z.strictObject({
  $comment: z.string().optional(),
  compare: z.strictObject({
    higher: z.array(pattern).min(1),
    lower: z.array(pattern).min(1),
    /** Words that make the cue a question of which one ("which", "or"), not a statement. */
    choice: z.array(pattern).min(1),
    /** Question words that only ask for the comparison: not evidence of what is compared. */
    ignore: z.array(z.string()),
  }),
  elapsed: z.strictObject({
    ago: z.array(rewrite),
    passed: z.array(rewrite),
    still: z.array(rewrite),
  }),
  /** How a number of a briefing unit is written; "*" for any other unit ({unit} is its name). */
  units: z.record(z.string(), unitForms).refine((u) => Object.keys(u).includes("*"), {
    message: 'needs a "*" entry for units not listed',
  }),
  /** Briefing units that are spans of time, in days. */
  durations: z.record(z.string(), z.number().positive()),
  templates,
  /** Frames that make negatives for calibration: a "when" question on a fact with no date. */
  negatives: z.strictObject({ when: z.string().includes("{q}") }),
});

export type ComputedWordsFile = z.infer<typeof computedFile>;

export interface Rewrite {
  pattern: RegExp;
  ask: string;
}

export interface ComputedWords {
  higher: RegExp[];
  lower: RegExp[];
  choice: RegExp[];
  ignore: ReadonlySet<string>;
  elapsed: { ago: Rewrite[]; passed: Rewrite[]; still: Rewrite[] };
  units: ComputedWordsFile["units"];
  durations: ComputedWordsFile["durations"];
  templates: ComputedWordsFile["templates"];
  negatives: ComputedWordsFile["negatives"];
}

const FILE_NAME = "computed.json";
export function computedWordsPath(lang: Lang): string {
  return join(KNOWLEDGE_DIR, "lang", lang, FILE_NAME);
}

/** Parses and validates one language's file; throws a message naming the file and field. */
export function parseComputedWords(text: string, file: string): ComputedWords {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  const parsed = computedFile.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${file}: ${i.path.join(".") || "(top)"}: ${i.message}`);
    throw new Error(problems.join("\n"));
  }
  const d = parsed.data;
  const re = (source: string) => new RegExp(source, "iu");
  const rw = (r: { pattern: string; ask: string }): Rewrite => ({ pattern: re(r.pattern), ask: r.ask });
  return {
    higher: d.compare.higher.map(re),
    lower: d.compare.lower.map(re),
    choice: d.compare.choice.map(re),
    ignore: new Set(d.compare.ignore.map((w) => w.normalize("NFC").toLowerCase())),
    elapsed: { ago: d.elapsed.ago.map(rw), passed: d.elapsed.passed.map(rw), still: d.elapsed.still.map(rw) },
    units: d.units,
    durations: d.durations,
    templates: d.templates,
    negatives: d.negatives,
  };
}

const loaded = new Map<Lang, ComputedWords>();

/** One language's words, read on first use. */
export function computedWords(lang: Lang): ComputedWords {
  let words = loaded.get(lang);
  if (!words) {
    const file = computedWordsPath(lang);
    words = parseComputedWords(readFileSync(file, "utf8"), file);
    loaded.set(lang, words);
  }
  return words;
}

/** Every language's file, validated (for `briefbot check` and tests). */
export function checkComputedWords(): void {
  for (const lang of LANGS) computedWords(lang);
}

/** A template with {name} placeholders filled. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
