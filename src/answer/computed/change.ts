import type { Briefing } from "../../briefing/types.js";
import type { Lang } from "../../i18n/lang.js";
import { computedWords, fill } from "../../knowledge/computed-words.js";
import { type Answer, MAX_ANSWER_CHARS } from "../types.js";
import { markers } from "./cite.js";
import { unitForms } from "./compare.js";

/** "By how many points did the duty fall?": the change between two figures is asked. */
export function changeAsked(question: string, lang: Lang): boolean {
  return computedWords(lang).change.some((re) => re.test(question));
}

/**
 * The answer with how far apart the two figures of its fact are, when the fact holds exactly
 * two in one unit ("10% instead of 27.5%": 17.5 percentage points). Both come from the fact and
 * are cited by it; no direction is claimed that the fact's numbers do not carry. Undefined when
 * the fact holds no such pair or the sentence would not fit.
 */
export function withChange(plain: Answer, briefing: Briefing, lang: Lang): Answer | undefined {
  if (!plain.answered || plain.citations.length === 0) return undefined;
  const fact = briefing.byId.fact.get(plain.factIds[0] ?? "");
  if (!fact) return undefined;
  const byUnit = new Map<string, number[]>();
  for (const n of fact.numbers) byUnit.set(n.unit, [...(byUnit.get(n.unit) ?? []), n.value]);
  const pairs = [...byUnit].filter(([, values]) => values.length === 2);
  if (pairs.length !== 1) return undefined;
  const [unit, values] = pairs[0]!;
  const [high, low] = [Math.max(...values), Math.min(...values)];
  const words = computedWords(lang);
  if (!words.templates.changeBy) return undefined;
  const sentence = fill(words.templates.changeBy, {
    high: unitForms(words, unit, high).value,
    low: unitForms(words, unit, low).value,
    difference: unitForms(words, unit, high - low).difference,
    cite: markers(0, 1),
  });
  const text = `${plain.text}${words.templates.gap}${sentence}`;
  return text.length <= MAX_ANSWER_CHARS ? { ...plain, text } : undefined;
}
