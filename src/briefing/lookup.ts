import type { Briefing, Topic } from "./types.js";

function fold(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase();
}

/**
 * A topic by id, or by its name or one of its keywords in any language (case-insensitive,
 * NFKC): what `/topic NAME` and `briefbot facts --topic` accept.
 */
export function findTopic(briefing: Briefing, wanted: string): Topic | undefined {
  const key = fold(wanted);
  return (
    briefing.byId.topic.get(key) ??
    briefing.topics.find((t) => [...Object.values(t.name), ...t.keywords].some((word) => fold(word) === key))
  );
}

/** Topics, sources and entities that no fact uses: not errors, but worth a curator's look. */
export function unusedEntries(briefing: Briefing): {
  topics: string[];
  sources: string[];
  entities: string[];
} {
  const used = { topics: new Set<string>(), sources: new Set<string>(), entities: new Set<string>() };
  for (const fact of briefing.facts) {
    for (const t of fact.topics) used.topics.add(t);
    for (const c of fact.citations) used.sources.add(c.source);
    for (const e of fact.entities) used.entities.add(e.entity);
  }
  return {
    topics: briefing.topics.map((t) => t.id).filter((id) => !used.topics.has(id)),
    sources: briefing.sources.map((s) => s.id).filter((id) => !used.sources.has(id)),
    entities: briefing.entities.map((e) => e.id).filter((id) => !used.entities.has(id)),
  };
}
