import { join } from "node:path";
import { LANGS, type Lang } from "../i18n/lang.js";
import { compilePattern } from "../lang/pattern.js";
import type { ComputedWordsFile } from "./computed-schema.js";
import { KNOWLEDGE_DIR, shippedKnowledge } from "./load.js";

export type { ComputedWordsFile } from "./computed-schema.js";

/**
 * The words of computed answers, one data file per language
 * (`knowledge/lang/<code>/computed.json`): the cues that make a question a comparison or a
 * question of time relative to today, how such a question is asked as a plain "when" question,
 * and the answer templates. Validated when the knowledge is read (./computed-schema.ts), and
 * kept validated in the knowledge cache.
 */

export interface Rewrite {
  pattern: RegExp;
  ask: string;
}

export interface BetweenRule {
  pattern: RegExp;
  a: string;
  b: string;
  kind: "span" | "first" | "relative" | "order";
}

export interface ComputedWords {
  higher: RegExp[];
  lower: RegExp[];
  choice: RegExp[];
  gap: RegExp[];
  earlier: RegExp[];
  ignore: ReadonlySet<string>;
  elapsed: { ago: Rewrite[]; passed: Rewrite[]; still: Rewrite[]; holds: Rewrite[] };
  between: BetweenRule[];
  inDays: RegExp[];
  today: RegExp[];
  dateToo: RegExp[];
  agoToo: RegExp[];
  change: RegExp[];
  spanEnd: RegExp[];
  spanStart: RegExp[];
  dates: RegExp[];
  units: ComputedWordsFile["units"];
  durations: ComputedWordsFile["durations"];
  templates: ComputedWordsFile["templates"];
  negatives: ComputedWordsFile["negatives"];
}

const FILE_NAME = "computed.json";
export function computedWordsPath(lang: Lang): string {
  return join(KNOWLEDGE_DIR, "lang", lang, FILE_NAME);
}

/** The regular expressions and sets of one language's validated words. */
export function compileComputedWords(d: ComputedWordsFile): ComputedWords {
  const re = (source: string) => compilePattern(source, "iu");
  const rw = (r: { pattern: string; ask: string }): Rewrite => ({ pattern: re(r.pattern), ask: r.ask });
  return {
    higher: d.compare.higher.map(re),
    lower: d.compare.lower.map(re),
    choice: d.compare.choice.map(re),
    gap: d.compare.gap.map(re),
    earlier: (d.compare.earlier ?? []).map(re),
    ignore: new Set(d.compare.ignore.map((w) => w.normalize("NFC").toLowerCase())),
    elapsed: {
      ago: d.elapsed.ago.map(rw),
      passed: d.elapsed.passed.map(rw),
      still: d.elapsed.still.map(rw),
      holds: d.elapsed.holds.map(rw),
    },
    between: d.between.map((r) => ({ ...r, pattern: re(r.pattern) })),
    inDays: d.inDays.map(re),
    today: d.today.map(re),
    dateToo: (d.dateToo ?? []).map(re),
    agoToo: (d.agoToo ?? []).map(re),
    change: (d.change ?? []).map(re),
    spanEnd: (d.spanEnd ?? []).map(re),
    spanStart: (d.spanStart ?? []).map(re),
    dates: d.dates.map(re),
    units: d.units,
    durations: d.durations,
    templates: d.templates,
    negatives: d.negatives,
  };
}

const loaded = new Map<Lang, ComputedWords>();

/** One language's words, compiled on first use. */
export function computedWords(lang: Lang): ComputedWords {
  let words = loaded.get(lang);
  if (!words) {
    words = compileComputedWords(shippedKnowledge().computed[lang]);
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
