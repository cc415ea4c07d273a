import type { Fact } from "../../../briefing/types.js";
import { languagePack } from "../../../knowledge/packs.js";
import { CueText, cueFindAll } from "../../cue.js";
import type { BriefingIndex } from "../../index-build.js";
import { covers, type GoodsNamed, goodsIn, goodsOfFact } from "../goods.js";
import type { FitRule } from "../rule.js";
import { goodsAsked } from "./goods-named.js";

/** The goods a fact's English statement sets aside, and those it names elsewhere. */
interface Aside {
  aside: GoodsNamed;
  rest: GoodsNamed;
}

const memo = new WeakMap<Fact, Aside>();

/** Reads the spans frames.yaml `goodsSetAside` marks in the fact's English statement. */
function asideOf(fact: Fact): Aside {
  let found = memo.get(fact);
  if (!found) {
    const pack = languagePack("en");
    const cue = pack.goodsSetAside;
    const text = cue ? new CueText(fact.statement.en).form(cue.form) : "";
    const spans = cueFindAll(cue, text);
    let rest = text;
    for (const span of spans) rest = rest.replace(span, " ");
    found = { aside: goodsIn(spans.join(" ; "), pack), rest: goodsIn(rest, pack) };
    memo.set(fact, found);
  }
  return found;
}

function named(family: string, goods: GoodsNamed): boolean {
  return [...goods.families].some((f) => f === family || covers(f, family));
}

/** Whether a figure's measure names goods of `family`: then the figure is on them. */
function figureOn(fact: Fact, family: string): boolean {
  const pack = languagePack("en");
  return fact.numbers.some((n) => named(family, goodsIn(n.measure, pack)));
}

/** Whether two facts share a figure: the same value in the same unit. */
function shareFigure(a: Fact, b: Fact): boolean {
  return a.numbers.some((n) => b.numbers.some((m) => m.value === n.value && m.unit === n.unit));
}

/** Whether this fact, or another that states its figure, sets goods of `family` aside from it. */
function setAsideFrom(fact: Fact, family: string, index: BriefingIndex): boolean {
  if (figureOn(fact, family)) return false;
  const own = asideOf(fact);
  if (named(family, own.aside)) return !named(family, own.rest);
  // "a 15% tariff on imports from Japan": another fact on the same 15% sets steel aside.
  if (named(family, goodsOfFact(fact))) return false;
  return index.facts.some((o) => o !== fact && named(family, asideOf(o).aside) && shareFigure(o, fact));
}

/**
 * "What tariff does the US charge on Japanese steel?" is not answered by "a baseline 15% on
 * nearly all imports, with separate treatment for steel": goods the fact sets aside from its
 * figure (and names nowhere else, nor in a figure's measure) do not get that figure, nor from
 * another fact that states the same figure without naming them. A yes/no
 * question ("does the 15% cover steel?") is answered by the setting aside itself.
 */
export const goodsSetAside: FitRule = {
  name: "goods-set-aside",
  onlyWhileFitting: true,
  check({ q, fact, index }) {
    if (!q.wants.includes("number") || q.wants.includes("yesno") || fact.numbers.length === 0)
      return undefined;
    const asked = goodsAsked(q);
    if (asked.families.size === 0) return undefined;
    if (![...asked.families].every((f) => setAsideFrom(fact, f, index))) return undefined;
    const args = { goods: asked.words.join(", "), aside: asked.words.join(", ") };
    return { reasons: [{ key: this.name, args }] };
  },
};
