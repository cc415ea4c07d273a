import { fromPacks, languagePack } from "../../knowledge/packs.js";
import { compilePattern, escapeRegExp } from "../pattern.js";

/**
 * Kanji numerals in a Japanese question, in digits as the statements write them: "四月二十八日"
 * → "4月28日", "五百人" → "500人". The numerals and the counters they are read before are
 * the pack's (knowledge/lang/ja/numbers.yaml). Questions only (statements use digits).
 */

const alternation = (list: readonly string[]) => list.map(escapeRegExp).join("|");

const numerals = fromPacks(() => {
  const data = languagePack("ja").numbers;
  const digits = new Map(Object.entries(data.digits ?? {}));
  const units = new Map(Object.entries(data.units ?? {}));
  const all = [...digits.keys(), ...units.keys()];
  if (all.length === 0 || !data.numeralBefore?.length) return undefined;
  const chars = alternation(all);
  const after = alternation(data.numeralAfter ?? []);
  // A numeral after a kanji is inside a word (統一, 一部) unless that kanji is one of `after`
  // ("四月二十八日"); it is a number only before a counter, a scale or a percent sign.
  const notInWord = after ? `(?<!(?!(?:${after}))\\p{Script=Han})` : "(?<!\\p{Script=Han})";
  return {
    digits,
    units,
    any: compilePattern(`(?:${chars})`, "u"),
    number: compilePattern(`${notInWord}((?:${chars})+)(?=${alternation(data.numeralBefore)})`, "gu"),
  };
});

function value(numeral: string, digits: Map<string, number>, units: Map<string, number>): number {
  const chars = [...numeral];
  // Digit by digit, as years are written: 二〇二五.
  if (!chars.some((c) => units.has(c))) return Number(chars.map((c) => digits.get(c) ?? 0).join(""));
  let total = 0;
  let digit = -1;
  for (const c of chars) {
    const unit = units.get(c);
    if (unit === undefined) digit = digits.get(c) ?? 0;
    else {
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
  }
  return digit >= 0 ? total + digit : total;
}

/** A Japanese question with its kanji numerals in digits. */
export function numeralsToDigits(text: string): string {
  const n = numerals();
  if (!n?.any.test(text)) return text;
  return text.replace(n.number, (_m, numeral: string) => String(value(numeral, n.digits, n.units)));
}
