import { analyzeQuestion } from "../../../src/answer/analyze.js";
import { readDiscourse } from "../../../src/answer/discourse.js";
import { FitContext } from "../../../src/answer/fit/context.js";
import { reasonText } from "../../../src/answer/fit/explain.js";
import type { FitRule } from "../../../src/answer/fit/rule.js";
import { universalGroups } from "../../../src/answer/fit.js";
import { indexFor } from "../../../src/answer/index-build.js";
import { detectLang } from "../../../src/answer/language.js";
import { personIds } from "../../../src/answer/rank.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import { languageModule } from "../../../src/lang/registry.js";

/**
 * One fit rule judged on its own: the shipped briefing, a question read as the engine reads
 * it, and one of the briefing's facts. Each rule's table lists cases it rejects and cases
 * it lets through (the fact that answers the question, or a neighbour the rule has no say on).
 */
const briefing = createBriefingStore(DEFAULT_BRIEFINGS_DIR).get()!;
const index = indexFor(briefing);

/** A row of a rule's table: question, fact id, whether the rule rejects. */
export type RuleCase = [question: string, factId: string, rejects: boolean];

/** The rule's reasons for this question and fact, as `--explain` writes them (none: it lets it through). */
export function judge(rule: FitRule, question: string, factId: string): string[] {
  return judgeOn(briefing, index, rule, question, factId);
}

/** `judge` on another shipped briefing (its id), built once per briefing. */
export function judgeIn(briefingId: string): (rule: FitRule, question: string, factId: string) => string[] {
  const other = createBriefingStore(DEFAULT_BRIEFINGS_DIR).get(briefingId);
  if (!other) throw new Error(`no shipped briefing ${briefingId}`);
  const otherIndex = indexFor(other);
  return (rule, question, factId) => judgeOn(other, otherIndex, rule, question, factId);
}

/**
 * `judge` on a fact fixture: the shipped fact `likeId` with its statement replaced, for a case
 * the shipped briefings do not hold (a curator's briefing the tests do not have).
 */
export function judgeStatement(
  rule: FitRule,
  question: string,
  likeId: string,
  statement: Partial<Record<"en" | "ja" | "vi", string>>,
): string[] {
  const like = briefing.byId.fact.get(likeId);
  if (!like) throw new Error(`no fact ${likeId} in the shipped briefing`);
  const fact = { ...like, statement: { ...like.statement, ...statement } };
  const lang = detectLang(question);
  const text = languageModule(lang).numbersToDigits?.(question) ?? question;
  const q = analyzeQuestion(text, lang, index);
  const verdict = rule.check(new FitContext(q, fact, index, personIds(briefing), universalGroups(index)));
  return verdict?.reasons.map(reasonText) ?? [];
}

/**
 * `judge` on a message read as the engine reads it whole: the clause that asks, with the
 * statements around it as its context ("when does he leave? trying to plan the call").
 */
export function judgeInContext(rule: FitRule, message: string, factId: string): string[] {
  const lang = detectLang(message);
  const { asking, context } = readDiscourse(languageModule(lang).numbersToDigits?.(message) ?? message, lang);
  const q = analyzeQuestion(asking, lang, index, context);
  const fact = briefing.byId.fact.get(factId);
  if (!fact) throw new Error(`no fact ${factId} in the shipped briefing`);
  const verdict = rule.check(new FitContext(q, fact, index, personIds(briefing), universalGroups(index)));
  return verdict?.reasons.map(reasonText) ?? [];
}

type Briefing = NonNullable<ReturnType<ReturnType<typeof createBriefingStore>["get"]>>;

function judgeOn(
  on: Briefing,
  onIndex: ReturnType<typeof indexFor>,
  rule: FitRule,
  question: string,
  factId: string,
): string[] {
  const lang = detectLang(question);
  const text = languageModule(lang).numbersToDigits?.(question) ?? question;
  const q = analyzeQuestion(text, lang, onIndex);
  const fact = on.byId.fact.get(factId);
  if (!fact) throw new Error(`no fact ${factId} in the shipped briefing`);
  const verdict = rule.check(new FitContext(q, fact, onIndex, personIds(on), universalGroups(onIndex)));
  return verdict?.reasons.map(reasonText) ?? [];
}
