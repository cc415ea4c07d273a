import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIT_RULES } from "../../../src/answer/fit/rules.js";
import { languagePack } from "../../../src/knowledge/packs.js";

describe("the fit rules list", () => {
  const names = FIT_RULES.map((r) => r.name);
  it("names each rule once, in kebab case", () => {
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });
  it("has an explain template for every rule", () => {
    const templates = languagePack("en").explainReasons;
    for (const n of names) expect(templates[n], n).toBeTypeOf("string");
  });
  it("has a table of cases for every rule", () => {
    const tables = readdirSync(new URL(".", import.meta.url)).filter((f) => f.endsWith(".test.ts"));
    for (const n of names) expect(tables, n).toContain(`${n}.test.ts`);
  });
});
