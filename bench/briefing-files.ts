import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import type { Briefing } from "../src/briefing/types.js";

/** Facts per facts-N.yaml file: a curator's save rewrites one file of a large briefing. */
export const FACTS_PER_FILE = 1_000;

/**
 * Writes a briefing (a synthetic one from generate-briefing.ts) as the YAML a curator keeps
 * under briefings/<id>/: briefing.yaml and facts-N.yaml files. Returns the folder.
 */
export function writeBriefingFiles(briefing: Briefing, root: string): string {
  const dir = join(root, briefing.id);
  mkdirSync(dir, { recursive: true });
  const { meta } = briefing;
  writeFileSync(
    join(dir, "briefing.yaml"),
    stringify({
      ...meta,
      topics: briefing.topics,
      sources: briefing.sources.map(({ context: _context, ...s }) => s),
      entities: briefing.entities,
    }),
  );
  for (let from = 0, n = 1; from < briefing.facts.length; from += FACTS_PER_FILE, n++)
    writeFactsFile(briefing, dir, n, "");
  return dir;
}

/** Rewrites facts file `n` (1-based), its statements marked with `edit`: a curator's save. */
export function writeFactsFile(briefing: Briefing, dir: string, n: number, edit: string): void {
  const facts = briefing.facts.slice((n - 1) * FACTS_PER_FILE, n * FACTS_PER_FILE);
  const plain = facts.map(({ key, hash: _hash, origin: _origin, date, deadline, links, ...fact }) => ({
    ...fact,
    statement: { ...fact.statement, en: `${fact.statement.en}${edit}` },
    ...(date ? { date } : {}),
    ...(deadline ? { deadline } : {}),
    links: links.filter((l) => l.type !== "differs-from" || l.note),
    key,
  }));
  writeFileSync(join(dir, `facts-${n}.yaml`), stringify(plain));
}
