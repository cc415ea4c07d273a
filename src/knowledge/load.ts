import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { zodIssues } from "../briefing/issues.js";
import { locateValue, parseYamlFile, type YamlFile } from "../briefing/yaml-file.js";
import { BriefingError, type BriefingIssue } from "../errors.js";
import { isLang, LANGS, type Lang, type LanguageCode } from "../i18n/lang.js";
import { cachedKnowledge } from "./cache.js";
import { PACK_FILES, type PackConcern, type PackData, type WorldData, worldSchema } from "./schema.js";

/**
 * Reads the shipped knowledge (`knowledge/`: language packs and the world file), validated,
 * once a process. A problem stops the load with every issue located (file:line:col, the field,
 * what was expected), as a briefing's problems do: the engine never runs on half a pack.
 */

/** knowledge/ beside src/ or dist/ (and, for the benchmark's build in .bench-build/src, one level up). */
export const KNOWLEDGE_DIR =
  [
    fileURLToPath(new URL("../../knowledge/", import.meta.url)),
    fileURLToPath(new URL("../../../knowledge/", import.meta.url)),
  ].find((dir) => existsSync(join(dir, "world.yaml"))) ??
  fileURLToPath(new URL("../../knowledge/", import.meta.url));

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
export function readWorld(file = join(KNOWLEDGE_DIR, "world.yaml")): WorldData {
  return readValidated(file, worldSchema);
}

/** Every pack's data and the world file, validated: what the engine loads at start. */
export interface KnowledgeData {
  packs: Record<Lang, PackData>;
  world: WorldData;
}

let knowledge: KnowledgeData | undefined;
/** Packs of codes outside LANGS, read when first asked for. */
const unregistered = new Map<string, PackData>();
/** Another knowledge folder in place of the shipped one (tests, a pack being written). */
let otherDir: string | undefined;
let generation = 0;

/** The knowledge folder read: the shipped one unless useKnowledgeDir named another. */
export function knowledgeDir(): string {
  return otherDir ?? KNOWLEDGE_DIR;
}

/** Changes each time useKnowledgeDir does: what is compiled from the packs is compiled afresh. */
export function knowledgeGeneration(): number {
  return generation;
}

/**
 * Reads knowledge from `dir` (laid out as knowledge/: lang/<code>/, world.yaml) from now on,
 * or the shipped folder again with `undefined`. Another folder is read from its YAML, never
 * cached: tests point the engine at a pack of their own with it.
 */
export function useKnowledgeDir(dir: string | undefined): void {
  otherDir = dir;
  knowledge = undefined;
  unregistered.clear();
  generation++;
}

function readKnowledge(dir: string): KnowledgeData {
  return {
    packs: Object.fromEntries(LANGS.map((l) => [l, readPack(join(dir, "lang", l))])) as Record<
      Lang,
      PackData
    >,
    world: readWorld(join(dir, "world.yaml")),
  };
}

/** The shipped knowledge, once a process (from the JSON cache when the files are unchanged). */
export function shippedKnowledge(): KnowledgeData {
  knowledge ??= otherDir
    ? readKnowledge(otherDir)
    : cachedKnowledge(KNOWLEDGE_DIR, () => readKnowledge(KNOWLEDGE_DIR));
  return knowledge;
}

/**
 * The data of the pack of `code`: a registered language's from the shipped knowledge, any
 * other's read from lang/<code>/ when first asked for (a folder that does not exist: an empty
 * pack). A pack outside LANGS is never listed among all packs, but reads questions in its
 * language all the same.
 */
export function packData(code: LanguageCode): PackData {
  if (isLang(code)) return shippedKnowledge().packs[code];
  let data = unregistered.get(code);
  if (!data) {
    if (!/^[a-z]{2,3}(?:-[a-z0-9]+)*$/.test(code)) throw new Error(`not a language code: "${code}"`);
    data = readPack(join(knowledgeDir(), "lang", code));
    unregistered.set(code, data);
  }
  return data;
}
