import { allPacks } from "../../../knowledge/packs.js";
import type { FitRule } from "../rule.js";

let datedEvents: Set<string> | undefined;

/**
 * "When will the dialogue hold its first meeting?": a date answers when its event happened; a
 * fact dated by another event (the dialogue's announcement) does not. An aside's event is not
 * the one asked ("when does he leave? trying to plan the follow-up call": the call is the asker's).
 */
export const datedEventStated: FitRule = {
  name: "dated-event-stated",
  onlyWhileFitting: true,
  check({ q, coverage }) {
    if (!q.wants.includes("date") || q.wants.includes("yesno")) return undefined;
    datedEvents ??= new Set(allPacks().flatMap((p) => p.datedEventWords));
    const aside = new Set(q.words.filter((w) => w.aside).map((w) => w.word));
    const unstated = coverage.notInFact.filter((w) => datedEvents!.has(w) && !aside.has(w));
    if (unstated.length === 0) return undefined;
    return { reasons: [{ key: this.name, args: { events: unstated.join(", ") } }] };
  },
};
