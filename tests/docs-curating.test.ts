import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { briefingMetaSchema, factSchema } from "../src/briefing/schema.js";

/**
 * The curator's guide (docs/curating.md) names every field of the briefing format: this walks
 * the zod schema and fails with the list of field paths the guide lacks.
 */
type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  out?: z.ZodType;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
function unwrap(s: z.ZodType): z.ZodType {
  const def = defOf(s);
  const inner = def.innerType ?? (def.type === "pipe" ? def.out : undefined);
  return inner ? unwrap(inner) : s;
}

const LANG_KEYS = ["en", "ja", "vi"];

/** `sources[].language`, `facts[].numbers[].measure`: every field path under `schema`. */
function fieldPaths(schema: z.ZodType, prefix: string): string[] {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === "array" && def.element) return fieldPaths(def.element, `${prefix}[]`);
  if (def.type !== "object" || !def.shape) return [];
  const keys = Object.keys(def.shape);
  // Text per language (en, ja, vi) is one field for a curator: `title`, not `title.en`.
  if (keys.every((k) => LANG_KEYS.includes(k))) return [];
  return keys.flatMap((k) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return [path, ...fieldPaths(def.shape![k]!, path)];
  });
}

describe("docs/curating.md", () => {
  const guide = readFileSync(new URL("../docs/curating.md", import.meta.url), "utf8");
  it("names every field of briefing.yaml and of a fact, as `path` in its field reference", () => {
    const paths = [...fieldPaths(briefingMetaSchema, ""), ...fieldPaths(factSchema, "facts[]")];
    const missing = paths.filter((p) => !guide.includes(`\`${p}\``));
    expect(
      missing,
      `fields the guide lacks (add a row for each to docs/curating.md): ${missing.join(", ")}`,
    ).toEqual([]);
  });
});
