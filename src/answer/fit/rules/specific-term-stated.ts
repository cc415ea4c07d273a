import { languagePack } from "../../../knowledge/packs.js";
import { compilePattern } from "../../../lang/pattern.js";
import { languageModule } from "../../../lang/registry.js";
import type { ContentWord, QuestionAnalysis } from "../../analyze.js";
import type { BriefingIndex } from "../../index-build.js";
import { fold } from "../../normalize.js";
import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";
import { wordSpread } from "../word-spread.js";

const NOT_WORDS = compilePattern("[^\\p{L}\\p{N}]+", "gu");

const NUMBER_WORD = /^\d/;
/**
 * A word stated by more than this share of the briefing's facts is its common ground ("tariff",
 * "deal" in a trade briefing): a fact may answer without it.
 */
export const MAX_SPREAD = 0.25;
/**
 * At least this share of the facts stating the word are on a topic that names it: the word is
 * that topic's ("car" in the facts on cars), not one every topic uses ("talks", "trade"), which
 * a fact on another topic may answer in other words.
 */
export const MIN_ON_TOPIC = 2 / 3;

/**
 * "英国がアメリカ製の*車*にかけてる関税は何%？" (the UK's tariff on US *cars*): the question names
 * one of the briefing's topics by a word this fact does not state, nor its topics, nor any other
 * topic word of the question: the facts on that topic state it, so this one (the tariff on
 * bioethanol) is about something else. Which words name a topic is read from the briefing
 * itself: a word of one topic's name or keywords, stated by few facts, mostly those on it.
 */
export const specificTermStated: FitRule = {
  name: "specific-term-stated",
  onlyWhileFitting: true,
  check({ q, coverage, index }) {
    const topicWords = q.words.filter((w) => namesTopic(q, w, index));
    const unstated = topicWords.filter((w) => coverage.missing.includes(w.word));
    // A fact that states another of the question's topic words is on its topic, and the word
    // it lacks a paraphrase or the frame ("when will the defence dialogue *meet*").
    if (unstated.length === 0 || unstated.length < topicWords.length) return undefined;
    return rejectIf(
      unstated.map((w) => {
        const spread = wordSpread(index, w);
        const topic = [...spread.topics].join(", ");
        return { key: this.name, args: { word: w.word, topic, facts: String(spread.facts) } };
      }),
    );
  },
};

/**
 * A word that names one of the briefing's topics: in the name or keywords of one topic (not a
 * word several share, "trade" in a trade briefing), stated by few facts (not its common
 * ground), mostly those on that topic (not a word every topic uses).
 */
function namesTopic(q: QuestionAnalysis, w: ContentWord, index: BriefingIndex): boolean {
  const { generalWords, vagueWords } = languagePack(q.lang);
  if (q.settingWords.has(w.word) || !specific(w, generalWords, vagueWords)) return false;
  if (
    languageModule(q.lang).pairSyllables !== undefined &&
    !readAsWord(w, languagePack(q.lang).syllable) &&
    !inTopicPhrase(q, w, index)
  )
    return false;
  const spread = wordSpread(index, w);
  return (
    spread.topics.size === 1 &&
    spread.facts > 0 &&
    spread.facts <= MAX_SPREAD * index.facts.length &&
    spread.onItsTopic >= MIN_ON_TOPIC * spread.facts
  );
}

/** Not a number, nor a word of general use or too vague to be a topic (the pack's lists). */
function specific(w: ContentWord, general: ReadonlySet<string>, vague: ReadonlySet<string>): boolean {
  if (NUMBER_WORD.test(w.word)) return false;
  const listed = (s: ReadonlySet<string>) => s.has(w.word) || w.terms.some((t) => s.has(t));
  return !listed(general) && !listed(vague);
}

/**
 * In a language of syllables one syllable is rarely a word ("dự kiến", "bị"): only one the pack
 * reads as a word of its own (a synonym: "ô tô" as car) names a topic, or a word no syllable
 * could be ("ethanol": a loanword).
 */
function readAsWord(w: ContentWord, syllable: RegExp | undefined): boolean {
  return w.terms.some((t) => t !== w.word) || (syllable !== undefined && !syllable.test(w.word));
}

/**
 * A syllable the question writes inside a topic's keyword of several syllables, whole ("ô tô"
 * of the topic on cars), when that is the only topic it so names: read in that keyword's sense,
 * it is a word of the topic. Keywords of two topics ("ngoài năng lượng sạch, … hạ tầng đô thị")
 * leave the question's subject open.
 */
function inTopicPhrase(q: QuestionAnalysis, w: ContentWord, index: BriefingIndex): boolean {
  const text = ` ${fold(q.normalized).replace(NOT_WORDS, " ")} `;
  const named = new Map<string, string[]>();
  for (const topic of index.briefing.topics)
    for (const k of topic.keywords) {
      const syllables = fold(k).split(/\s+/);
      if (syllables.length > 1 && text.includes(` ${syllables.join(" ")} `))
        named.set(topic.id, [...(named.get(topic.id) ?? []), ...syllables]);
    }
  return named.size === 1 && [...named.values()][0]!.includes(w.word);
}
