import type { Fact } from "../../../briefing/types.js";
import { allPacks, languagePack } from "../../../knowledge/packs.js";
import type { QuestionAnalysis } from "../../analyze.js";
import { cueIn } from "../../cue.js";
import type { FitRule } from "../rule.js";

/** The question asks for an exact figure (asked.yaml `exactAsked`: "exactly", 正確には, "chính xác"). */
export function asksExactFigure(q: QuestionAnalysis): boolean {
  return cueIn(languagePack(q.lang).asked.exactAsked, q.question);
}

/** Some language's statement gives an amount only vaguely (asked.yaml `vagueAmount`: "hundreds of millions"). */
export function statesVagueAmount(fact: Fact): boolean {
  return allPacks().some((p) => cueIn(p.asked.vagueAmount, fact.statement[p.lang] ?? ""));
}

/**
 * "JLRの年間の節約額、正確には何ポンド？" (exactly how many pounds): an exact figure is asked. A
 * fact that gives the amount only vaguely ("hundreds of millions of pounds a year", 数億ポンド,
 * "hàng trăm triệu bảng") does not give it: the bot would answer a precise question with an
 * imprecise fact.
 */
export const exactFigureStated: FitRule = {
  name: "exact-figure-stated",
  onlyWhileFitting: false,
  check({ q, fact }) {
    if (!asksExactFigure(q) || !statesVagueAmount(fact)) return undefined;
    return { reasons: [{ key: this.name }], wantMissing: true };
  },
};
