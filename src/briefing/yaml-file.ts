import { readFileSync } from "node:fs";
import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { BriefingIssue } from "../errors.js";
import type { FilePosition } from "./types.js";

/** A 1-based position in a file. */
export type Position = FilePosition;

/** A parsed YAML file that can say where any path inside it is. */
export interface YamlFile {
  file: string;
  doc: Document;
  lines: LineCounter;
}

type PathKey = string | number;
type Ranged = { range?: readonly [number, number, number] | null };

/** Reads and parses a YAML file; syntax errors come back as located issues, never thrown. */
export function parseYamlFile(file: string): { parsed?: YamlFile; issues: BriefingIssue[] } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : String(error);
    return { issues: [{ file, line: 1, col: 1, message: `cannot read: ${reason}` }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  // After the first syntax error the parser's recovery tends to report knock-on errors
  // that vanish once it is fixed; duplicate keys are independent, so all of them are kept.
  const firstSyntax = doc.errors.find((e) => e.code !== "DUPLICATE_KEY");
  const issues = doc.errors
    .filter((e) => e === firstSyntax || e.code === "DUPLICATE_KEY")
    .map((e) => {
      const pos = lines.linePos(e.pos[0]);
      const message =
        e.code === "DUPLICATE_KEY"
          ? `duplicate field "${keyText(text, e.pos[0])}": a field may appear only once in an entry`
          : `YAML syntax: ${yamlMessage(e.message)}`;
      return { file, line: pos.line, col: pos.col, message };
    });
  return issues.length > 0 ? { issues } : { parsed: { file, doc, lines }, issues };
}

/** The key written at `offset` (the error's range covers only its first character). */
function keyText(text: string, offset: number): string {
  return (/^[^:\n]*/.exec(text.slice(offset))?.[0] ?? "").trim().replace(/^["']|["']$/g, "");
}

/** The yaml library's messages end with a position and a code excerpt; keep the sentence. */
function yamlMessage(message: string): string {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, "");
}

function at(parsed: YamlFile, node: unknown): Position | undefined {
  const range = (node as Ranged | null | undefined)?.range;
  if (!range) return undefined;
  const pos = parsed.lines.linePos(range[0]);
  return { file: parsed.file, line: pos.line, col: pos.col };
}

function nodeAt(parsed: YamlFile, path: readonly PathKey[]): unknown {
  return path.length === 0 ? parsed.doc.contents : parsed.doc.getIn(path, true);
}

/** The key node of `path`'s last segment in its parent map (or the item, in a list). */
function keyAt(parsed: YamlFile, path: readonly PathKey[]): Position | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAt(parsed, path.slice(0, -1));
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last);
    return at(parsed, pair?.key);
  }
  if (isSeq(parent) && typeof last === "number") return at(parsed, parent.items[last]);
  return undefined;
}

/**
 * Where the value at `path` is. A key whose value is empty points at the key; a missing
 * field points at the key of the nearest enclosing field that exists.
 */
export function locateValue(parsed: YamlFile, path: readonly PathKey[]): Position {
  const direct = at(parsed, nodeAt(parsed, path)) ?? keyAt(parsed, path);
  if (direct) return direct;
  return locateKey(parsed, path.slice(0, -1));
}

/** Where the key of `path` is written (for unknown and missing fields). */
export function locateKey(parsed: YamlFile, path: readonly PathKey[]): Position {
  for (let n = path.length; n > 0; n--) {
    const pos = keyAt(parsed, path.slice(0, n)) ?? at(parsed, nodeAt(parsed, path.slice(0, n)));
    if (pos) return pos;
  }
  return at(parsed, parsed.doc.contents) ?? { file: parsed.file, line: 1, col: 1 };
}
