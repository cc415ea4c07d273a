import { factTerms } from "../context.js";
import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";
import { type TopicThing, topicThings } from "../topic-things.js";

/**
 * "What tariff did the UK charge on US *beef*?": the question asks about one of the things a
 * topic's name lists ("Beef, ethanol and farming"). A fact that does not state it, nor any
 * other thing the question asks about, but states another thing of the same topic (the tariff
 * on ethanol) is about that other thing. The things are read from the briefing's topic names
 * in the question's language (topic-things.ts).
 */
export const askedThingStated: FitRule = {
  name: "asked-thing-stated",
  onlyWhileFitting: true,
  check({ q, fact, index }) {
    const have = factTerms(fact, index);
    const asked = new Set(q.words.flatMap((w) => w.terms));
    const holds = (t: TopicThing, terms: ReadonlySet<string>) => t.terms.every((x) => terms.has(x));
    const things = topicThings(index, q.lang);
    const askedThings = things.filter((t) => holds(t, asked));
    // A fact that states one of the question's things is on it.
    if (askedThings.length === 0 || askedThings.some((t) => holds(t, have))) return undefined;
    const reasons = askedThings.flatMap((a) => {
      const other = things.find(
        (t) =>
          t.topic === a.topic && holds(t, have) && !t.terms.some((x) => asked.has(x) || a.terms.includes(x)),
      );
      return other ? [{ key: this.name, args: { word: a.text, other: other.text, topic: a.topic } }] : [];
    });
    return rejectIf(reasons);
  },
};
