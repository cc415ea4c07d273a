import { allPacks } from "../../../knowledge/packs.js";
import { compilePattern } from "../../../lang/pattern.js";
import type { QuestionAnalysis } from "../../analyze.js";
import { fold } from "../../normalize.js";
import type { FitRule } from "../rule.js";

const NOT_WORD = compilePattern("[^\\p{L}\\p{N}]+", "u");

let eventWords: Set<string> | undefined;

/** Folded words of a text. */
function wordsOf(text: string): Set<string> {
  return new Set(text.split(NOT_WORD).filter(Boolean));
}

/**
 * The question's words the fact must state, of those it does not (`notInFact`): its event
 * words, or for an existence question ("is there a deadline for countries to make deals…?")
 * the words of the thing asked about ("deadline"), not the verbs of what follows it.
 */
function unstatedEvents(q: QuestionAnalysis, notInFact: readonly string[]): string[] {
  if (q.existence !== undefined) {
    const own = wordsOf(q.existence);
    return notInFact.filter((w) => own.has(w));
  }
  eventWords ??= new Set(allPacks().flatMap((p) => p.eventWords));
  return notInFact.filter((w) => eventWords!.has(w) && !q.settingWords.has(w));
}

/**
 * "Did Vietnam and the US sign a trade deal?": a yes/no question asks whether an event took
 * place. A fact that does not state its event (signing, meeting, visiting…), or states another
 * kind of agreement than the one asked about ("trade deal" vs cooperation documents), is a
 * neighbouring fact, and answering with it would read as a yes. "…during the visit" only
 * says when, and is not what is asked. An existence question asks whether its thing exists:
 * that thing, and the kind of agreement it names, are what the fact must state.
 */
export const yesnoEventStated: FitRule = {
  name: "yesno-event-stated",
  onlyWhileFitting: true,
  check({ q, coverage, text }) {
    if (!q.wants.includes("yesno")) return undefined;
    const { notInFact } = coverage;
    const unstated = unstatedEvents(q, notInFact);
    const folded = q.existence ?? fold(q.question);
    for (const p of allPacks()) {
      for (const m of p.agreementKind ? folded.matchAll(p.agreementKind) : []) {
        const kind = m[1];
        if (kind && notInFact.includes(kind)) unstated.push(kind);
      }
    }
    for (const p of allPacks()) {
      for (const m of p.agreementKindWritten ? q.question.matchAll(p.agreementKindWritten) : []) {
        const kind = m[1];
        if (kind && !text.includes(kind)) unstated.push(kind);
      }
    }
    if (unstated.length === 0) return undefined;
    return { reasons: [{ key: this.name, args: { events: [...new Set(unstated)].join(", ") } }] };
  },
};
