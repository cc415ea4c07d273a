import type { Fact } from "../../../briefing/types.js";
import { compilePattern } from "../../../lang/pattern.js";
import { normalizeText } from "../../normalize.js";
import { factText } from "../fact-text.js";
import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

/**
 * A model or document named by a word and its number ("Trent 1000", "Section 232", "トレント
 * 1000"): a capitalised Latin word, or a katakana one, then a number of three digits or more,
 * not a year (19xx, 20xx) nor a figure written with separators ("100,000").
 */
const DESIGNATION = compilePattern(
  "(?:(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}-]*\\s+|[\\u30a1-\\u30fa][\\u30a1-\\u30ff]*\\s*)(?!(?:19|20)\\d\\d(?!\\d))(\\d{3,})(?![\\d.,])",
  "gu",
);

/** The numbers a question names as designations. */
export function designations(question: string): string[] {
  const out: string[] = [];
  for (const m of question.matchAll(DESIGNATION)) if (!out.includes(m[1]!)) out.push(m[1]!);
  return out;
}

const heldCache = new WeakMap<Fact, Set<string>>();

/** The numbers a fact writes or holds, in plain digits ("787s": 787). */
function heldNumbers(fact: Fact): Set<string> {
  let held = heldCache.get(fact);
  if (!held) {
    held = new Set(fact.numbers.map((n) => String(n.value)));
    for (const m of normalizeText(factText(fact)).matchAll(/\d+/g)) held.add(m[0]);
    heldCache.set(fact, held);
  }
  return held;
}

/**
 * "Which engine powers the 787 — was it the Trent 1000?": a model the question names by its
 * number picks the facts that name it; one that names other models (the Trent XWB, the Trent
 * 7000) cannot confirm it, even asked yes or no.
 */
export const designationStated: FitRule = {
  name: "designation-stated",
  onlyWhileFitting: false,
  check({ q, fact }) {
    const named = designations(q.question);
    if (named.length === 0) return undefined;
    const held = heldNumbers(fact);
    return rejectIf(
      named.filter((d) => !held.has(d)).map((designation) => ({ key: this.name, args: { designation } })),
    );
  },
};
