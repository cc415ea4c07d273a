import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { BriefbotError, BriefingError, type BriefingIssue } from "../errors.js";
import { LANGS, type Lang } from "../i18n/lang.js";
import { briefingCacheAt } from "./compiled-cache.js";
import { checkConsistency } from "./consistency.js";
import { canonicalFact } from "./fact-shape.js";
import { BRIEFING_FILE, briefingDirsAt, factFiles } from "./files.js";
import { zodIssues } from "./issues.js";
import { declaredLanguages, fillUndeclared } from "./languages.js";
import { lintBriefing } from "./lint.js";
import { verifyQuotes } from "./quotes.js";
import { checkReferences, type FactEntry } from "./references.js";
import { type BriefingMetaInput, briefingMetaSchema, type FactInput, factSchema } from "./schema.js";
import { checkSupersession, linkSupersession } from "./supersession.js";
import type { Briefing, Fact, FilePosition } from "./types.js";
import { locateValue, parseYamlFile, type YamlFile } from "./yaml-file.js";

export function hashOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}

/** The content a reader sees; a change here is an edit that digests report. */
function factHash(fact: FactInput): string {
  // Which fact replaced this one is news about another fact: digests report it on that one.
  const { questions: _q, links: _l, key: _k, supersedes: _s, superseded_by: _b, ...content } = fact;
  return hashOf(content);
}

/** Reads briefing.yaml: the parsed file (for locating) and the metadata when valid. */
function readMeta(
  file: string,
  issues: BriefingIssue[],
): { parsed?: YamlFile; meta?: BriefingMetaInput; languages?: Lang[] } {
  if (!existsSync(file)) {
    issues.push({ file, line: 1, col: 1, message: "missing briefing.yaml (metadata, topics, sources)" });
    return {};
  }
  const { parsed, issues: yamlIssues } = parseYamlFile(file);
  issues.push(...yamlIssues);
  if (!parsed) return {};
  const raw: unknown = parsed.doc.toJS();
  const languages = declaredLanguages(raw);
  fillUndeclared(raw, languages);
  const result = briefingMetaSchema.safeParse(raw, { reportInput: true });
  if (result.success) return { parsed, meta: result.data, languages };
  issues.push(...zodIssues(parsed, briefingMetaSchema, result.error));
  return { parsed, languages };
}

/** Reads one facts*.yaml file: every entry, each validated on its own so one bad fact hides no other. */
function readFacts(file: string, issues: BriefingIssue[], languages: readonly Lang[]): FactEntry[] {
  const { parsed, issues: yamlIssues } = parseYamlFile(file);
  issues.push(...yamlIssues);
  if (!parsed) return [];
  const raw: unknown = parsed.doc.toJS();
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) {
    const pos = locateValue(parsed, []);
    issues.push({ ...pos, message: 'expected a list of facts, each starting with "- id: ..."' });
    return [];
  }
  fillUndeclared(raw, languages);
  return raw.map((item: unknown, index) => {
    const result = factSchema.safeParse(item, { reportInput: true });
    if (result.success) return { parsed, index, raw: item, fact: result.data };
    issues.push(...zodIssues(parsed, factSchema, result.error, [index], `facts[${index}]`));
    return { parsed, index, raw: item };
  });
}

function periodIssues(parsed: YamlFile, meta: BriefingMetaInput): BriefingIssue[] {
  if (meta.period.start <= meta.period.end) return [];
  const message = `period.end: ${meta.period.end} is before period.start ${meta.period.start}`;
  return [{ ...locateValue(parsed, ["period", "end"]), message }];
}

/**
 * Answers and digests say "as of asOf": a source published later would be cited under an
 * earlier as-of date ("Briefing as of 28 April" over a report of 29 April).
 */
function asOfIssues(parsed: YamlFile, meta: BriefingMetaInput): BriefingIssue[] {
  const later = meta.sources.filter((s) => s.published > meta.asOf);
  if (later.length === 0) return [];
  const latest = later.reduce((a, b) => (b.published > a.published ? b : a));
  const message = `asOf: ${meta.asOf} is before the publication of source "${latest.id}" (${latest.published}); set asOf to ${latest.published} or later`;
  return [{ ...locateValue(parsed, ["asOf"]), message }];
}

function byPosition(a: BriefingIssue, b: BriefingIssue): number {
  // Plain code-unit order, the order the fact files are read in.
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.col - b.col;
}

/** A briefing as read, with every problem found. `briefing` holds what was valid, when the metadata was. */
export interface BriefingReading {
  briefing?: Briefing;
  /** Errors: the briefing does not load while there is one. */
  issues: BriefingIssue[];
  /** Lint warnings and unverified quotes: printed by `check`, fatal only with `--strict`. */
  warnings: BriefingIssue[];
  /** Quotes found in their source texts, and quotes citing context notes (not checked). */
  quotes: { verified: number; skipped: number; sourcesDir?: string; withoutText?: string[] };
}

/** Where the sources' texts are, for checking quotes (see `sourcesDirFor`). */
export interface SourceTextOptions {
  /** `check --sources DIR`: wins over the briefing's own `sourcesDir`. */
  sourcesOverride?: string | undefined;
  /** BRIEFING_SOURCES_DIR: for briefings that set no `sourcesDir`. */
  sourcesFallback?: string | undefined;
  /** Run the linter (`briefbot check`); loads for service skip it. */
  lint?: boolean;
}

/** `--sources` first, then the briefing's `sourcesDir` (relative to its folder), then the env. */
export function sourcesDirFor(
  dir: string,
  meta: BriefingMetaInput,
  options: SourceTextOptions,
): string | undefined {
  if (options.sourcesOverride) return options.sourcesOverride;
  if (meta.sourcesDir) return resolve(dir, meta.sourcesDir);
  return options.sourcesFallback;
}

/**
 * Reads and validates one briefing folder (briefing.yaml and facts*.yaml) without throwing:
 * `briefbot check` reports every problem and still verifies the quotes of the valid facts.
 */
export function readBriefing(dir: string, options: SourceTextOptions = {}): BriefingReading {
  const issues: BriefingIssue[] = [];
  const metaFile = join(dir, BRIEFING_FILE);
  const { parsed: metaParsed, meta, languages = [...LANGS] } = readMeta(metaFile, issues);

  const files = existsSync(dir) ? factFiles(dir) : [];
  if (files.length === 0) {
    issues.push({
      file: join(dir, "facts.yaml"),
      line: 1,
      col: 1,
      message: "no facts*.yaml file in the folder",
    });
  }
  const entries = files.flatMap((file) => readFacts(file, issues, languages));
  issues.push(
    ...checkReferences(metaParsed, entries),
    ...checkConsistency(entries),
    ...checkSupersession(entries),
  );
  if (meta && metaParsed) issues.push(...periodIssues(metaParsed, meta), ...asOfIssues(metaParsed, meta));
  const warnings: BriefingIssue[] = [];
  const quotes: BriefingReading["quotes"] = { verified: 0, skipped: 0 };
  if (!meta || !metaParsed) return { issues: issues.sort(byPosition), warnings, quotes };
  const briefing = assemble(dir, meta, metaParsed, entries);
  const sourcesDir = sourcesDirFor(dir, meta, options);
  if (sourcesDir) {
    const report = verifyQuotes(briefing, sourcesDir);
    Object.assign(quotes, {
      verified: report.verified,
      skipped: report.skipped,
      sourcesDir,
      withoutText: report.withoutText,
    });
    for (const issue of report.issues) (issue.severity === "warning" ? warnings : issues).push(issue);
  }
  // Without source texts the quotes stay unverified: `check` says so in a note, not a warning,
  // so a briefing written from public reporting (no copies held) passes --strict.
  // Lint only a briefing without errors: a broken entry would make knock-on warnings.
  if (options.lint && issues.length === 0) warnings.push(...lintBriefing(briefing, metaParsed, entries));
  return { briefing, issues: issues.sort(byPosition), warnings: warnings.sort(byPosition), quotes };
}

function assemble(
  dir: string,
  meta: BriefingMetaInput,
  metaParsed: YamlFile,
  entries: FactEntry[],
): Briefing {
  const facts: Fact[] = [];
  const quote = new Map<string, FilePosition[]>();
  for (const { parsed, index, fact } of entries) {
    if (!fact) continue;
    const line = locateValue(parsed, [index]).line;
    facts.push(canonicalFact({ ...fact, hash: factHash(fact), origin: { file: parsed.file, line } }));
    quote.set(
      fact.id,
      fact.citations.map((_, j) => locateValue(parsed, [index, "citations", j, "quote"])),
    );
  }
  linkSupersession(facts);
  const { topics, sources, entities, ...rest } = meta;
  const source = new Map(sources.map((s, i) => [s.id, locateValue(metaParsed, ["sources", i, "file"])]));
  return {
    id: rest.id,
    meta: rest,
    topics,
    sources,
    entities,
    facts,
    // Over everything a curator wrote (questions and links too, which the hash leaves out).
    version: hashOf({ meta, facts: entries.map((e) => e.fact) }).slice(0, 12),
    dir,
    positions: { source, quote },
    byId: {
      fact: new Map(facts.map((f) => [f.id, f])),
      source: new Map(sources.map((s) => [s.id, s])),
      entity: new Map(entities.map((e) => [e.id, e])),
      topic: new Map(topics.map((t) => [t.id, t])),
    },
  };
}

/**
 * Loads and validates one briefing folder. Throws a BriefingError listing every problem
 * found, each located as file:line:col, so a curator can fix them all in one pass.
 */
export function loadBriefing(dir: string): Briefing {
  const { briefing, issues } = readBriefing(dir);
  if (issues.length > 0 || !briefing) throw new BriefingError(issues);
  return briefing;
}

/**
 * Reads `path` as one briefing folder when it holds a briefing.yaml, else as a folder of
 * briefings, without throwing on invalid content (a missing folder still throws a
 * BriefbotError). Duplicate briefing ids across folders are problems too.
 */
export function readBriefingsAt(
  path: string,
  options: SourceTextOptions = {},
): {
  briefings: Briefing[];
  issues: BriefingIssue[];
  warnings: BriefingIssue[];
  readings: BriefingReading[];
} {
  const dirs = briefingDirsAt(path);
  if (dirs.length === 0) {
    throw new BriefbotError("BRIEFING_INVALID", `no briefing folders (with a ${BRIEFING_FILE}) in ${path}`);
  }
  const briefings: Briefing[] = [];
  const issues: BriefingIssue[] = [];
  const warnings: BriefingIssue[] = [];
  const readings: BriefingReading[] = [];
  const seen = new Map<string, Briefing>();
  for (const dir of dirs) {
    const reading = readBriefing(dir, options);
    readings.push(reading);
    issues.push(...reading.issues);
    warnings.push(...reading.warnings);
    const b = reading.briefing;
    if (!b) continue;
    const first = seen.get(b.id);
    if (first) {
      const file = join(b.dir, BRIEFING_FILE);
      const message = `id: duplicate briefing id "${b.id}" (also in ${join(first.dir, BRIEFING_FILE)})`;
      issues.push({ ...idPosition(file), message });
    } else seen.set(b.id, b);
    briefings.push(b);
  }
  return { briefings, issues, warnings, readings };
}

function idPosition(file: string): FilePosition {
  const { parsed } = parseYamlFile(file);
  return parsed ? locateValue(parsed, ["id"]) : { file, line: 1, col: 1 };
}

export interface LoadOptions {
  /**
   * Where valid briefings are kept as JSON between starts (compiled-cache.ts): the CLI gives
   * DEFAULT_CACHE_DIR; by default (false) nothing is kept.
   */
  cacheDir?: string | false;
  /** BRIEFING_SOURCES_DIR: quotes are checked against source texts on every load and reload. */
  sourcesFallback?: string | undefined;
  /**
   * Derives data from each valid briefing once, when it is compiled, kept as
   * `briefing.derived` and saved with it: the answer engine's calibration model. The version
   * is part of the cache key, so a new version derives again.
   */
  derive?: Derive;
}

export interface Derive {
  version: string;
  of(briefing: Briefing): unknown;
}

/**
 * Loads every briefing under `path` (one briefing folder, or a folder of them). Throws a
 * BriefingError with the problems of all of them, and a BriefbotError when `path` is not a
 * folder or holds no briefing. Briefings loaded before from the same files come from the cache.
 */
export function loadBriefingsAt(path: string, options: LoadOptions = {}): Briefing[] {
  const cacheDir = options.cacheDir ?? false;
  const cache = cacheDir === false ? undefined : briefingCacheAt(path, cacheDir, options.derive?.version);
  if (cache?.cached) return cache.cached;
  const { briefings: read, issues } = readBriefingsAt(path, { sourcesFallback: options.sourcesFallback });
  if (issues.length > 0) throw new BriefingError(issues);
  const derive = options.derive;
  const briefings = derive ? read.map((b) => ({ ...b, derived: derive.of(b) })) : read;
  cache?.save(briefings);
  return briefings;
}

/** Loads every briefing folder under `root` (each subfolder is a briefing). */
export function loadBriefings(root: string, options: LoadOptions = {}): Briefing[] {
  return loadBriefingsAt(root, options);
}

export { BRIEFING_FILE, factFiles, isBriefingDir } from "./files.js";
