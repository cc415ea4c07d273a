import type { z } from "zod";
import type { BriefingIssue } from "../errors.js";
import { LANGS } from "../i18n/lang.js";
import { locateKey, locateValue, type YamlFile } from "./yaml-file.js";

type PathKey = string | number;

/** `facts[3].statement.vi`: how a curator reads a path into the file. */
export function describePath(label: string, path: readonly PathKey[]): string {
  const rest = path.map((k) => (typeof k === "number" ? `[${k}]` : `.${k}`)).join("");
  const joined = `${label}${rest}`.replace(/^\./, "");
  return joined || "top level";
}

/** A short rendering of a value the curator wrote, for "got …" in messages. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${String(value)}`;
}

const expectedNames: Record<string, string> = {
  string: "text",
  array: "a list",
  object: "a mapping of fields",
  number: "a number",
  boolean: "true or false",
};

/** Levenshtein distance, for "did you mean" on misspelt ids and field names. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** ` (did you mean "x"?)` or ` (known: a, b, c)`, so the curator knows what to write instead. */
export function suggest(value: string, known: readonly string[], noun = "known"): string {
  if (known.length === 0) return "";
  const best = [...known].sort((x, y) => distance(value, x) - distance(value, y))[0] ?? "";
  if (distance(value, best) <= Math.max(2, Math.floor(value.length / 4))) return ` (did you mean "${best}"?)`;
  // A part of the id ("ishiba" for "shigeru-ishiba"), or the id with more ("japan-gov" for "japan").
  const part = known.filter((k) => value.length >= 3 && (k.includes(value) || value.startsWith(`${k}-`)));
  if (part.length > 0 && part.length <= 3)
    return ` (did you mean ${part.map((k) => `"${k}"`).join(" or ")}?)`;
  if (known.length <= 16) return ` (${noun}: ${known.join(", ")})`;
  return "";
}

/** The field names a strict object accepts at `path` in `schema`, when it can be worked out. */
function allowedFields(schema: z.ZodType, path: readonly PathKey[]): string[] {
  // Zod 4 exposes its definitions on `_zod.def`; walk wrappers down to the object at `path`.
  type Def = {
    type: string;
    shape?: Record<string, z.ZodType>;
    element?: z.ZodType;
    innerType?: z.ZodType;
    out?: z.ZodType;
  };
  const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
  const unwrap = (s: z.ZodType): z.ZodType => {
    const def = defOf(s);
    const inner = def.innerType ?? (def.type === "pipe" ? def.out : undefined);
    return inner ? unwrap(inner) : s;
  };
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (!current) return [];
    const def = defOf(current);
    const next: z.ZodType | undefined =
      typeof key === "number" ? def.element : def.shape ? def.shape[key] : undefined;
    current = next ? unwrap(next) : undefined;
  }
  const shape = current ? defOf(current).shape : undefined;
  return shape ? Object.keys(shape) : [];
}

function isLangKey(key: PathKey | undefined): boolean {
  return typeof key === "string" && (LANGS as readonly string[]).includes(key);
}

/** The message a curator can act on, for one zod issue. */
function messageFor(issue: z.core.$ZodIssue, path: readonly PathKey[]): string {
  const last = path[path.length - 1];
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type": {
      const expected = expectedNames[issue.expected] ?? issue.expected;
      if (input === undefined || input === null) {
        if (isLangKey(last)) return `missing translation (expected text in ${last})`;
        return `missing required field (expected ${expected})`;
      }
      return `expected ${expected}, got ${showValue(input)}`;
    }
    case "too_small":
      if (issue.origin === "string") {
        if (isLangKey(last)) return `empty translation (expected text in ${last})`;
        if (last === "quote") return "empty quote (copy the exact words from the source)";
        return "must not be empty";
      }
      if (issue.origin === "array" && issue.message.startsWith("Too small")) {
        return `must list at least ${String(issue.minimum)} item${issue.minimum === 1 ? "" : "s"}`;
      }
      return issue.message;
    case "invalid_value":
      return `${showValue(input)} is not one of: ${issue.values.map((v) => String(v)).join(", ")}`;
    case "invalid_format":
      return `${issue.message}, got ${showValue(input)}`;
    case "custom":
      return issue.message.startsWith("is ")
        ? `${showValue(input)} ${issue.message}`
        : `${issue.message} (got ${showValue(input)})`;
    default:
      return issue.message;
  }
}

/**
 * Turns a zod error on the data of `parsed` (at `prefix` inside the file) into located
 * issues. `label` names the prefix for people, e.g. `facts[3]`.
 */
export function zodIssues(
  parsed: YamlFile,
  schema: z.ZodType,
  error: z.ZodError,
  prefix: readonly PathKey[] = [],
  label = "",
): BriefingIssue[] {
  return error.issues.flatMap((issue) => {
    const rel = issue.path.filter((k): k is PathKey => typeof k !== "symbol");
    const path = [...prefix, ...rel];
    const where = describePath(label, rel);
    if (issue.code === "unrecognized_keys") {
      const allowed = allowedFields(schema, rel);
      return issue.keys.map((key) => ({
        ...locateKey(parsed, [...path, key]),
        message: `${where}: unknown field "${key}"${suggest(key, allowed, "allowed")}`,
      }));
    }
    const input = (issue as { input?: unknown }).input;
    const missing = issue.code === "invalid_type" && (input === undefined || input === null);
    const pos = missing ? locateKey(parsed, path) : locateValue(parsed, path);
    return [{ ...pos, message: `${where}: ${messageFor(issue, rel)}` }];
  });
}
