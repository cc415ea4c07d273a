import type { FitRule } from "../rule.js";

const NUMBER_WORD = /^\d/;

/**
 * A question with one topical word besides its names ("When did Trump *visit* Vietnam?") is
 * about that word: a fact that does not speak to it is about something else.
 */
export const oneTopicWordStated: FitRule = {
  name: "one-topic-word-stated",
  onlyWhileFitting: true,
  check({ q, coverage }) {
    const topical = q.words.filter((w) => !NUMBER_WORD.test(w.word));
    if (topical.length !== 1 || q.mentions.length === 0) return undefined;
    const word = topical[0]!.word;
    return coverage.notInFact.includes(word) ? { reasons: [{ key: this.name, args: { word } }] } : undefined;
  },
};
