import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { loadBriefing } from "../../src/briefing/load.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import { BriefingError } from "../../src/errors.js";
import { copyFixture, edit } from "./helpers.js";

/** The fixture with every Japanese and Vietnamese text removed and `languages: [en]`. */
function englishOnly(): { root: string; dir: string } {
  const copy = copyFixture();
  for (const name of ["briefing.yaml", "facts.yaml"]) {
    const file = join(copy.dir, name);
    const kept = readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => !/^\s*(ja|vi):/.test(line));
    writeFileSync(file, kept.join("\n"));
  }
  edit(join(copy.dir, "briefing.yaml"), "languages: [en, ja, vi]", "languages: [en]");
  return copy;
}

describe("a briefing's declared languages", () => {
  it("a briefing written in English only is valid", () => {
    const { root } = englishOnly();
    const store = createBriefingStore(root);
    expect(store.get()?.meta.languages).toEqual(["en"]);
  });

  it("answers a question in a language it lacks in English, saying so in the asker's language", () => {
    const { root } = englishOnly();
    const store = createBriefingStore(root);
    const en = answerQuestion("How many passengers will the ferry carry?", store);
    expect(en.answered).toBe(true);
    expect(en.text).not.toMatch(/^\(/);
    const ja = answerQuestion("How many passengers will the ferry carry?", store, { lang: "ja" });
    expect(ja.lang).toBe("en");
    expect(ja.text).toMatch(/^（このブリーフィングは日本語で書かれていないため、英語でお答えします。）/);
    expect(ja.text).toMatch(/4,000/);
    const vi = answerQuestion("Phà chở bao nhiêu hành khách?", store);
    expect(vi.lang).toBe("en");
    expect(vi.text).toMatch(/^\(Bản tin này không được viết bằng tiếng Việt; câu trả lời bằng tiếng Anh\.\)/);
  });

  it("a declared language still needs its texts", () => {
    const { dir } = englishOnly();
    edit(join(dir, "briefing.yaml"), "languages: [en]", "languages: [en, vi]");
    const error = (() => {
      try {
        loadBriefing(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(BriefingError);
    const messages = (error as BriefingError).issues.map((i) => i.message);
    expect(messages).toContain("facts[0].statement.vi: missing translation (expected text in vi)");
  });
});
