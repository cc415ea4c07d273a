import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * No import cycles among src/ files, type-only imports included: a cycle ties modules that
 * should stand apart (and a value cycle makes load order matter). Relative specifiers only;
 * packages cannot import us back.
 */

const SRC = resolve("src");
// import … from "x", export … from "x", import "x", import("x") (dynamic, or an inline type).
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Each file's relative imports, resolved to the .ts files they name. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets: string[] = [];
    for (const match of readFileSync(file, "utf8").matchAll(SPECIFIER)) {
      const spec = match[1]!;
      if (!spec.startsWith(".")) continue;
      const target = resolve(dirname(file), spec).replace(/\.js$/, ".ts");
      const found = [target, `${target}.ts`, join(target, "index.ts")].find((t) => known.has(t));
      if (found) targets.push(found);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Every strongly connected set of more than one file (or a file importing itself): Tarjan. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe("import cycles", () => {
  it("finds a cycle when there is one, through a type import too", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(cyclesOf(graph)).toEqual([["a", "b", "c"]]);
    expect(cyclesOf(new Map([["a", ["a"]]]))).toEqual([["a"]]);
    expect(
      cyclesOf(
        new Map([
          ["a", ["b"]],
          ["b", []],
        ]),
      ),
    ).toEqual([]);
  });

  it("reads every kind of relative import", () => {
    const graph = importGraph([resolve("tests/import-cycles.test.ts")]);
    expect(graph.size).toBe(1); // its own imports are packages: no edges
    expect(
      [
        ..."import type { X } from './y.js'; export { z } from \"../w.js\"; await import('./v.js');".matchAll(
          SPECIFIER,
        ),
      ].map((m) => m[1]),
    ).toEqual(["./y.js", "../w.js", "./v.js"]);
  });

  it("has none among the files of src/", () => {
    const files = tsFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const cycles = cyclesOf(importGraph(files)).map((c) => c.map((f) => relative(SRC, f)).join(" ↔ "));
    expect(cycles).toEqual([]);
  });
});
