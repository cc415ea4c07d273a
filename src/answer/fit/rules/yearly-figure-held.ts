import type { Fact } from "../../../briefing/types.js";
import { languagePack } from "../../../knowledge/packs.js";
import { compilePattern } from "../../../lang/pattern.js";
import { cueIn, escapeRegExp } from "../../cue.js";
import { measureKind } from "../../question-intent.js";
import type { FitRule } from "../rule.js";

/** A fact's figures are read from their English units and measures, with the English pack. */
let yearWords: RegExp | undefined;

function yearly(text: string): boolean {
  const words = languagePack("en").yearlyFigure;
  if (words.length === 0) return true;
  yearWords ??= compilePattern(`\\b(?:${words.map(escapeRegExp).join("|")})\\b`, "u");
  return yearWords.test(text.toLowerCase());
}

/**
 * Whether one of the fact's figures is a year's: its unit or measure says so, or it is a quota
 * (an allowance for a period: "a duty-free quota of 13,000 tons" is what may enter a year).
 */
export function holdsYearlyFigure(fact: Fact): boolean {
  return fact.numbers.some(
    (n) =>
      yearly(n.unit) ||
      yearly(n.measure) ||
      languagePack("en").periodKinds.includes(measureKind(n.measure) ?? ""),
  );
}

/**
 * "How much US energy will Japan buy each year?" of a fact whose one figure is the $8 billion
 * of farm goods Japan committed to buy once: a figure asked per year ("mỗi năm", "年間") is
 * answered only by a fact with a figure of a year (its unit "per year", its measure "last
 * year", "in fiscal 2024"). A yes/no question, or a fact without figures, is not judged.
 */
export const yearlyFigureHeld: FitRule = {
  name: "yearly-figure-held",
  onlyWhileFitting: false,
  check({ q, fact }) {
    if (!q.wants.includes("number") || q.wants.includes("yesno") || q.checksClaim) return undefined;
    if (fact.numbers.length === 0 || !cueIn(languagePack(q.lang).perYear, q.question)) return undefined;
    if (holdsYearlyFigure(fact)) return undefined;
    return { reasons: [{ key: this.name }], wantMissing: true };
  },
};
