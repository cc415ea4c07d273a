import { allPacks } from "../../../knowledge/packs.js";
import { fold } from "../../normalize.js";
import type { FitRule } from "../rule.js";

let eventWords: Set<string> | undefined;

/**
 * "Did Vietnam and the US sign a trade deal?": a yes/no question asks whether an event took
 * place. A fact that does not state its event (signing, meeting, visiting…), or states another
 * kind of agreement than the one asked about ("trade deal" vs cooperation documents), is a
 * neighbouring fact, and answering with it would read as a yes. "…during the visit" only
 * says when, and is not what is asked.
 */
export const yesnoEventStated: FitRule = {
  name: "yesno-event-stated",
  onlyWhileFitting: true,
  check({ q, coverage, text }) {
    if (!q.wants.includes("yesno")) return undefined;
    eventWords ??= new Set(allPacks().flatMap((p) => p.eventWords));
    const { notInFact } = coverage;
    const unstated = notInFact.filter((w) => eventWords!.has(w) && !q.settingWords.has(w));
    const folded = fold(q.question);
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
    return { reasons: [{ key: this.name, args: { events: unstated.join(", ") } }] };
  },
};
