import { basename } from "node:path";
import type { BriefingIssue } from "../errors.js";
import { worldKnowledge } from "../knowledge/world.js";
import { describePath, suggest } from "./issues.js";
import type { FactInput } from "./schema.js";
import { locateValue, type Position, type YamlFile } from "./yaml-file.js";

/** One fact as read from a file: its raw data, and the validated fact when it passed the schema. */
export interface FactEntry {
  parsed: YamlFile;
  /** The fact's index in its file's list. */
  index: number;
  raw: unknown;
  fact?: FactInput;
}

type PathKey = string | number;
const kinds = ["topics", "sources", "entities"] as const;
type Kind = (typeof kinds)[number];
const singular: Record<Kind, string> = { topics: "topic", sources: "source", entities: "entity" };

function idOf(raw: unknown): string | undefined {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : undefined;
}

/**
 * Calls `each` for every string in a raw list (or every item's `field`), skipping what the
 * schema already reports as malformed: references are checked even in a fact with other errors.
 */
function strings(list: unknown, each: (value: string, index: number) => void, field?: string): void {
  if (!Array.isArray(list)) return;
  list.forEach((item: unknown, j) => {
    const value = field ? (item as Record<string, unknown> | null)?.[field] : item;
    if (typeof value === "string") each(value, j);
  });
}

function where(pos: Position): string {
  return `${basename(pos.file)}:${pos.line}:${pos.col}`;
}

/**
 * Cross-references that the schema cannot see: duplicate ids, and facts naming topics,
 * entities, sources or facts that do not exist. Ids are read from the raw data, so one
 * invalid entry does not turn every reference to it into a second error.
 */
export function checkReferences(meta: YamlFile | undefined, facts: readonly FactEntry[]): BriefingIssue[] {
  const issues: BriefingIssue[] = [];
  const issue = (parsed: YamlFile, path: PathKey[], label: string, message: string) =>
    issues.push({ ...locateValue(parsed, path), message: `${describePath(label, path)}: ${message}` });

  // Metadata lists: collect ids, report duplicates at the second one.
  const known = new Map<Kind, Map<string, Position>>();
  const rawMeta = meta?.doc.toJS() as Record<string, unknown> | null | undefined;
  for (const kind of kinds) {
    const ids = new Map<string, Position>();
    const list = rawMeta?.[kind];
    if (meta && Array.isArray(list)) {
      list.forEach((item, i) => {
        const id = idOf(item);
        if (id === undefined) return;
        const pos = locateValue(meta, [kind, i, "id"]);
        const first = ids.get(id);
        if (first)
          issue(
            meta,
            [kind, i, "id"],
            "",
            `duplicate ${singular[kind]} id "${id}" (first at ${where(first)})`,
          );
        else ids.set(id, pos);
      });
    }
    known.set(kind, ids);
  }

  // Entity relations (capitalOf, actsFor, postedTo) name other entities of briefing.yaml.
  const entityIds = known.get("entities") ?? new Map<string, Position>();
  const rawEntities = rawMeta?.entities;
  if (meta && Array.isArray(rawEntities)) {
    rawEntities.forEach((item, i) => {
      if (!item || typeof item !== "object") return;
      for (const field of ["capitalOf", "actsFor", "postedTo"] as const) {
        const target = (item as Record<string, unknown>)[field];
        if (typeof target !== "string" || entityIds.has(target)) continue;
        const hint = suggest(target, [...entityIds.keys()]);
        issue(
          meta,
          ["entities", i, field],
          "",
          `unknown entity "${target}"${hint}; expected the id of an entity of briefing.yaml`,
        );
      }
      const office = (item as Record<string, unknown>).office;
      const offices = worldKnowledge().offices.map((o) => o.id);
      if (typeof office === "string" && !offices.includes(office))
        issue(
          meta,
          ["entities", i, "office"],
          "",
          `unknown office "${office}"${suggest(office, offices)}; expected one of: ${offices.join(", ")} (knowledge/world.yaml; see "Offices" in docs/curating.md)`,
        );
    });
  }

  // Sources name the bodies they attribute their account to (`attributes`) by entity id.
  const rawSources = rawMeta?.sources;
  if (meta && Array.isArray(rawSources)) {
    rawSources.forEach((item, i) => {
      strings((item as Record<string, unknown> | null)?.attributes, (target, j) => {
        if (entityIds.has(target)) return;
        const hint = suggest(target, [...entityIds.keys()]);
        issue(
          meta,
          ["sources", i, "attributes", j],
          "",
          `unknown entity "${target}"${hint}; expected the id of an entity of briefing.yaml`,
        );
      });
      // The publisher's country (`country`) is an entity id too.
      const country = (item as Record<string, unknown> | null)?.country;
      if (typeof country === "string" && !entityIds.has(country))
        issue(
          meta,
          ["sources", i, "country"],
          "",
          `unknown entity "${country}"${suggest(country, [...entityIds.keys()])}; expected the id of an entity of briefing.yaml`,
        );
    });
  }

  // Fact ids across all fact files.
  const factIds = new Map<string, Position>();
  for (const entry of facts) {
    const id = idOf(entry.raw);
    if (id === undefined) continue;
    const path = [entry.index, "id"];
    const first = factIds.get(id);
    if (first) issue(entry.parsed, path, "facts", `duplicate fact id "${id}" (first at ${where(first)})`);
    else factIds.set(id, locateValue(entry.parsed, path));
  }

  // References from valid facts. Without a readable briefing.yaml there is nothing to check against.
  const refCheck = (entry: FactEntry, kind: Kind, path: PathKey[], id: string) => {
    const ids = known.get(kind);
    if (!meta || !ids || ids.has(id)) return;
    const message = `unknown ${singular[kind]} "${id}"${suggest(id, [...ids.keys()])}; define it under ${kind}: in briefing.yaml`;
    issue(entry.parsed, path, "facts", message);
  };
  for (const entry of facts) {
    const i = entry.index;
    const fact = entry.raw as Record<string, unknown> | null;
    if (!fact || typeof fact !== "object") continue;
    strings(fact.topics, (t, j) => refCheck(entry, "topics", [i, "topics", j], t));
    strings(fact.entities, (e, j) => refCheck(entry, "entities", [i, "entities", j, "entity"], e), "entity");
    strings(fact.citations, (c, j) => refCheck(entry, "sources", [i, "citations", j, "source"], c), "source");
    strings(
      fact.links,
      (target, j) => {
        const path = [i, "links", j, "fact"];
        if (target === fact.id) issue(entry.parsed, path, "facts", "a fact cannot link to itself");
        else if (!factIds.has(target)) {
          const hint = suggest(target, [...factIds.keys()]);
          issue(entry.parsed, path, "facts", `link to unknown fact "${target}"${hint}`);
        }
      },
      "fact",
    );
  }
  return issues;
}
