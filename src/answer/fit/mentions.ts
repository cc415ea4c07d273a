import type { Fact } from "../../briefing/types.js";
import { LANGS } from "../../i18n/lang.js";
import { compilePattern } from "../../lang/pattern.js";
import type { BriefingIndex } from "../index-build.js";
import { fold } from "../normalize.js";
import { factText } from "./fact-text.js";

/** Outside Latin (Basic to Extended-B): a script whose names are not cut into words by spaces. */
const NON_LATIN = /[^\u0020-\u024f]/;
const WORD_CHAR = compilePattern("[\\p{L}\\p{N}]", "u");

/**
 * Whether any rendering of the fact writes one of the entity's names, or a word the briefing's
 * facts refer back to it by (`referredToAs`: "the deal"), as whole words in Latin.
 */
export function mentionsEntity(index: BriefingIndex, fact: Fact, entityId: string): boolean {
  const entity = index.briefing.byId.entity.get(entityId);
  if (!entity) return false;
  const text = factText(fact);
  return LANGS.some((l) =>
    [...entity.names[l], ...(entity.referredToAs?.[l] ?? [])].some((n) => {
      const name = fold(n);
      if (name.length < 3 && !NON_LATIN.test(name)) return false;
      const at = text.indexOf(name);
      if (at < 0) return false;
      // Whole words for Latin names ("Lam" is not in "Islam").
      const before = text[at - 1] ?? " ";
      const after = text[at + name.length] ?? " ";
      return NON_LATIN.test(name) || (!WORD_CHAR.test(before) && !WORD_CHAR.test(after));
    }),
  );
}
