/**
 * The yardstick for briefbot's cold start: a plain script that reads the shipped facts (id and
 * English statement, as JSON prepared by bench/loop.ts), indexes them with MiniSearch and
 * prints the top hit for the question as JSON. bench/loop.ts times it beside `briefbot ask --json`.
 */
import { readFileSync } from "node:fs";
import MiniSearch from "minisearch";

const [question = "", factsFile = ""] = process.argv.slice(2);
const facts = JSON.parse(readFileSync(factsFile, "utf8")) as { id: string; text: string }[];
const search = new MiniSearch<{ id: string; text: string }>({ fields: ["text"], storeFields: ["text"] });
search.addAll(facts);
const [top] = search.search(question, { fuzzy: 0.2, prefix: true });
process.stdout.write(`${JSON.stringify({ answered: Boolean(top), text: top?.text ?? null })}\n`);
