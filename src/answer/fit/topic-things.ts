import type { Lang } from "../../i18n/lang.js";
import { languagePack } from "../../knowledge/packs.js";
import { wordsPattern } from "../../knowledge/reading.js";
import { compilePattern } from "../../lang/pattern.js";
import type { BriefingIndex } from "../index-build.js";
import { factsWithAll } from "../index-fact-terms.js";
import { indexTerms } from "../term-ids.js";
import { factTerms } from "./context.js";
import { factText } from "./fact-text.js";
import { MAX_SPREAD, MIN_ON_TOPIC } from "./rules/specific-term-stated.js";

/**
 * The things a topic's name lists, in one language: "Beef, ethanol and farming" holds beef,
 * ethanol and farming; "牛肉・エタノール・農業" the same in Japanese (an event it lists, a visit or
 * a call, is no thing). A thing is its index terms;
 * only one the briefing's facts state rarely, mostly those on its topic, is kept (not "U.S.
 * tariffs", the briefing's common ground).
 */
export interface TopicThing {
  topic: string;
  text: string;
  terms: readonly string[];
}

const cache = new WeakMap<BriefingIndex, Map<Lang, TopicThing[]>>();

export function topicThings(index: BriefingIndex, lang: Lang): TopicThing[] {
  let byLang = cache.get(index);
  if (!byLang) {
    byLang = new Map();
    cache.set(index, byLang);
  }
  let things = byLang.get(lang);
  if (!things) {
    things = readThings(index, lang);
    byLang.set(lang, things);
  }
  return things;
}

function readThings(index: BriefingIndex, lang: Lang): TopicThing[] {
  const pack = languagePack(lang);
  const { joiners, byCharacters } = pack.reading;
  // "The visit, meetings and calls" lists events, not things: "what did Ishiba call Vietnam"
  // is no question about a phone call (events.yaml).
  const events = new Set([...pack.eventWords, ...pack.datedEventWords].flatMap((w) => indexTerms(w, lang)));
  // A list is split at its commas and at the pack's joiners ("and", "と", "và").
  const split = compilePattern(`[,、;]|${wordsPattern(joiners, byCharacters).source}`, "u");
  const out: TopicThing[] = [];
  for (const topic of index.briefing.topics) {
    const name = topic.name[lang];
    if (!name) continue;
    for (const part of name.split(split)) {
      const text = part.trim();
      const terms = text ? indexTerms(text, lang) : [];
      if (terms.length > 0 && !terms.some((t) => events.has(t)) && namesItsTopic(index, terms, topic.id))
        out.push({ topic: topic.id, text, terms });
    }
  }
  return out;
}

/** The fact states every term of the thing (a lone kanji read in its text, as coverage reads it). */
export function statesAll(index: BriefingIndex, factAt: number, terms: readonly string[]): boolean {
  const fact = index.facts[factAt]!;
  const have = factTerms(fact, index);
  return terms.every((t) => have.has(t) || (t.length === 1 && factText(fact).includes(t)));
}

/** Few facts state it, mostly those on the topic. */
function namesItsTopic(index: BriefingIndex, terms: readonly string[], topic: string): boolean {
  let facts = 0;
  let onTopic = 0;
  // The facts stating them all, from the postings when they can tell (not every fact read).
  const stating =
    factsWithAll(index, terms) ?? [...index.facts.keys()].filter((i) => statesAll(index, i, terms));
  for (const i of stating) {
    facts++;
    if (index.facts[i]!.topics.includes(topic)) onTopic++;
  }
  return facts > 0 && facts <= MAX_SPREAD * index.facts.length && onTopic >= MIN_ON_TOPIC * facts;
}
