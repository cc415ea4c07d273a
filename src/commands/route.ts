import type { Answer, Explanation } from "../answer/types.js";
import type { Briefing, BriefingStore } from "../briefing/types.js";
import type { Lang } from "../i18n/lang.js";
import type { AnswerEngine } from "./deps.js";

/**
 * Two briefings whose answers are this close in confidence both fit: the person is asked which
 * one they mean rather than given one at random.
 */
export const AMBIGUOUS_MARGIN = 0.1;

export type Routed = { answer: Answer } | { ambiguous: Briefing[]; lang: Lang };

/**
 * Asks every loaded briefing and keeps the one that answers best. When none answers, the
 * abstention of the briefing that came closest (its suggestions may help); when two answer
 * about equally well, both are returned so the person can choose.
 */
export function routeQuestion(
  engine: AnswerEngine,
  store: BriefingStore,
  question: string,
  options: { lang?: Lang; now: Date },
): Routed {
  const briefings = [...store.list()].sort((a, b) => a.id.localeCompare(b.id));
  const asked = briefings.map((b) => {
    const o = { ...options, briefingId: b.id };
    if (!engine.explainQuestion)
      return { briefing: b, answer: engine.answerQuestion(question, store, o), unknown: 0 };
    const e = engine.explainQuestion(question, store, o);
    return { briefing: b, answer: e.answer, unknown: unfamiliarity(e) };
  });
  // The question is about what a briefing knows: only the briefings that know it best answer
  // (one that meets China only in its world list does not answer a question about China).
  const least = Math.min(...asked.map((a) => a.unknown));
  const answers = asked.filter((a) => a.unknown <= least + FAMILIAR_MARGIN);
  const answered = answers
    .filter((a) => a.answer.answered)
    .sort((a, b) => b.answer.confidence - a.answer.confidence);
  const best = answered[0];
  if (!best) {
    // Invalid or help answers say the same whichever briefing gave them; abstentions differ
    // only in their suggestions: take the first of those that know the question best.
    return { answer: answers[0]!.answer };
  }
  const close = answered.filter((a) => a.answer.confidence >= best.answer.confidence - AMBIGUOUS_MARGIN);
  if (close.length > 1) return { ambiguous: close.map((a) => a.briefing), lang: best.answer.lang };
  return { answer: best.answer };
}

/** Briefings this close in unfamiliarity know the question alike. */
const FAMILIAR_MARGIN = 0.15;

/**
 * How little a briefing knows of the question: a name it does not hold counts one, and the
 * share of the question's words none of its facts use is added.
 */
function unfamiliarity(e: Explanation): number {
  return e.entities.filter((x) => x.external).length + (e.unknownShare ?? 0);
}
