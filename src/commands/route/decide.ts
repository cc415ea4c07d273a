import { type BriefingEvidence, exclusiveNames } from "./evidence.js";

/**
 * Which briefing a question is for, from each briefing's evidence, in the manner of Rasa's
 * fallback classifier: a threshold an answer must pass (each briefing's own fit rules and
 * confidence gate: only an answer competes) and an ambiguity margin under which the two best
 * are too close to choose, so the person is asked. Evidence that settles it first:
 *  1. names: a name of the question that only one briefing holds ("Chinh", "the EPD") is
 *     strong evidence for it; an answer from a briefing that lacks it is about something else;
 *  2. numbers: an answer that states the question's numbers ("April 9", "27.4%") beats one
 *     that leaves them out;
 *  3. fit: how well the best fact of each answer fits the question (coverage, likeness to the
 *     fact's own questions). Calibrated confidences are fitted per briefing on its own
 *     questions, so they do not compare across briefings and do not decide.
 * A briefing that refuses never gets the question while another answers it with the evidence
 * above; when the briefing the names point to refuses, its refusal is the reply.
 */

/** Two answers whose fits are within this share of the best one's fit are both taken to fit. */
export const AMBIGUITY_MARGIN = 0.05;

export type RouteDecision =
  /** The question goes to this briefing. */
  | { kind: "answer"; briefingId: string; reason: RouteReason }
  /** Evidence is balanced between these briefings: ask which one is meant. */
  | { kind: "ask"; briefingIds: string[] }
  /** No briefing answers it with the evidence for it: this one's abstention (or help) is the reply. */
  | { kind: "abstain"; briefingId: string };

/** What settled the choice, for logs and tests. */
export type RouteReason = "only-answer" | "names" | "numbers" | "fit";

/** The one briefing answering, or the best-fitting, or the tied ones. */
export function decideRoute(evidence: readonly BriefingEvidence[]): RouteDecision {
  if (evidence.length === 0) throw new Error("decideRoute: no briefing to route to");
  const named = byNames(evidence);
  const answering = named.filter((e) => e.answers);
  if (answering.length === 0) return { kind: "abstain", briefingId: closestAbstention(named) };
  const stated = byNumbers(answering);
  const ranked = [...stated].sort((a, b) => b.fit - a.fit);
  const best = ranked[0]!;
  const close = ranked.filter((e) => best.fit - e.fit < AMBIGUITY_MARGIN * best.fit);
  if (close.length > 1) return { kind: "ask", briefingIds: close.map((e) => e.briefingId) };
  const reason: RouteReason =
    evidence.filter((e) => e.answers).length === 1
      ? "only-answer"
      : answering.length === 1
        ? "names"
        : stated.length === 1
          ? "numbers"
          : "fit";
  return { kind: "answer", briefingId: best.briefingId, reason };
}

/**
 * The briefings the question's names point to: each briefing's names only it holds, less
 * the names only another holds; those with the most. All of them when that is balanced.
 */
export function byNames(evidence: readonly BriefingEvidence[]): BriefingEvidence[] {
  const own = new Map(evidence.map((e) => [e, exclusiveNames(e, evidence).length]));
  const total = [...own.values()].reduce((a, b) => a + b, 0);
  const balance = (e: BriefingEvidence) => 2 * own.get(e)! - total;
  const most = Math.max(...evidence.map(balance));
  return evidence.filter((e) => balance(e) === most);
}

/** The answers that state every number of the question, when one does; else all of them. */
export function byNumbers(answering: readonly BriefingEvidence[]): BriefingEvidence[] {
  const complete = answering.filter((e) => e.missedNumbers.length === 0);
  return complete.length > 0 ? complete : [...answering];
}

/** Of briefings that do not answer, the one that knows the question best (its suggestions fit). */
function closestAbstention(evidence: readonly BriefingEvidence[]): string {
  const least = Math.min(...evidence.map((e) => e.unfamiliarity));
  return evidence.find((e) => e.unfamiliarity === least)!.briefingId;
}
