import type { Fact } from "../briefing/types.js";
import { allPacks } from "../knowledge/packs.js";
import type { QuestionAnalysis } from "./analyze.js";
import { FitContext } from "./fit/context.js";
import { reasonText } from "./fit/explain.js";
import type { FitRule } from "./fit/rule.js";
import { FIT_RULES } from "./fit/rules.js";
import type { BriefingIndex } from "./index-build.js";
import { fold } from "./normalize.js";
import { readingBriefing } from "./synonyms.js";

/**
 * The fit check: does this fact answer this question, or only share its words? Each reason a
 * fact is rejected is a named rule (fit/rules.ts); a fact no rule rejects gets a coverage: the
 * share of the question's content words (weighted by rarity) the fact speaks to.
 */

/** One rule that rejected the fact, with every reason it gave. */
export interface FitRejection {
  rule: string;
  reasons: string[];
}

export interface Fit {
  ok: boolean;
  /** Rejected because an entity plays another role in the fact (the swapped-roles trap). */
  roleConflict: boolean;
  /** The question's country is covered only as one of "every country" the fact speaks of. */
  broad: boolean;
  /** Rejected because the fact holds no number, date or person the question asks for. */
  wantMissing: boolean;
  /** Rejected because its only figure is the whole the question asks a part of. */
  wholeOnly: boolean;
  /** Rejected because it says the content asked for was not published, or gives only the record of a piece whose summary is asked. */
  withheld: boolean;
  /** The question's words this fact does not state. */
  uncovered: string[];
  /** 0–1: share of the question's content the fact covers. */
  coverage: number;
  /** The rules that rejected the fact, in the order they ran. */
  rejections: FitRejection[];
  /** Every reason, rejections and notes, as `--explain` prints them. */
  reasons: string[];
}

const universalCache = new WeakMap<BriefingIndex, Set<string>>();

/** Groups that stand for every country ("nearly every country"), read from their names by the packs. */
export function universalGroups(index: BriefingIndex): Set<string> {
  let ids = universalCache.get(index);
  if (!ids) {
    const packs = allPacks();
    ids = new Set(
      index.briefing.entities
        .filter(
          (e) =>
            e.kind === "group" &&
            packs.some((p) => p.everyCountry && e.names[p.lang].some((n) => p.everyCountry!.test(fold(n)))),
        )
        .map((e) => e.id),
    );
    universalCache.set(index, ids);
  }
  return ids;
}

/** Runs `rules` (the engine's list by default) on one candidate fact. */
export function checkFit(
  q: QuestionAnalysis,
  fact: Fact,
  index: BriefingIndex,
  personIds: ReadonlySet<string>,
  rules: readonly FitRule[] = FIT_RULES,
): Fit {
  return readingBriefing(index.briefing, () => fitIn(q, fact, index, personIds, rules));
}

/** checkFit, with the briefing's lexicon in use (the rules read the fact's words). */
function fitIn(
  q: QuestionAnalysis,
  fact: Fact,
  index: BriefingIndex,
  personIds: ReadonlySet<string>,
  rules: readonly FitRule[],
): Fit {
  const ctx = new FitContext(q, fact, index, personIds, universalGroups(index));
  const rejections: FitRejection[] = [];
  let roleConflict = false;
  let wantMissing = false;
  let wholeOnly = false;
  let withheld = false;
  for (const rule of rules) {
    if (rule.onlyWhileFitting && rejections.length > 0) continue;
    const verdict = rule.check(ctx);
    if (!verdict) continue;
    rejections.push({ rule: rule.name, reasons: verdict.reasons.map(reasonText) });
    roleConflict ||= verdict.roleConflict === true;
    wantMissing ||= verdict.wantMissing === true;
    wholeOnly ||= verdict.wholeOnly === true;
    withheld ||= verdict.withheld === true;
  }
  const ok = rejections.length === 0;
  const { covered, total, notInFact, missing } = ctx.coverage;
  const broad = q.mentions.some((m) => ctx.caseOf(m) === "broad");
  // Entities the fact holds count as covered content.
  const entityWeight = q.entityWeight;
  const coverage =
    total + entityWeight > 0 ? (covered + (ok ? entityWeight : 0)) / (total + entityWeight) : 0;
  const reasons = rejections.flatMap((r) => r.reasons);
  if (missing.length > 0)
    reasons.push(reasonText({ key: "coverage.missing", args: { words: missing.join(", ") } }));
  return {
    ok,
    roleConflict,
    broad,
    wantMissing,
    wholeOnly,
    withheld,
    uncovered: notInFact,
    coverage,
    rejections,
    reasons,
  };
}
