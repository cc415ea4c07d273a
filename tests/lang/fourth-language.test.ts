import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { indexTerms } from "../../src/answer/term-ids.js";
import { questionWords } from "../../src/answer/tokenize.js";
import { KNOWLEDGE_DIR, useKnowledgeDir } from "../../src/knowledge/load.js";
import { languageModule } from "../../src/lang/registry.js";

/**
 * A language is a pack: a folder of data under knowledge/lang/<code>/, and code in src/lang/
 * only where the language needs it. Here a German pack (a few stop words and synonyms, no
 * code) is added to a copy of the shipped knowledge, and a German question is read with it:
 * nothing in src/answer or src/lang names German.
 */

const temps: string[] = [];
afterEach(() => {
  useKnowledgeDir(undefined);
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The shipped knowledge with a pack for `code` made of these files. */
function knowledgeWith(code: string, files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "briefbot-knowledge-"));
  temps.push(root);
  cpSync(KNOWLEDGE_DIR, root, { recursive: true });
  mkdirSync(join(root, "lang", code));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, "lang", code, name), text);
  return root;
}

const GERMAN = {
  "stopwords.yaml":
    "# German function and question words, folded.\nstop: [wie, viele, wird, die, der, aus, fur, auf]\n",
  "synonyms.yaml": "synonyms:\n  doktoranden: doktorand\n  studenten: student\n",
};
const QUESTION = "Wie viele Doktoranden aus Vietnam wird Japan aufnehmen?";

const words = (question: string, code: string) => questionWords(question, code).map((w) => w.terms.join("+"));

describe("a fourth language is a pack alone", () => {
  it("without a pack, every word of the question is a content word", () => {
    expect(words(QUESTION, "de")).toEqual([
      "wie",
      "viele",
      "doktoranden",
      "aus",
      "vietnam",
      "wird",
      "japan",
      "aufnehmen",
    ]);
  });

  it("with the pack, its stop words are dropped and its synonyms read, on both sides", () => {
    useKnowledgeDir(knowledgeWith("de", GERMAN));
    expect(words(QUESTION, "de")).toEqual(["doktorand", "vietnam", "japan", "aufnehmen"]);
    // The index reads a statement in the language the same way.
    expect(indexTerms("Japan wird 250 Doktoranden aus Vietnam aufnehmen", "de")).toEqual([
      "japan",
      "250",
      "doktorand",
      "vietnam",
      "aufnehmen",
    ]);
    expect(words("Für die Studenten", "de")).toEqual(["student"]);
  });

  it("needs no code: the language has no module, and the shipped languages read as before", () => {
    expect(languageModule("de")).toEqual({});
    useKnowledgeDir(knowledgeWith("de", GERMAN));
    expect(words("How many doctoral students will Japan take in?", "en")).toEqual([
      "doctoral",
      "student",
      "japan",
      "tak",
    ]);
    expect(words("日本は何人の博士を受け入れますか", "ja")).toContain("博士");
  });
});
