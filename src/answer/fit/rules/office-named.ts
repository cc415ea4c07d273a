import type { Fact } from "../../../briefing/types.js";
import type { Lang } from "../../../i18n/lang.js";
import { allPacks } from "../../../knowledge/packs.js";
import { compilePattern } from "../../../lang/pattern.js";
import { fold } from "../../normalize.js";
import type { FitRule } from "../rule.js";

const NO_LATIN = compilePattern("^[^\\p{Script=Latin}]+$", "u");

/** Folded, with the packs' office spellings made one ("defence" → "defense"). */
function folded(text: string): string {
  let out = fold(text);
  for (const p of allPacks())
    for (const [variant, canonical] of Object.entries(p.officeSpellings))
      out = out.replaceAll(variant, canonical);
  return out;
}

/** Whether the fact's statement names the office, as the question's language writes it (English also read). */
export function statesOffice(fact: Fact, office: string, lang: Lang): boolean {
  // Japanese is compared as written: folding would not change its offices (防衛相).
  const own = NO_LATIN.test(office) ? fact.statement[lang] : folded(fact.statement[lang]);
  return own.includes(office) || folded(fact.statement.en).includes(office);
}

/**
 * "Who is Japan's defence minister?": a fact that names that office, not one that mentions
 * ministers of defence in passing.
 */
export const officeNamed: FitRule = {
  name: "office-named",
  onlyWhileFitting: false,
  check({ q, fact }) {
    if (!q.wants.includes("person") || !q.office || statesOffice(fact, q.office, q.lang)) return undefined;
    return { reasons: [{ key: this.name, args: { office: q.office } }] };
  },
};
