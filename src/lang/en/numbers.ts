import { fromPacks, languagePack } from "../../knowledge/packs.js";
import { compilePattern } from "../pattern.js";

/**
 * Numbers spelled out in an English question, in digits where they are clearly a figure
 * ("twenty billion" → 20000000000, "twenty-four percent" → 24 percent); the words are the
 * pack's (knowledge/lang/en/numbers.yaml: words, wordScales, wordJoin).
 */

/** A scale below this multiplies the words before it ("two hundred"); one at or above closes a group. */
const GROUP_SCALE = 1000;

const words = fromPacks(() => {
  const data = languagePack("en").numbers;
  const small = new Map(Object.entries(data.words ?? {}));
  const scales = new Map(Object.entries(data.wordScales ?? {}));
  const join = new Set(data.wordJoin ?? []);
  const all = [...small.keys(), ...scales.keys()].join("|");
  const joins = [...join].join("|");
  // A run of number words: "twenty-four", "two hundred billion", "one hundred and fifty".
  const run =
    all === ""
      ? undefined
      : compilePattern(
          `\\b(?:${all})(?:(?:\\s+|-)${joins ? `(?:(?:${joins})\\s+)?` : ""}(?:${all}))*\\b`,
          "gi",
        );
  return { small, scales, join, run };
});

/**
 * An English question with its spelled-out numbers in digits where they are clearly a figure:
 * a tens word (twenty…ninety) or a scale in the run, after a number word. A lone small word
 * ("one of the first", "the two sides") stays a word, as the statements write it.
 */
export function numberWordsToDigits(text: string): string {
  const { small, scales, join, run } = words();
  if (!run) return text;
  return text.replace(run, (found) => {
    const all = found.toLowerCase().split(/[\s-]+/);
    const parts = all.filter((w) => !join.has(w));
    if (!small.has(parts[0]!) || !parts.some((w) => (small.get(w) ?? 0) >= 20 || scales.has(w))) return found;
    // A join word only after a scale ("one hundred and fifty"): "twenty-four and forty-six" are
    // two numbers, left as written.
    if (all.some((w, i) => join.has(w) && !scales.has(all[i - 1]!))) return found;
    let total = 0;
    let group = 0;
    for (const w of parts) {
      const value = small.get(w);
      if (value !== undefined) {
        // Units after tens ("twenty-four"), tens or teens on an even hundred; anything else
        // ("twenty twenty-six", a year said aloud) is no single number.
        if (value >= 10 ? group % 100 !== 0 : group % 10 !== 0) return found;
        group += value;
      } else {
        const scale = scales.get(w)!;
        if (scale < GROUP_SCALE) {
          if (group >= scale) return found;
          group = (group || 1) * scale;
        } else {
          total += (group || 1) * scale;
          group = 0;
        }
      }
    }
    return String(total + group);
  });
}
