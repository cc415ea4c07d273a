import type { Briefing } from "../briefing/types.js";
import { LANGS } from "../i18n/lang.js";
import { allPacks } from "../knowledge/packs.js";
import { type WorldOutlet, worldKnowledge } from "../knowledge/world.js";
import { fold } from "./normalize.js";

/**
 * The names a briefing's sources answer to, with the world's outlets (world.yaml `outlets`):
 * a source whose publisher or alias is one of an outlet's names answers to all of them ("the
 * WH fact sheet" for "The White House (via Tulsa Today)", "JT" for "The Japan Times"). An
 * outlet no source is stays outside the briefing: a question naming it asks of a source the
 * briefing does not hold.
 */

export interface SourceNames {
  /** Each source's names as written: publisher, aliases, and its outlet's names. */
  names: ReadonlyMap<string, readonly string[]>;
  /** Short forms written in letters alone ("WH", "JT"): read only as written, in capitals. */
  capitals: ReadonlySet<string>;
  /** The world's outlets that are none of the briefing's sources. */
  foreign: readonly WorldOutlet[];
}

/** A name as matched against an outlet's: folded, brackets and what follows a comma dropped, no leading article. */
function plainName(written: string, articles: readonly string[]): string {
  const plain = fold(written)
    .replace(/\s*\(.*?\)\s*/g, " ")
    .replace(/,.*$/, "")
    .trim();
  const article = articles.find((a) => plain.startsWith(`${a} `));
  return (article ? plain.slice(article.length) : plain).trim();
}

/** Every name of an outlet, in every language, and its short forms. */
function outletNames(outlet: WorldOutlet): string[] {
  return [...LANGS.flatMap((l) => outlet.names[l]), ...outlet.codes];
}

/** A short form made of letters alone: read only as written ("WH", not "wh"). */
const LETTERS_ONLY = /^\p{L}+$/u;

const cache = new WeakMap<Briefing, SourceNames>();

/** The names of the briefing's sources, and the outlets none of them is (once per briefing). */
export function sourceNames(briefing: Briefing): SourceNames {
  let found = cache.get(briefing);
  if (found) return found;
  const outlets = worldKnowledge().outlets;
  // Read once: every source is matched against every outlet's names.
  const articles = allPacks().flatMap((p) => p.reading.publisherArticle);
  const outletPlain = new Map(
    outlets.map((o) => [o, new Set(outletNames(o).map((n) => plainName(n, articles)))]),
  );
  const names = new Map<string, string[]>();
  const matched = new Set<WorldOutlet>();
  const capitals = new Set<string>();
  for (const source of briefing.sources) {
    const own = [source.publisher, ...(source.aliases ?? [])];
    const plain = own.map((n) => plainName(n, articles));
    const written = [...own];
    for (const outlet of outlets) {
      if (!plain.some((n) => outletPlain.get(outlet)!.has(n))) continue;
      matched.add(outlet);
      for (const n of outletNames(outlet)) if (!written.includes(n)) written.push(n);
      for (const code of outlet.codes) if (LETTERS_ONLY.test(code) && !own.includes(code)) capitals.add(code);
    }
    names.set(source.id, written);
  }
  found = { names, capitals, foreign: outlets.filter((o) => !matched.has(o)) };
  cache.set(briefing, found);
  return found;
}

/** The names of the outlets none of the briefing's sources is, per language, and their short forms. */
export function foreignOutletNames(briefing: Briefing): { id: string; names: string[] }[] {
  return sourceNames(briefing).foreign.map((o) => ({ id: o.id, names: outletNames(o) }));
}
