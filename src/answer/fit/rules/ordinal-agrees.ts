import type { Fact } from "../../../briefing/types.js";
import type { Lang, LanguageCode } from "../../../i18n/lang.js";
import { type Ordinal, ordinalsIn } from "../../ordinals.js";
import { questionWords } from "../../tokenize.js";
import { type FitContext, factTerms } from "../context.js";
import type { FitRule } from "../rule.js";

/** The index terms of the thing an ordinal counts (with a syllable's pairs). */
function thingTerms(o: Ordinal, lang: LanguageCode): Set<string> {
  return new Set(questionWords(o.thing.join(" "), lang).flatMap((w) => [...w.terms, ...w.context]));
}

/**
 * Whether the question's ordinal and the fact's count the same thing: their things share a
 * term, or one counts the event itself ("the first since Brexit", "lần đầu tiên") and the
 * other's thing is a word of the other side (the fact speaks of the summit; the question asks
 * of the fact's thing). The question's thing is read without names ("2nd UK EU summit": summit).
 */
function sameThing(asked: Set<string>, stated: Set<string>, ctx: FitContext): boolean {
  if (asked.size === 0 && stated.size === 0) return true;
  if (stated.size === 0) return [...asked].some((t) => ctx.terms.has(t));
  if (asked.size === 0) return ctx.q.words.some((w) => w.terms.some((t) => stated.has(t)));
  return [...asked].some((t) => stated.has(t));
}

interface StatedOrdinal {
  o: Ordinal;
  terms: Set<string>;
}

const statedCache = new WeakMap<Fact, Map<Lang, StatedOrdinal[]>>();

/**
 * The ordinals a fact's statement names, with their things' terms, read once per fact and
 * language: each candidate, and every fact of the briefing for briefingOrdinal, reads them.
 */
function statedOrdinals(fact: Fact, questionLang: Lang): StatedOrdinal[] {
  const lang: Lang = fact.statement[questionLang] ? questionLang : "en";
  let byLang = statedCache.get(fact);
  if (!byLang) {
    byLang = new Map();
    statedCache.set(fact, byLang);
  }
  let stated = byLang.get(lang);
  if (!stated) {
    stated = ordinalsIn(fact.statement[lang] ?? "", lang).map((o) => ({ o, terms: thingTerms(o, lang) }));
    byLang.set(lang, stated);
  }
  return stated;
}

/**
 * The ordinal the briefing's other facts give the thing a fact speaks of without one: "the
 * summit was held at Lancaster House" is about the summit another fact calls "the first". Only
 * when no fact of the briefing gives the asked ordinal, and this fact speaks of the thing.
 */
function briefingOrdinal(
  ctx: FitContext,
  asked: Ordinal,
  terms: Set<string>,
  statedHere: number,
): { o: Ordinal } | undefined {
  if (statedHere > 0 || terms.size === 0 || ![...terms].some((t) => ctx.terms.has(t))) return undefined;
  let other: Ordinal | undefined;
  for (const f of ctx.index.briefing.facts) {
    for (const { o, terms: oTerms } of statedOrdinals(f, ctx.q.lang)) {
      const speaksOf =
        oTerms.size === 0
          ? [...terms].some((t) => factTerms(f, ctx.index).has(t))
          : [...terms].some((t) => oTerms.has(t));
      if (!speaksOf) continue;
      if (o.n === asked.n) return undefined;
      other ??= o;
    }
  }
  return other ? { o: other } : undefined;
}

/**
 * "When is the 2nd UK–EU summit?", "第2回", "lần thứ hai": a fact that names another ordinal of
 * the same thing ("the first summit since Brexit") and not this one is about another event. A
 * yes/no question ("was it the first?") is answered by the fact that says it was the second.
 */
export const ordinalAgrees: FitRule = {
  name: "ordinal-agrees",
  onlyWhileFitting: false,
  check(ctx) {
    const { q, fact } = ctx;
    if (q.wants.includes("yesno")) return undefined;
    const asked = ordinalsIn(q.question, q.lang);
    if (asked.length === 0) return undefined;
    const stated = statedOrdinals(fact, q.lang);
    const named = new Set(q.words.flatMap((w) => w.terms));
    const reasons = asked.flatMap((a) => {
      const terms = new Set([...thingTerms(a, q.lang)].filter((t) => named.has(t)));
      const same = stated.filter((s) => sameThing(terms, s.terms, ctx));
      const other = same.find((s) => s.o.n !== a.n) ?? briefingOrdinal(ctx, a, terms, same.length);
      if (!other || same.some((s) => s.o.n === a.n)) return [];
      return [{ key: this.name, args: { question: a.text, fact: other.o.text } }];
    });
    return reasons.length > 0 ? { reasons } : undefined;
  },
};
