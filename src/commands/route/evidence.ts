import type { Answer, Explanation } from "../../answer/types.js";

/** A name of the question that a briefing holds as one of its own entities. */
export interface HeldName {
  entity: string;
  /** Where the question names it (characters of the question as read). */
  at: readonly [number, number];
}

/** What one briefing's answer says about whether the question is meant for it. */
export interface BriefingEvidence {
  briefingId: string;
  /** It answers: its best fact passed its fit rules and its confidence gate. */
  answers: boolean;
  /** Its calibrated confidence (fitted on its own questions: not comparable across briefings). */
  confidence: number;
  /**
   * How well its answer fits the question: the rank of the best fact in it (coverage of the
   * question, likeness to the questions the fact was written for). Comparable across briefings.
   */
  fit: number;
  /** Names of the question it holds as its own entities (not only from the world list). */
  names: readonly HeldName[];
  /** Numbers of the question (a figure, a day of a date) its answer does not state. */
  missedNumbers: readonly string[];
  /** How little it knows of the question: outside names and its share of unknown words. */
  unfamiliarity: number;
}

const NUMBER = /^\p{N}[\p{N}.,]*$/u;

/** The evidence of a briefing's explained answer. */
export function evidenceOf(briefingId: string, e: Explanation): BriefingEvidence {
  const inAnswer = e.candidates.filter((c) => e.answer.factIds.includes(c.factId));
  // A computed answer (an elapsed time, a comparison) may cite facts it did not rank: its
  // best fitting candidate speaks for it.
  const fitting = inAnswer.length > 0 ? inAnswer : e.candidates.filter((c) => c.fits);
  const numbers = new Set(inAnswer.flatMap((c) => (c.uncovered ?? []).filter((w) => NUMBER.test(w))));
  return {
    briefingId,
    answers: e.answer.kind === "answer" && e.answer.answered,
    confidence: e.answer.confidence,
    fit: e.answer.answered ? Math.max(0, ...fitting.map((c) => c.score)) : 0,
    names: e.entities.flatMap((x) => (!x.external && x.at ? [{ entity: x.entity, at: x.at }] : [])),
    // Missed only when no fact of the answer states it.
    missedNumbers: [...numbers].filter((n) => inAnswer.every((c) => c.uncovered?.includes(n))),
    unfamiliarity: e.entities.filter((x) => x.external).length + (e.unknownShare ?? 0),
  };
}

/** The evidence of a bare answer, for an engine that cannot explain: its confidence is all there is. */
export function evidenceOfAnswer(briefingId: string, a: Answer): BriefingEvidence {
  const answers = a.kind === "answer" && a.answered;
  return {
    briefingId,
    answers,
    confidence: a.confidence,
    fit: answers ? a.confidence : 0,
    names: [],
    missedNumbers: [],
    unfamiliarity: 0,
  };
}

/** Whether `other` holds the same name: the same entity over some of its words, or any entity over all of them. */
function covers(other: HeldName, n: HeldName): boolean {
  if (other.entity === n.entity) return other.at[0] < n.at[1] && n.at[0] < other.at[1];
  return other.at[0] <= n.at[0] && n.at[1] <= other.at[1];
}

/**
 * The names of the question that only this briefing holds: no other briefing holds a name
 * over the same words ("Washington" read as a city by one briefing and as the U.S. by another
 * is held by both; "US" inside "US–UK Economic Prosperity Deal" is held by the one that
 * knows the deal; "トランプ" and "トランプ氏" are one name).
 */
export function exclusiveNames(mine: BriefingEvidence, all: readonly BriefingEvidence[]): HeldName[] {
  return mine.names.filter((n) =>
    all.every((other) => other === mine || !other.names.some((o) => covers(o, n))),
  );
}
