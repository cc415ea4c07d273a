import { languagePack } from "../../../knowledge/packs.js";
import { ordinalsIn } from "../../ordinals.js";
import { questionWords } from "../../tokenize.js";
import type { FitRule } from "../rule.js";

/**
 * "What was the Chamber's first recommendation?", 「最初の提言は？」, "khuyến nghị đầu tiên": a
 * fact that gives the rest of a list of that thing ("recommendations that also included …",
 * the pack's ordinals `rest`) does not hold its first item, unless it says which was first.
 */
export const firstNotRest: FitRule = {
  name: "first-not-rest",
  onlyWhileFitting: true,
  check(ctx) {
    const { q, fact } = ctx;
    if (q.wants.includes("yesno")) return undefined;
    const rest = languagePack(q.lang).listRest;
    if (!rest) return undefined;
    const statement = fact.statement[q.lang] || fact.statement.en;
    if (!rest.test(statement)) return undefined;
    const named = new Set(q.words.flatMap((w) => w.terms));
    for (const a of ordinalsIn(q.question, q.lang)) {
      if (a.n !== 1) continue;
      const terms = questionWords(a.thing.join(" "), q.lang)
        .flatMap((w) => w.terms)
        .filter((t) => named.has(t));
      // The fact speaks of the thing counted (its head: "trade *deal*") and names no first of it.
      const head = terms.at(-1);
      if (head === undefined || !ctx.terms.has(head)) continue;
      if (ordinalsIn(statement, q.lang).some((o) => o.n === 1)) continue;
      return { reasons: [{ key: this.name, args: { question: a.text } }] };
    }
    return undefined;
  },
};
