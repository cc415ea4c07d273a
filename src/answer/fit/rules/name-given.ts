import { languagePack } from "../../../knowledge/packs.js";
import { compilePattern } from "../../../lang/pattern.js";
import { fold } from "../../normalize.js";
import { latinTerm } from "../../tokenize.js";
import type { FitRule, Reason } from "../rule.js";
import { rejectIf } from "../rule.js";

const NOT_WORD = compilePattern("[^\\p{L}\\p{N}]+", "u");

/** How many words may stand between "a" and the kind it leaves unnamed ("a Bloomberg columnist"). */
const UNNAMED_SPAN = 2;
const NUMBER_WORD = /^\d/;

/**
 * "What's the name of the Bloomberg columnist Semafor quoted?": a fact that writes the one
 * asked for only as "a Bloomberg columnist" says there was one, not who. A name asked needs
 * a fact that writes the kind asked for at least once without the pack's `unnamedBefore` words
 * before it. Read on the statement in the question's language; a language without articles
 * (no such words) is not judged.
 */
export const nameGiven: FitRule = {
  name: "name-given",
  onlyWhileFitting: true,
  check({ q, fact }) {
    const { unnamedBefore } = languagePack(q.lang).reading;
    if (!q.asksName || unnamedBefore.size === 0) return undefined;
    const tokens = fold(fact.statement[q.lang]).split(NOT_WORD).filter(Boolean);
    const terms = tokens.map((t) => latinTerm(t, q.lang));
    const unnamed = (at: number) =>
      tokens.slice(Math.max(0, at - UNNAMED_SPAN), at).some((t) => unnamedBefore.has(t));
    const reasons: Reason[] = [];
    for (const w of q.words) {
      if (NUMBER_WORD.test(w.word)) continue;
      const at = terms.flatMap((t, i) => (t !== undefined && w.terms.includes(t) ? [i] : []));
      if (at.length > 0 && at.every(unnamed)) reasons.push({ key: this.name, args: { word: w.word } });
    }
    return rejectIf(reasons);
  },
};
