import type { Briefing, Fact } from "../../../briefing/types.js";
import { allPacks, languagePack } from "../../../knowledge/packs.js";
import { cueIn } from "../../cue.js";
import type { FitRule } from "../rule.js";

/**
 * "What came of the Marcos meeting?": a fact that it was planned says nothing of its outcome.
 * "What did Ishiba and Marcos agree?": a fact that only schedules the meeting says nothing of
 * what it settled. A schedule is a fact whose every language says the event was still ahead
 * (reporting.yaml `scheduled`), or one dated after every source it cites was published.
 * "Has Ensus closed Wilton yet?": a fact that only warns it could is no outcome either; asked
 * of the warning or plan itself ("has Ensus warned yet…", time.yaml `planActs`), it answers.
 */
export const outcomeNotPlan: FitRule = {
  name: "outcome-not-plan",
  onlyWhileFitting: true,
  check({ q, fact, index }) {
    if (!q.asksOutcome && !q.asksAgreed) return undefined;
    const schedule = scheduled(fact) || aheadOfSources(fact, index.briefing);
    if (!schedule && !(q.asksOutcome && planned(fact) && !asksPlan(q.question, q.lang))) return undefined;
    return { reasons: [{ key: this.name }] };
  },
};

/** The question asks about the plan or warning itself ("has Ensus warned yet…"). */
function asksPlan(question: string, lang: Parameters<typeof languagePack>[0]): boolean {
  return cueIn(languagePack(lang).time.planActs, question);
}

/** Any language's statement speaks of a plan ("will", "予定", "sẽ"). */
function planned(fact: Fact): boolean {
  return allPacks().some((p) => p.planned?.test(fact.statement[p.lang]));
}

/** Every language that can tell says the event was still ahead ("was to meet", "予定", "dự kiến"). */
function scheduled(fact: Fact): boolean {
  const telling = allPacks().filter((p) => p.scheduled);
  return telling.length > 0 && telling.every((p) => p.scheduled?.test(fact.statement[p.lang]));
}

/** The fact is dated after the latest of its sources: they reported it before it happened. */
export function aheadOfSources(fact: Fact, briefing: Briefing): boolean {
  if (!fact.date) return false;
  const published: string[] = [];
  for (const c of fact.citations) {
    const day = briefing.byId.source.get(c.source)?.published;
    if (day === undefined) return false;
    published.push(day);
  }
  // YYYY-MM-DD, or a month or year alone: compared to the same precision.
  const latest = published.sort().at(-1);
  return latest !== undefined && fact.date.slice(0, latest.length) > latest;
}
