import { languagePack } from "../../../knowledge/packs.js";
import type { QuestionAnalysis } from "../../analyze.js";
import { covers, type GoodsNamed, goodsIn, goodsOfFact } from "../goods.js";
import type { FitRule } from "../rule.js";

/** The question's goods, read once for all its candidate facts (the facts' are cached too). */
const askedGoods = new WeakMap<QuestionAnalysis, GoodsNamed>();
export function goodsAsked(q: QuestionAnalysis): GoodsNamed {
  let asked = askedGoods.get(q);
  if (!asked) {
    asked = goodsIn(q.normalized, languagePack(q.lang));
    askedGoods.set(q, asked);
  }
  return asked;
}

/**
 * "How many tonnes of UK *steel* can go in duty-free?" is not answered by the beef quota, nor
 * "what tariff on UK *pharmaceuticals*?" by the baseline on "most goods": goods the question
 * names must be the fact's goods, of a family that covers them ("meat" covers beef) or one
 * they cover. A fact on goods at large names none of its own. A fact that names no goods has
 * no say here, nor a question that names none.
 */
export const goodsNamed: FitRule = {
  name: "goods-named",
  onlyWhileFitting: true,
  check({ q, fact }) {
    const asked = goodsAsked(q);
    if (asked.families.size === 0) return undefined;
    const stated = goodsOfFact(fact);
    if (stated.families.size === 0 && !stated.atLarge) return undefined;
    const met = [...asked.families].some((a) =>
      [...stated.families].some((f) => f === a || covers(f, a) || covers(a, f)),
    );
    if (met) return undefined;
    const args = { goods: asked.words.join(", "), stated: stated.words.join(", ") };
    return { reasons: [{ key: this.name, args }] };
  },
};
