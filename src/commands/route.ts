import type { Answer, AnswerOptions } from "../answer/types.js";
import type { Briefing, BriefingStore } from "../briefing/types.js";
import type { Lang } from "../i18n/lang.js";
import type { AnswerEngine } from "./deps.js";
import { decideRoute, type RouteDecision } from "./route/decide.js";
import { type BriefingEvidence, evidenceOf, evidenceOfAnswer } from "./route/evidence.js";

export { AMBIGUITY_MARGIN } from "./route/decide.js";

/** What routing saw and decided, for logs and `briefbot ask --explain`. */
export interface RouteTrace {
  decision: RouteDecision;
  evidence: BriefingEvidence[];
}

export type Routed = ({ answer: Answer } | { ambiguous: Briefing[]; lang: Lang }) & RouteTrace;

/**
 * Asks every loaded briefing and sends the question to the one the evidence points to
 * (route/decide.ts): the names only it holds, the numbers its answer states, how well its
 * answer fits. When none answers, the abstention of the briefing that knows the question
 * best (its suggestions may help); when two fit about equally, both are returned so the
 * person can choose.
 */
export function routeQuestion(
  engine: AnswerEngine,
  store: BriefingStore,
  question: string,
  options: { lang?: Lang; now: Date },
): Routed {
  const briefings = [...store.list()].sort((a, b) => byId(a.id, b.id));
  const asked = briefings.map((b) => ask(engine, store, question, { ...options, briefingId: b.id }));
  const evidence = asked.map((a) => a.evidence);
  const decision = decideRoute(evidence);
  if (decision.kind === "ask") {
    const chosen = asked.filter((a) => decision.briefingIds.includes(a.evidence.briefingId));
    return {
      ambiguous: briefings.filter((b) => decision.briefingIds.includes(b.id)),
      lang: chosen[0]!.answer.lang,
      decision,
      evidence,
    };
  }
  const picked = asked.find((a) => a.evidence.briefingId === decision.briefingId)!;
  return { answer: picked.answer, decision, evidence };
}

/**
 * Briefing ids in order. An id is a slug (lower-case letters, digits, dashes: the schema's),
 * and for slugs the order of their UTF-16 units is the order localeCompare gave; localeCompare
 * built an ICU collator first, a fortieth of a cold `briefbot ask`.
 */
export function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One briefing's answer, with the evidence it gives for routing. */
function ask(
  engine: AnswerEngine,
  store: BriefingStore,
  question: string,
  options: AnswerOptions & { briefingId: string },
): { answer: Answer; evidence: BriefingEvidence } {
  if (!engine.explainQuestion) {
    const answer = engine.answerQuestion(question, store, options);
    return { answer, evidence: evidenceOfAnswer(options.briefingId, answer) };
  }
  const e = engine.explainQuestion(question, store, options);
  return { answer: e.answer, evidence: evidenceOf(options.briefingId, e) };
}
