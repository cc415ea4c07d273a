import {
  buildEntityMatcher,
  type EntityMatcher,
  type EntityMention,
  findMentions,
  isCountryKanji,
  latinTokens,
  prepareQuestion,
  readOnlyInCapitals,
} from "../answer/entities.js";
import { stem } from "../answer/tokenize.js";
import type { BriefingIssue } from "../errors.js";
import { LANGS, type Lang } from "../i18n/lang.js";
import { describePath } from "./issues.js";
import { datesAndNumbers, type Probe } from "./lint-probes.js";
import type { FactEntry } from "./references.js";
import type { Briefing } from "./types.js";
import { locateValue, type Position, type YamlFile } from "./yaml-file.js";

/**
 * `briefbot check` as a linter: entity names (aliases) that the answering engine would read
 * where they do not belong. Each rule asks the engine itself (its entity matcher) rather than
 * guessing, so a warning shows a text the engine really misreads. Warnings never stop a load;
 * `check --strict` fails on them.
 */

interface Alias {
  entity: string;
  lang: Lang;
  name: string;
  /** `entities[0].names.ja[1]` */
  label: string;
  pos: Position;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function aliasesOf(briefing: Briefing, meta: YamlFile): Alias[] {
  return briefing.entities.flatMap((e, i) =>
    LANGS.flatMap((lang) =>
      e.names[lang].map((name, j) => {
        const path = ["entities", i, "names", lang, j];
        return { entity: e.id, lang, name, label: describePath("", path), pos: locateValue(meta, path) };
      }),
    ),
  );
}

/** How the engine compares names: its words folded ("2+2" and "2/2" alike), or the Japanese text. */
function key(name: string): string {
  const prepared = prepareQuestion(name).trim();
  if (CJK.test(prepared)) return prepared.toLowerCase().replace(/\s+/g, "");
  return latinTokens(prepared)
    .map((t) => t.folded)
    .join(" ");
}

function mentionsIn(text: string, lang: Lang, matcher: EntityMatcher): EntityMention[] {
  const prepared = prepareQuestion(text);
  return findMentions(prepared, latinTokens(prepared), lang, matcher).filter((m) => !m.external);
}

/**
 * One or two letters match inside too much. Exempt are the names the engine guards: those it
 * reads only as written in capitals (US, Xi, Mỹ) and the one-kanji country abbreviations it
 * knows (越, 米), which the date-and-number probes still test (日 fails there). In Japanese
 * two characters make a word (日本, 石破).
 */
function tooShort(name: string): string | undefined {
  const prepared = prepareQuestion(name).trim();
  const length = [...prepared.replace(/\s+/g, "")].length;
  if (CJK.test(prepared)) return length <= 1 && !isCountryKanji(prepared) ? "one character" : undefined;
  if (readOnlyInCapitals(prepared)) return undefined;
  return length <= 2 ? (length === 1 ? "one character" : "two characters") : undefined;
}

/** The alias of `entity` that a mention's surface was read from. */
function aliasOf(aliases: readonly Alias[], entity: string, surface: string): Alias | undefined {
  const own = aliases.filter((a) => a.entity === entity);
  const k = key(surface);
  const stems = (s: string) => s.split(" ").map(stem).join(" ");
  return own.find((a) => key(a.name) === k) ?? own.find((a) => stems(key(a.name)) === stems(k)) ?? own[0];
}

function warn(pos: Position, message: string): BriefingIssue {
  return { ...pos, message, severity: "warning" };
}

function shortAliases(aliases: readonly Alias[]): BriefingIssue[] {
  return aliases.flatMap((a) => {
    const short = tooShort(a.name);
    if (!short) return [];
    const message = `${a.label}: alias "${a.name}" (${a.entity}) is ${short} long: it can match inside other words (日 once matched every Japanese date); write a longer name, or capitals for an acronym`;
    return [warn(a.pos, message)];
  });
}

function inDatesAndNumbers(
  briefing: Briefing,
  aliases: readonly Alias[],
  matcher: EntityMatcher,
): BriefingIssue[] {
  const found = new Map<Alias, { first: Probe; count: number }>();
  for (const probe of datesAndNumbers(briefing)) {
    for (const m of mentionsIn(probe.text, probe.lang, matcher)) {
      const alias = aliasOf(aliases, m.id, m.surface);
      if (!alias) continue;
      const seen = found.get(alias);
      if (seen) seen.count++;
      else found.set(alias, { first: probe, count: 1 });
    }
  }
  return [...found].map(([a, { first, count }]) => {
    const more = count > 1 ? ` (and ${count - 1} more dates or numbers)` : "";
    const message = `${a.label}: alias "${a.name}" (${a.entity}) is found in ${first.what} "${first.text}"${more}: every fact with such a date or number would name ${a.entity}; drop the alias or make it longer`;
    return warn(a.pos, message);
  });
}

function sameNames(aliases: readonly Alias[]): BriefingIssue[] {
  const first = new Map<string, Alias>();
  const issues: BriefingIssue[] = [];
  for (const a of aliases) {
    const k = key(a.name);
    const earlier = first.get(k);
    if (!earlier) first.set(k, a);
    else if (earlier.entity !== a.entity) {
      const message = `${a.label}: "${a.name}" is a name of two entities, ${earlier.entity} (${earlier.label}, line ${earlier.pos.line}) and ${a.entity}: the engine cannot tell which is meant; keep it under one`;
      issues.push(warn(a.pos, message));
    }
  }
  return issues;
}

/** A name as questions write it: alone, and in English after "the" ("the Philippine president"). */
function inQuestions(n: Alias): string[] {
  return n.lang === "en" && !/^the\s/i.test(n.name) ? [n.name, `the ${n.name}`] : [n.name];
}

/**
 * An alias of one entity that the engine reads inside another entity's name as a question
 * writes it: "the Philippines" took "the Philippine president" (the longest match at the
 * earliest word wins), so Marcos was never seen.
 */
function insideOtherNames(aliases: readonly Alias[], matcher: EntityMatcher): BriefingIssue[] {
  const issues: BriefingIssue[] = [];
  const reported = new Set<Alias>();
  for (const n of aliases) {
    for (const text of inQuestions(n)) {
      const mentions = mentionsIn(text, n.lang, matcher);
      if (mentions.some((m) => m.id === n.entity)) continue;
      for (const m of mentions) {
        const a = aliasOf(aliases, m.id, m.surface);
        if (!a || reported.has(a)) continue;
        reported.add(a);
        const message = `${a.label}: alias "${a.name}" (${a.entity}) is read inside "${text}", a name of ${n.entity} (${n.label}), which the engine then misses: make one of the names more specific`;
        issues.push(warn(a.pos, message));
      }
    }
  }
  return issues;
}

/**
 * A statement is written with care for capitals: "British steel" there is the metal, not the
 * company British Steel. A Latin mention whose capitals differ from every name of its entity
 * (beyond a sentence's first letter) is not that name.
 */
function writtenAsName(surface: string, aliases: readonly Alias[], entity: string): boolean {
  if (CJK.test(surface)) return true;
  const tail = (s: string) => s.trim().slice(1);
  const same = aliases.filter((a) => a.entity === entity && key(a.name) === key(surface));
  return same.length === 0 || same.some((a) => tail(prepareQuestion(a.name)) === tail(surface));
}

/**
 * A name found in a fact's statement whose entity the fact does not list. A name listed by a
 * fact it links to is a reference to that event ("three days after To Lam's call"), not a stray
 * alias.
 */
function unlistedInFacts(
  entries: readonly FactEntry[],
  aliases: readonly Alias[],
  matcher: EntityMatcher,
): BriefingIssue[] {
  const issues: BriefingIssue[] = [];
  const entitiesOf = new Map(entries.flatMap((e) => (e.fact ? [[e.fact.id, e.fact.entities]] : [])));
  for (const { parsed, index, fact } of entries) {
    if (!fact) continue;
    const linked = fact.links.flatMap((l) => entitiesOf.get(l.fact) ?? []);
    const listed = new Set([...fact.entities, ...linked].map((e) => e.entity));
    for (const lang of LANGS) {
      const named = new Map<string, string>();
      for (const m of mentionsIn(fact.statement[lang], lang, matcher)) {
        if (listed.has(m.id) || named.has(m.id) || !writtenAsName(m.surface, aliases, m.id)) continue;
        named.set(m.id, m.surface);
      }
      for (const [entity, surface] of named) {
        const alias = aliasOf(aliases, entity, surface);
        const where = alias ? ` (${alias.label}: "${alias.name}")` : "";
        const path = [index, "statement", lang];
        const message = `${describePath(`facts[${index}]`, path.slice(1))}: "${surface}" names ${entity}${where}, which the fact does not list under entities: add it with its role, or make the alias stricter`;
        issues.push(warn(locateValue(parsed, path), message));
      }
    }
  }
  return issues;
}

/** Every lint warning for a valid briefing. */
export function lintBriefing(
  briefing: Briefing,
  meta: YamlFile,
  entries: readonly FactEntry[],
): BriefingIssue[] {
  const aliases = aliasesOf(briefing, meta);
  const matcher = buildEntityMatcher(briefing);
  return [
    ...shortAliases(aliases),
    ...inDatesAndNumbers(briefing, aliases, matcher),
    ...sameNames(aliases),
    ...insideOtherNames(aliases, matcher),
    ...unlistedInFacts(entries, aliases, matcher),
  ];
}
