import type { ContentWord } from "../analyze.js";
import type { BriefingIndex } from "../index-build.js";
import { factText } from "./fact-text.js";

/**
 * Where a question word stands in the briefing: how many facts state it (by the test coverage
 * uses: one of its index terms among the fact's, or a lone character, a kanji, in its text),
 * and how many of those are on a topic whose name or keywords hold it. A word of one of the
 * briefing's topics ("car", "車") is stated by few facts, mostly on that topic; a word of its
 * common ground ("tariff") by many; a word of every topic ("talks", "trade") all over.
 */
export interface WordSpread {
  /** Facts that state the word. */
  facts: number;
  /** …of which on a topic that names the word. */
  onItsTopic: number;
  /** The topics whose names or keywords hold the word. */
  topics: ReadonlySet<string>;
}

const MAX_CACHED = 10_000;
const spreadCache = new WeakMap<BriefingIndex, Map<string, WordSpread>>();

export function wordSpread(index: BriefingIndex, word: ContentWord): WordSpread {
  let cache = spreadCache.get(index);
  if (!cache) {
    cache = new Map();
    spreadCache.set(index, cache);
  }
  const key = word.terms.join("\u0000");
  let spread = cache.get(key);
  if (spread === undefined) {
    spread = measure(index, word.terms);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, spread);
  }
  return spread;
}

function measure(index: BriefingIndex, terms: readonly string[]): WordSpread {
  const topics = new Set(terms.flatMap((t) => index.topicPostings.get(t) ?? []));
  const docs = new Set<number>();
  for (const t of terms) {
    for (const d of index.postings.get(t)?.docs ?? []) docs.add(d);
    // The index holds no lone characters: the coverage test reads them in the fact's text.
    if (t.length === 1)
      index.facts.forEach((f, i) => {
        if (factText(f).includes(t)) docs.add(i);
      });
  }
  let onItsTopic = 0;
  if (topics.size > 0)
    for (const d of docs) if (index.facts[d]!.topics.some((t) => topics.has(t))) onItsTopic++;
  return { facts: docs.size, onItsTopic, topics };
}
