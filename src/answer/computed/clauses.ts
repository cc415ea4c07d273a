import { compilePattern } from "../../lang/pattern.js";

/** Latin letters or digits at a cut's edge: the words either side stay apart. */
const WORD_END = compilePattern("[\\p{Script=Latin}\\p{N}]$", "u");
const WORD_START = compilePattern("^[\\p{Script=Latin}\\p{N}]", "u");

/**
 * The text with every match of `patterns` cut out, or undefined when none matched. Words either
 * side of a cut stay apart; Japanese runs on without a space.
 */
export function withoutClauses(text: string, patterns: readonly RegExp[]): string | undefined {
  let out = text;
  for (const re of patterns) {
    const m = re.exec(out);
    if (!m || m[0].length === 0) continue;
    const before = out.slice(0, m.index);
    const after = out.slice(m.index + m[0].length);
    out = WORD_END.test(before) && WORD_START.test(after) ? `${before} ${after}` : before + after;
  }
  return out === text ? undefined : out.trim();
}
