import type { Lang } from "../i18n/lang.js";
import { briefingForCommand, parseCommandArgs, parseLang, UsageError } from "./briefing-args.js";

const USAGE = "usage: briefbot topics [--lang en|ja|vi] [--briefing ID] [--json]";

/** `briefbot topics`: a briefing's topics with their names and how many facts each holds. */
export async function run(args: string[]): Promise<number> {
  let lang: Lang;
  let values: { lang?: string; briefing?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseCommandArgs(args, {
      lang: { type: "string" },
      briefing: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    }));
    lang = parseLang(values.lang);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`briefbot topics: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const briefing = briefingForCommand("topics", values.briefing);
  if (typeof briefing === "number") return briefing;

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
