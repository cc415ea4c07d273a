import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { FIT_RULES } from "../../src/answer/fit/rules.js";
import { MESSAGE_IDS } from "../../src/answer/messages.js";
import { languagePack } from "../../src/knowledge/packs.js";

/**
 * Knowledge is data: the engine (src/answer) holds no word of any natural language and no
 * name from any briefing. Every string, template and regular-expression literal of its
 * TypeScript is parsed with the compiler API; one that still contains a letter (any script)
 * after the allowed cases below fails the test. Words belong in knowledge/lang/<code>/,
 * knowledge/world.yaml or the briefing (lexicon, entity relations).
 */

const ENGINE = "src/answer";
/**
 * The code of each language (src/lang/<code>/): scripts, segmenters, stemmers, written as
 * code and script ranges (\p{Script=Han}, \u30fc); its words are in its pack all the same.
 */
const LANGUAGE_CODE = "src/lang";

/**
 * Files not yet moved to data, with how many worded literals each still holds: the count may
 * only go down (move a list to a pack, then lower it here; at zero remove the line).
 */
const NOT_YET_MIGRATED: Record<string, number> = {
  // Empty: every file of the engine reads its words from knowledge/ (issue 11 part 1).
};

/**
 * Ids that are not natural language although they are spelt with letters: the schema's and
 * the engine's own enumerations (a role, a kind of answer, an entity kind), used as keys.
 */
const IDS = new Set([
  // language codes
  ...["en", "ja", "vi"],
  // roles of an entity in a fact (src/briefing/schema.ts)
  ...["agent", "recipient", "origin", "counterpart", "location", "subject"],
  // kinds of answer and of number (question-intent.ts)
  ...["age", "number", "date", "person", "place", "reason", "description", "yesno", "source"],
  // what a question may ask of a source (its fields in the briefing schema; frames.yaml `sources`)
  ...["publisher", "published", "title", "url"],
  ...["percent", "money", "count", "duration", "frequency", "any"],
  // entity kinds (schema.ts)
  ...["country", "organization", "program", "group", "thing"],
  // answer kinds and message keys (types.ts, messages.ts)
  ...["answer", "abstain", "help", "invalid", "injection", "opinion", "outOfPeriod", "noBriefing"],
  // fact status and link types (schema.ts)
  ...["fact", "reported", "same-as", "differs-from", "related"],
  // how a fit rule sees a named entity (fit/context.ts)
  ...["origin-mismatch", "external-stated", "external-unstated", "stands-in", "broad", "absent"],
  ...["location-as-origin", "in-fact"],
  // what screening makes of a text (guard.ts)
  "question",
  // kinds of a question of time relative to today (computed/elapsed.ts)
  ...["ago", "passed", "still", "holds"],
  // The kinds of a "between" frame of time (computed.json `between`).
  ...["span", "first", "relative", "order"],
  // JavaScript's own names: typeof results, Unicode normalization forms, Intl options
  ...[
    "string",
    "object",
    "function",
    "undefined",
    "word",
    "grapheme",
    "timed-out",
    "NFC",
    "NFD",
    "NFKC",
    "en-US",
  ],
  // the fit rules' names, the engine's message ids and explain keys (their words are in the packs)
  ...FIT_RULES.map((r) => r.name),
  ...MESSAGE_IDS,
  ...Object.keys(languagePack("en").explainReasons),
]);

/** An ISO time of day in a date string: "T23:59:59Z". */
const ISO_TIME = /T\d\d:\d\d:\d\dZ?/g;
/** A placeholder the engine fills in a pack's template: "{served}". */
const PLACEHOLDER = /^\{\w+\}$/;

/** Escapes, classes and ranges of a regular expression: \p{Script=Han}, \b, \u0020, [a-z]. */
function regexWords(source: string): string {
  return source
    .replace(/\\[pP]\{[^}]*\}/g, "")
    .replace(/\\u\{?[0-9a-fA-F]+\}?|\\x[0-9a-fA-F]{2}|\\c[a-zA-Z]/g, "")
    .replace(/\\[a-zA-Z]/g, "")
    .replace(/\(\?<[a-zA-Z]+>|\\k<[a-zA-Z]+>/g, "")
    .replace(/[a-zA-Z]-[a-zA-Z]/g, "");
}

const LETTER = /\p{L}/u;

function isAllowed(node: ts.Node, text: string): boolean {
  if (IDS.has(text) || PLACEHOLDER.test(text)) return true;
  const parent = node.parent;
  // Flags of `new RegExp(source, "gu")` and `compilePattern(source, "gu")`; the file of
  // `new URL("./index-worker.js", …)`.
  if (ts.isNewExpression(parent) || ts.isCallExpression(parent)) {
    const callee = parent.expression.getText();
    if (/^(?:RegExp|compilePattern)$/.test(callee) && parent.arguments?.[1] === node) return true;
    if (ts.isNewExpression(parent) && callee === "URL" && parent.arguments?.[0] === node) return true;
  }
  // Errors for curators and developers (`new Error("…")`, `new BriefingError([...])`): the tools
  // speak English to them; these are messages, not words the engine reads questions with.
  for (let up: ts.Node | undefined = parent; up && !ts.isStatement(up); up = up.parent)
    if (ts.isNewExpression(up) && /^(?:\w*Error)$/.test(up.expression.getText())) return true;
  // `"answered" in x`: a property name.
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.InKeyword) return true;
  // Module specifiers, and literal types (a union of ids is a declaration, not a word).
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent))
    return true;
  // Property names ({ "entity": … }) and keys of element access (obj["key"]).
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  return false;
}

/** The worded literals of one file: `line: text`. */
function wordedLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | undefined;
    if (ts.isRegularExpressionLiteral(node))
      text = regexWords(node.text.slice(1, node.text.lastIndexOf("/")));
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      text = node.text;
    // Strings may hold the source of a RegExp built at run time: read them as patterns too.
    if (text !== undefined && !ts.isRegularExpressionLiteral(node))
      text = regexWords(text.replace(ISO_TIME, ""));
    if (text !== undefined && LETTER.test(text) && !isAllowed(node, node.getText().slice(1, -1))) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${line + 1}: ${node.getText().slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("the languages' code holds no word either", () => {
  const files = tsFiles(LANGUAGE_CODE);
  it("finds the languages' sources", () => expect(files.length).toBeGreaterThan(5));
  it.each(files)("%s", (file) => {
    expect(wordedLiterals(file), `${file}: move these to knowledge/lang/<code>/`).toEqual([]);
  });
});

describe("the engine holds no natural-language word", () => {
  const files = tsFiles(ENGINE);
  it("finds the engine's sources", () => expect(files.length).toBeGreaterThan(10));
  it.each(files)("%s", (file) => {
    const worded = wordedLiterals(file);
    const pending = NOT_YET_MIGRATED[file] ?? 0;
    if (pending === 0) expect(worded, `${file}: move these to knowledge/ or the briefing`).toEqual([]);
    else expect(worded.length, `${file}: ${worded.join("\n")}`).toBeLessThanOrEqual(pending);
  });
  it("flags a worded literal and lets machinery through", () => {
    expect(LETTER.test(regexWords("[\\p{Script=Han}\\u30fc\\u3005]+"))).toBe(false);
    expect(LETTER.test(regexWords("\\b(?:will|would)\\b"))).toBe(true);
    expect(LETTER.test(regexWords("^[a-z_]+$"))).toBe(false);
    expect(LETTER.test(regexWords("[\\p{Script=Han}\\u3040-\\u30ff]+\\d"))).toBe(false);
    expect(LETTER.test(regexWords("何曜日"))).toBe(true);
  });
});
