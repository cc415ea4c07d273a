import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { type Document, isMap, isSeq, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { BriefingError, type BriefingIssue } from "../errors.js";
import { briefingMetaSchema, type FactInput, factsFileSchema } from "./schema.js";
import type { Briefing, Fact } from "./types.js";

interface ParsedFile {
  file: string;
  doc: Document;
  lines: LineCounter;
}

/** Where a YAML path (from a zod issue) points in the file, as 1-based line and column. */
function locate(parsed: ParsedFile, path: readonly PropertyKey[]): { line: number; col: number } {
  // Walk down as far as the path exists: a missing field is reported at its parent.
  let keys = path.filter((k): k is string | number => typeof k !== "symbol");
  while (keys.length > 0) {
    const node = parsed.doc.getIn(keys, true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) {
      const pos = parsed.lines.linePos(node.range[0]);
      return { line: pos.line, col: pos.col };
    }
    // A key whose value is null has no node; point at the key in its parent map.
    const parent = parsed.doc.getIn(keys.slice(0, -1), true);
    const last = keys[keys.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === last) as
        | { key?: { range?: [number, number, number] } }
        | undefined;
      if (pair?.key?.range) {
        const pos = parsed.lines.linePos(pair.key.range[0]);
        return { line: pos.line, col: pos.col };
      }
    }
    keys = keys.slice(0, -1);
  }
  const root = parsed.doc.contents as { range?: [number, number, number] } | null;
  if (root?.range) return parsed.lines.linePos(root.range[0]);
  return { line: 1, col: 1 };
}

function parseFile(file: string): { parsed?: ParsedFile; issues: BriefingIssue[] } {
  const text = readFileSync(file, "utf8");
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const issues = doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return { file, line: pos.line, col: pos.col, message: `YAML: ${e.message.split("\n")[0]}` };
  });
  return issues.length > 0 ? { issues } : { parsed: { file, doc, lines }, issues };
}

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`))
    .join("")
    .replace(/^\./, "");
}

function zodIssues(
  parsed: ParsedFile,
  error: z.ZodError,
  prefix: readonly (string | number)[] = [],
): BriefingIssue[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    let message = issue.message;
    if (issue.code === "unrecognized_keys") {
      message = `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
      const at = locate(parsed, [...path, issue.keys[0] as string]);
      return { file: parsed.file, ...at, message: `${describePath(path) || "top level"}: ${message}` };
    }
    if (issue.code === "invalid_type" && issue.input === undefined) {
      message = `missing required field (expected ${issue.expected})`;
    }
    return {
      file: parsed.file,
      ...locate(parsed, path),
      message: `${describePath(path) || "top level"}: ${message}`,
    };
  });
}

export function hashOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}

/** The content a reader sees; a change here is an edit that digests report. */
function factHash(fact: FactInput): string {
  const { questions: _q, links: _l, key: _k, ...content } = fact;
  return hashOf(content);
}

/** The fact files of a briefing folder, in a stable order. */
export function factFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^facts.*\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Loads and validates one briefing folder. Throws a BriefingError listing every problem
 * found, each as file:line:col, so a curator can fix them all in one pass.
 */
export function loadBriefing(dir: string): Briefing {
  const issues: BriefingIssue[] = [];
  const metaFile = join(dir, "briefing.yaml");
  let metaParsed: ParsedFile | undefined;
  try {
    statSync(metaFile);
    const r = parseFile(metaFile);
    issues.push(...r.issues);
    metaParsed = r.parsed;
  } catch {
    issues.push({
      file: metaFile,
      line: 1,
      col: 1,
      message: "missing briefing.yaml (metadata, topics, sources)",
    });
  }
  const meta = metaParsed ? briefingMetaSchema.safeParse(metaParsed.doc.toJS()) : undefined;
  if (metaParsed && meta && !meta.success) issues.push(...zodIssues(metaParsed, meta.error));

  const facts: Fact[] = [];
  const files = factFiles(dir);
  if (files.length === 0)
    issues.push({ file: join(dir, "facts.yaml"), line: 1, col: 1, message: "no facts*.yaml file" });
  const factParsed = new Map<Fact, ParsedFile>();
  for (const file of files) {
    const r = parseFile(file);
    issues.push(...r.issues);
    if (!r.parsed) continue;
    const parsed = r.parsed;
    const data: unknown = parsed.doc.toJS() ?? [];
    const result = factsFileSchema.safeParse(data);
    if (!result.success) {
      issues.push(...zodIssues(parsed, result.error));
      continue;
    }
    const seq = parsed.doc.contents;
    result.data.forEach((f, i) => {
      const node = isSeq(seq)
        ? (seq.items[i] as { range?: [number, number, number] } | undefined)
        : undefined;
      const line = node?.range ? parsed.lines.linePos(node.range[0]).line : 1;
      const fact: Fact = { ...f, hash: factHash(f), origin: { file, line } };
      facts.push(fact);
      factParsed.set(fact, parsed);
    });
  }

  if (meta?.success && metaParsed) {
    const m = meta.data;
    const at = (path: (string | number)[]) => locate(metaParsed, path);
    const dupes = <T extends { id: string }>(list: T[], field: string) => {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        if (seen.has(item.id)) {
          issues.push({
            file: metaFile,
            ...at([field, i, "id"]),
            message: `${field}[${i}].id: duplicate id "${item.id}"`,
          });
        }
        seen.add(item.id);
      });
    };
    dupes(m.topics, "topics");
    dupes(m.sources, "sources");
    dupes(m.entities, "entities");
    if (m.period.start > m.period.end) {
      issues.push({
        file: metaFile,
        ...at(["period", "end"]),
        message: "period.end: is before period.start",
      });
    }
    const sourceIds = new Set(m.sources.map((s) => s.id));
    const topicIds = new Set(m.topics.map((t) => t.id));
    const entityIds = new Set(m.entities.map((e) => e.id));
    const factIds = new Map<string, Fact>();
    for (const fact of facts) {
      const parsed = factParsed.get(fact)!;
      const seq = parsed.doc.contents;
      const index = isSeq(seq)
        ? seq.items.findIndex(
            (n) =>
              (n as { range?: number[] }).range &&
              parsed.lines.linePos((n as { range: number[] }).range[0]!).line === fact.origin.line,
          )
        : 0;
      const where = (path: (string | number)[]) => ({
        file: parsed.file,
        ...locate(parsed, [index, ...path]),
      });
      const dup = factIds.get(fact.id);
      if (dup) {
        issues.push({
          ...where(["id"]),
          message: `fact "${fact.id}": duplicate id (first at ${basename(dup.origin.file)}:${dup.origin.line})`,
        });
      } else factIds.set(fact.id, fact);
      fact.citations.forEach((c, i) => {
        if (!sourceIds.has(c.source)) {
          issues.push({
            ...where(["citations", i, "source"]),
            message: `fact "${fact.id}": citation to unknown source "${c.source}"`,
          });
        }
      });
      fact.topics.forEach((t, i) => {
        if (!topicIds.has(t))
          issues.push({ ...where(["topics", i]), message: `fact "${fact.id}": unknown topic "${t}"` });
      });
      fact.entities.forEach((e, i) => {
        if (!entityIds.has(e.entity)) {
          issues.push({
            ...where(["entities", i, "entity"]),
            message: `fact "${fact.id}": unknown entity "${e.entity}"`,
          });
        }
      });
    }
    for (const fact of facts) {
      const parsed = factParsed.get(fact)!;
      fact.links.forEach((l) => {
        if (!factIds.has(l.fact)) {
          issues.push({
            file: parsed.file,
            line: fact.origin.line,
            col: 1,
            message: `fact "${fact.id}": link to unknown fact "${l.fact}"`,
          });
        }
      });
    }
  }

  if (issues.length > 0 || !meta?.success) throw new BriefingError(issues);
  const { topics, sources, entities, ...rest } = meta.data;
  return {
    id: rest.id,
    meta: rest,
    topics,
    sources,
    entities,
    facts,
    version: hashOf({ meta: meta.data, facts: facts.map((f) => f.hash) }).slice(0, 12),
    dir,
    byId: {
      fact: new Map(facts.map((f) => [f.id, f])),
      source: new Map(sources.map((s) => [s.id, s])),
      entity: new Map(entities.map((e) => [e.id, e])),
      topic: new Map(topics.map((t) => [t.id, t])),
    },
  };
}

/** Loads every briefing folder under `root` (each folder holding a briefing.yaml). */
export function loadBriefings(root: string): Briefing[] {
  const dirs = readdirSync(root)
    .map((name) => join(root, name))
    .filter((p) => statSync(p).isDirectory())
    .sort();
  const all: Briefing[] = [];
  const issues: BriefingIssue[] = [];
  for (const dir of dirs) {
    try {
      all.push(loadBriefing(dir));
    } catch (e) {
      if (e instanceof BriefingError) issues.push(...e.issues);
      else throw e;
    }
  }
  if (issues.length > 0) throw new BriefingError(issues);
  return all;
}
