import { startListing } from "./briefing-args.js";

export const USAGE = "usage: briefbot topics [--lang en|ja|vi] [--briefing ID] [--json]";

/** `briefbot topics`: a briefing's topics with their names and how many facts each holds. */
export async function run(args: string[]): Promise<number> {
  const listing = startListing("topics", USAGE, args);
  if (typeof listing === "number") return listing;
  const { values, lang, briefing } = listing;

  const rows = briefing.topics.map((t) => ({
    id: t.id,
    name: t.name[lang],
    facts: briefing.facts.filter((f) => f.topics.includes(t.id)).length,
  }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ briefing: briefing.id, lang, topics: rows }, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  const lines = rows.map(
    (r) => `${r.id.padEnd(width)}  ${r.name} (${r.facts} fact${r.facts === 1 ? "" : "s"})`,
  );
  process.stdout.write(`${briefing.meta.title[lang]}\n${lines.join("\n")}\n`);
  return 0;
}
