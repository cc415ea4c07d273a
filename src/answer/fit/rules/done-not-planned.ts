import type { Fact } from "../../../briefing/types.js";
import { allPacks, languagePack } from "../../../knowledge/packs.js";
import { cueIn } from "../../cue.js";
import type { FitRule } from "../rule.js";
import { aheadOfSources } from "./outcome-not-plan.js";

/**
 * "On what date did the UK rejoin Erasmus+?": the question takes the event as done and asks
 * its date. A fact that only plans it ("will work towards restoring") is dated by the day the
 * plan was reported, which is not the event's: it has not happened there. A schedule ("was to
 * return on April 30"), a deadline, or a fact dated after its sources dates the event itself;
 * a question about the plan or its report ("when did they agree to…") is answered by the
 * plan's date (time.yaml `done`, `planActs`).
 */
export const doneNotPlanned: FitRule = {
  name: "done-not-planned",
  onlyWhileFitting: true,
  check({ q, fact, index }) {
    if (q.wants.length !== 1 || q.wants[0] !== "date") return undefined;
    const { time } = languagePack(q.lang);
    if (!cueIn(time.done, q.question) || cueIn(time.planActs, q.question)) return undefined;
    if (!onlyPlanned(fact) || fact.deadline || aheadOfSources(fact, index.briefing)) return undefined;
    return { reasons: [{ key: this.name }], wantMissing: true };
  },
};

/** Some language's statement speaks of a plan ("will", "sẽ"); none of a schedule ("was to"). */
function onlyPlanned(fact: Fact): boolean {
  const says = (re: (p: ReturnType<typeof allPacks>[number]) => RegExp | undefined) =>
    allPacks().some((p) => re(p)?.test(fact.statement[p.lang] ?? ""));
  return says((p) => p.planned) && !says((p) => p.scheduled);
}
