import { suggest } from "../briefing/issues.js";
import { findTopic } from "../briefing/lookup.js";
import type { Briefing, Fact } from "../briefing/types.js";
import type { Lang } from "../i18n/lang.js";
import { startListing } from "./briefing-args.js";

export const USAGE = "usage: briefbot facts [--topic T] [--lang en|ja|vi] [--briefing ID] [--json]";

function citationsOf(briefing: Briefing, fact: Fact) {
  return fact.citations.map((c) => {
    const source = briefing.byId.source.get(c.source);
    return {
      sourceId: c.source,
      publisher: source?.publisher ?? c.source,
      title: source?.title ?? "",
      url: source?.url ?? "",
      published: source?.published ?? "",
      quote: c.quote,
    };
  });
}

function asText(briefing: Briefing, facts: Fact[], lang: Lang): string {
  const blocks = facts.map((fact) => {
    const cited = citationsOf(briefing, fact)
      .map((c) => `${c.publisher}, ${c.published}`)
      .filter((v, i, all) => all.indexOf(v) === i)
      .join("; ");
    return `${fact.id}  [${fact.topics.join(", ")}]\n  ${fact.statement[lang]}\n  (${cited})`;
  });
  const summary = `${facts.length} fact${facts.length === 1 ? "" : "s"} in ${briefing.id}\n`;
  return blocks.length > 0 ? `${blocks.join("\n\n")}\n\n${summary}` : summary;
}

/** `briefbot facts`: the facts of a briefing, optionally of one topic, in one language. */
export async function run(args: string[]): Promise<number> {
  const listing = startListing("facts", USAGE, args, ["topic"]);
  if (typeof listing === "number") return listing;
  const { values, lang, briefing } = listing;

  let facts = briefing.facts;
  if (values.topic !== undefined) {
    const topic = findTopic(briefing, values.topic);
    if (!topic) {
      const hint = suggest(
        values.topic,
        briefing.topics.map((t) => t.id),
        "topics",
      );
      process.stderr.write(`briefbot facts: --topic: no topic "${values.topic}" in ${briefing.id}${hint}\n`);
      return 2;
    }
    facts = facts.filter((f) => f.topics.includes(topic.id));
  }
  if (values.json) {
    const rows = facts.map((f) => ({
      id: f.id,
      topics: f.topics,
      statement: f.statement[lang],
      ...(f.date ? { date: f.date } : {}),
      status: f.status,
      citations: citationsOf(briefing, f),
    }));
    process.stdout.write(`${JSON.stringify({ briefing: briefing.id, lang, facts: rows }, null, 2)}\n`);
  } else process.stdout.write(asText(briefing, facts, lang));
  return 0;
}
