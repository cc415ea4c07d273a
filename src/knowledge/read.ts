import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { zodIssues } from "../briefing/issues.js";
import { locateValue, parseYamlFile, type YamlFile } from "../briefing/yaml-file.js";
import { BriefingError, type BriefingIssue } from "../errors.js";
import { LANGS, type Lang } from "../i18n/lang.js";
import type { ComputedWordsFile } from "./computed-schema.js";
import { validateComputedWords } from "./computed-schema.js";
import { PACK_FILES, type PackConcern, type PackData, type WorldData, worldSchema } from "./schema.js";

/**
 * Reads the knowledge files and validates them (YAML and zod): what a start pays only when
 * the knowledge cache (./cache.ts) misses, so this module (and the yaml and zod packages) is
 * never on a warm `briefbot ask`. A problem stops the load with every issue located
 * (file:line:col, the field, what was expected), as a briefing's problems do: the engine never
 * runs on half a pack.
 */

function fail(issues: BriefingIssue[]): never {
  throw new BriefingError(issues);
}

/** Parses and validates one YAML file against `schema`; patterns must compile. */
function readValidated<T>(file: string, schema: z.ZodType<T>): T {
  const { parsed, issues } = parseYamlFile(file);
  if (!parsed) fail(issues);
  const data = parsed.doc.toJS() ?? {};
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) fail(zodIssues(parsed, schema, result.error));
  const bad = badPatterns(parsed, data, []);
  if (bad.length > 0) fail(bad);
  return result.data;
}

/** Every `{source, flags}` in the file must be a regular expression that compiles. */
function badPatterns(parsed: YamlFile, value: unknown, path: (string | number)[]): BriefingIssue[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => badPatterns(parsed, v, [...path, i]));
  if (value === null || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  if (typeof record.source === "string") {
    try {
      new RegExp(record.source, typeof record.flags === "string" ? record.flags : "");
      return [];
    } catch (error) {
      const where = path.join(".");
      const message = `${where}.source: expected a regular expression (${(error as Error).message})`;
      return [{ ...locateValue(parsed, [...path, "source"]), message }];
    }
  }
  return Object.entries(record).flatMap(([k, v]) => badPatterns(parsed, v, [...path, k]));
}

/** The data of the pack in `dir`: one file per concern; an unknown file name is an error. */
export function readPack(dir: string): PackData {
  const concerns = Object.keys(PACK_FILES) as PackConcern[];
  const unknown = existsSync(dir)
    ? readdirSync(dir).filter((n) => n.endsWith(".yaml") && !concerns.includes(n.slice(0, -5) as PackConcern))
    : [];
  // Another engineer's concerns (computed answers) live in the same folder under their own prefix.
  const foreign = unknown.filter((n) => !n.startsWith("computed"));
  if (foreign.length > 0)
    fail(
      foreign.map((n) => ({
        file: join(dir, n),
        line: 1,
        col: 1,
        message: `unknown pack file "${n}": expected one of ${concerns.map((c) => `${c}.yaml`).join(", ")}`,
      })),
    );
  const data = {} as Record<PackConcern, unknown>;
  for (const concern of concerns) {
    const file = join(dir, `${concern}.yaml`);
    const schema: z.ZodType = PACK_FILES[concern];
    data[concern] = existsSync(file) ? readValidated(file, schema) : {};
  }
  return data as PackData;
}

/** The world file: countries, capitals, offices and people any briefing may meet. */
export function readWorld(file: string): WorldData {
  return readValidated(file, worldSchema);
}

/** The words of computed answers in `dir` (computed.json), validated. */
function readComputedWords(dir: string): ComputedWordsFile {
  const file = join(dir, "computed.json");
  return validateComputedWords(readFileSync(file, "utf8"), file);
}

/** Every pack's data, the computed answers' words and the world file: what the engine loads. */
export interface KnowledgeData {
  packs: Record<Lang, PackData>;
  computed: Record<Lang, ComputedWordsFile>;
  world: WorldData;
}

/** Every pack, the computed answers' words of each language and the world file, validated. */
export function readKnowledge(root: string): KnowledgeData {
  const each = <T>(read: (dir: string) => T) =>
    Object.fromEntries(LANGS.map((l) => [l, read(join(root, "lang", l))])) as Record<Lang, T>;
  return {
    packs: each(readPack),
    computed: each(readComputedWords),
    world: readWorld(join(root, "world.yaml")),
  };
}
