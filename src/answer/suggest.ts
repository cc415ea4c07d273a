import type { Briefing, Fact } from "../briefing/types.js";
import type { Lang } from "../i18n/lang.js";

/**
 * Questions the briefing can answer, taken from the curators' alternate questions: key facts
 * first, one question per fact, spread over topics. With `topicId`, that topic's facts first.
 */
export function suggestQuestions(briefing: Briefing, lang: Lang, count = 3, topicId?: string): string[] {
  const ranked = rankForSuggestion(briefing.facts, topicId);
  const out: string[] = [];
  const seenTopics = new Set<string>();
  // First pass: one per topic; second pass: fill up.
  for (const pass of [0, 1]) {
    for (const fact of ranked) {
      if (out.length >= count) return out;
      const q = fact.questions[lang][0];
      if (!q || out.includes(q)) continue;
      const topic = fact.topics[0] ?? "";
      if (pass === 0 && seenTopics.has(topic) && !(topicId && fact.topics.includes(topicId))) continue;
      seenTopics.add(topic);
      out.push(q);
    }
  }
  return out;
}

/** Rankings per fact list and topic: every abstention suggests, and sorting 100k facts each time is slow. */
const rankings = new WeakMap<readonly Fact[], Map<string, Fact[]>>();

function rankForSuggestion(facts: readonly Fact[], topicId?: string): Fact[] {
  let byTopic = rankings.get(facts);
  if (!byTopic) {
    byTopic = new Map();
    rankings.set(facts, byTopic);
  }
  const cached = byTopic.get(topicId ?? "");
  if (cached) return cached;
  const score = (f: Fact) => (topicId && f.topics.includes(topicId) ? 2 : 0) + (f.key ? 1 : 0);
  const ranked = facts
    .map((f, i) => ({ f, i, s: score(f) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.f);
  byTopic.set(topicId ?? "", ranked);
  return ranked;
}
