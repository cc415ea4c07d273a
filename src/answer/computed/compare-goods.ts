import type { Fact } from "../../briefing/types.js";
import { computedWords } from "../../knowledge/computed-words.js";
import { languagePack } from "../../knowledge/packs.js";
import type { QuestionAnalysis } from "../analyze.js";
import { covers, goodsIn, goodsOfFact } from "../fit/goods.js";
import type { BriefingIndex } from "../index-build.js";
import { fold } from "../normalize.js";
import { search } from "../retrieve.js";
import { knownBy } from "../supersede.js";
import { indexTerms } from "../term-ids.js";
import { coversQuestion, type Side } from "./compare-coverage.js";

/**
 * Comparisons of goods rather than of countries: "How does the tariff on steel and aluminium
 * compare with other goods?", 「鉄鋼・アルミと他の品目の関税率、比べると？」. The sides are the
 * goods the question names (families of measures.yaml `goods`) and goods at large ("other
 * goods", `goodsAtLarge`), or two families apart. Each side's figure is from a fact on those
 * goods only (a fact on goods at large names none of its own), in one unit; a fact on other
 * goods, or none, is no side.
 */

/** Facts retrieval brings up to look for each side's number in. */
const SEARCH_DEPTH = 40;

interface GoodsSide {
  /** How the question names the side's goods. */
  name: string;
  /** Whether a fact is on this side's goods. */
  holds: (fact: Fact) => boolean;
}

/** The fact's goods meet one of the families (the same, or one covering the other). */
function meets(fact: Fact, families: readonly string[]): boolean {
  const stated = goodsOfFact(fact);
  return families.some((a) => [...stated.families].some((f) => f === a || covers(f, a) || covers(a, f)));
}

/** The question's two sides of goods, or undefined when it names no two. */
function sidesAsked(q: QuestionAnalysis): [GoodsSide, GoodsSide] | undefined {
  const pack = languagePack(q.lang);
  const asked = goodsIn(q.normalized, pack);
  const families = [...asked.families];
  const join = computedWords(q.lang).templates.and;
  const wordsOf = (family: string | undefined) =>
    asked.words.filter((w) =>
      family === undefined
        ? pack.goodsAtLarge.some((g) => g.toLowerCase() === w)
        : (pack.goods[family]?.words ?? []).some((g) => g.toLowerCase() === w),
    );
  if (families.length > 0 && asked.atLarge) {
    // As the question orders them ("steel and aluminium").
    const text = q.normalized.toLowerCase();
    const at = (w: string) => text.indexOf(w);
    const named = families.flatMap((f) => wordsOf(f).slice(0, 1)).sort((a, b) => at(a) - at(b));
    return [
      {
        name: named.join(join),
        holds: (f) => meets(f, families) && !goodsOfFact(f).atLarge,
      },
      {
        name: wordsOf(undefined)[0] ?? "",
        holds: (f) => goodsOfFact(f).atLarge && goodsOfFact(f).families.size === 0,
      },
    ];
  }
  // Two families neither of which covers the other ("steel or beef"), each fact on one only.
  if (families.length === 2 && !asked.atLarge) {
    // As the question orders them ("the ethanol tariff…, or the car tariff…").
    const text = q.normalized.toLowerCase();
    const first = (f: string) =>
      Math.min(
        ...wordsOf(f)
          .map((w) => text.indexOf(w))
          .filter((i) => i >= 0),
      );
    const [a, b] = (families as [string, string]).sort((x, y) => first(x) - first(y)) as [string, string];
    if (a === b || covers(a, b) || covers(b, a)) return undefined;
    const only = (x: string, y: string) => (f: Fact) => meets(f, [x]) && !meets(f, [y]);
    return [
      { name: wordsOf(a)[0] ?? a, holds: only(a, b) },
      { name: wordsOf(b)[0] ?? b, holds: only(b, a) },
    ];
  }
  return undefined;
}

/** Two measures of one thing ("U.S. tariff on steel…", "U.S. baseline tariff on other goods"): a word in common. */
function oneMeasure(a: string, b: string): boolean {
  const x = new Set(indexTerms(a, "en"));
  return indexTerms(b, "en").some((t) => x.has(t));
}

/**
 * The two sides of goods compared, or undefined. A side's `entity` is the name the question
 * gives its goods (nameOf writes a name it does not know as it is).
 */
export function goodsSides(q: QuestionAnalysis, index: BriefingIndex, now: Date): [Side, Side] | undefined {
  const asked = sidesAsked(q);
  if (!asked || asked.some((s) => s.name === "")) return undefined;
  const named = [...new Set(q.mentions.filter((m) => !m.external).map((m) => m.id))];
  const facts = [
    ...new Set(
      search(index, q.queryTerms, SEARCH_DEPTH)
        .map((h) => index.facts[h.doc]!)
        // The figure in effect at `now`, not one a successor replaced.
        .filter((f) => (knownBy(f, index.briefing, now)[0] ?? f) === f)
        .filter((f) => f.numbers.length > 0)
        // Every name the question gives ("U.S.") is the facts' context.
        .filter((f) => named.every((id) => f.entities.some((e) => e.entity === id))),
    ),
  ];
  const [x, y] = asked;
  // The question's other words ("tariff", "exports") are the facts' too: the goods' words apart.
  const goodsWords = goodsIn(q.normalized, languagePack(q.lang)).words.map(fold);
  const apart = (word: string) => goodsWords.some((g) => g.includes(fold(word)));
  const fits = (f: Fact) => coversQuestion(q, f, apart);
  // Each side's headline figure first (the quota's 10%, not the 7.5% it is made of).
  const headline = (fs: Fact[]) => fs.sort((a, b) => Number(b.key) - Number(a.key));
  const xs = headline(facts.filter((f) => x.holds(f) && !y.holds(f) && fits(f)));
  const ys = headline(facts.filter((f) => y.holds(f) && !x.holds(f) && fits(f)));
  for (const fx of xs)
    for (const fy of ys)
      for (const nx of fx.numbers)
        for (const ny of fy.numbers)
          if (nx.unit === ny.unit && oneMeasure(nx.measure, ny.measure))
            return [
              { entity: x.name, fact: fx, value: nx.value, unit: nx.unit },
              { entity: y.name, fact: fy, value: ny.value, unit: ny.unit },
            ];
  return undefined;
}
