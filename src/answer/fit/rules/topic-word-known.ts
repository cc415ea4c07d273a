import { languagePack } from "../../../knowledge/packs.js";
import type { ContentWord } from "../../analyze.js";
import type { BriefingIndex } from "../../index-build.js";
import type { FitRule } from "../rule.js";
import { wordSpread } from "../word-spread.js";
import { MAX_SPREAD } from "./specific-term-stated.js";

const NUMBER_WORD = /^\d/;

/** A word of the question's own topic: not a number, nor a word of general use ("week", "news"). */
function topical(w: ContentWord, general: ReadonlySet<string>): boolean {
  return !NUMBER_WORD.test(w.word) && !general.has(w.word) && !w.terms.some((t) => general.has(t));
}

/** A word most facts state: the briefing's common ground ("tariff" in a trade briefing). */
function commonGround(index: BriefingIndex, w: ContentWord): boolean {
  return wordSpread(index, w).facts > MAX_SPREAD * index.facts.length;
}

/**
 * "What's the weather in Hanoi this week?": the question's topic is a word the briefing does
 * not know at all (no fact, lexicon or name has it). A fact that shares only the names with
 * it, and none of its other topical words, is about something else that happened there.
 */
export const topicWordKnown: FitRule = {
  name: "topic-word-known",
  onlyWhileFitting: true,
  check({ q, coverage, index }) {
    const { generalWords, vagueWords } = languagePack(q.lang);
    const words = q.words.filter((w) => topical(w, generalWords));
    // A vague word ("push") unknown to the briefing is no sign its topic is foreign.
    const unknown = words.filter(
      (w) => w.unknown && topical(w, vagueWords) && coverage.notInFact.includes(w.word),
    );
    if (unknown.length === 0) return undefined;
    // Weighing what it shares against the unknown word cost right answers that paraphrase
    // ("unveil", 閣僚): only a fact that shares no topical word at all is set aside. A figure
    // asked of a thing unknown ("what tariff applies to semiconductors?") is not answered by
    // sharing only the briefing's common ground ("tariff", "rate") and the question's setting
    // ("under the agreement"): it asks the figure of something else.
    const figure = q.wants.includes("number");
    const ground = (w: ContentWord) => q.settingWords.has(w.word) || commonGround(index, w);
    const shares = (w: ContentWord) =>
      !w.unknown && !coverage.notInFact.includes(w.word) && !(figure && ground(w));
    if (words.some(shares)) return undefined;
    return { reasons: [{ key: this.name, args: { word: unknown[0]!.word } }] };
  },
};
