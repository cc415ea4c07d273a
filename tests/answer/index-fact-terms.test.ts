import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateBriefing } from "../../bench/generate-briefing.js";
import { termsOfFact } from "../../src/answer/fact-entries.js";
import { statesAll } from "../../src/answer/fit/topic-things.js";
import { buildIndex } from "../../src/answer/index-build.js";
import { packIndex, unpackIndex } from "../../src/answer/index-cache.js";
import { factsWithAll, postedTerms } from "../../src/answer/index-fact-terms.js";
import { readingBriefing } from "../../src/answer/synonyms.js";
import { indexTerms } from "../../src/answer/term-ids.js";
import { loadBriefingsAt } from "../../src/briefing/load.js";
import type { Briefing } from "../../src/briefing/types.js";
import { LANGS } from "../../src/i18n/lang.js";

/**
 * The fit check reads a fact's terms back from the index's postings (index-fact-terms.ts):
 * they are the terms tokenizing the fact gives, with the briefing's own lexicon.
 */
const folders = ["../../briefings", "../../tests/eval/briefings"].map((f) =>
  fileURLToPath(new URL(f, import.meta.url)),
);

function sameAsTokenized(briefing: Briefing, parallelFrom = Infinity): void {
  const built = buildIndex(briefing, { parallelFrom });
  const unpacked = unpackIndex(briefing, packIndex(built))!;
  readingBriefing(briefing, () => {
    for (const index of [built, unpacked]) {
      for (const fact of briefing.facts) {
        const posted = postedTerms(index, fact);
        expect(posted).toBeDefined();
        expect([...posted!].sort()).toEqual([...new Set(termsOfFact(fact))].sort());
      }
    }
  });
}

describe("a fact's terms from the postings", () => {
  for (const folder of folders) {
    for (const briefing of loadBriefingsAt(folder)) {
      it(`are its tokenized terms: ${briefing.id}`, () => sameAsTokenized(briefing));
    }
  }

  it("are its tokenized terms in a large briefing's quick path and on two threads", () => {
    sameAsTokenized(generateBriefing(2_000), 1_000);
  });

  it("tell the facts stating a topic's words as reading each fact does", () => {
    for (const folder of folders) {
      for (const briefing of loadBriefingsAt(folder)) {
        const index = buildIndex(briefing);
        readingBriefing(briefing, () => {
          for (const topic of briefing.topics) {
            for (const lang of LANGS) {
              const words = [topic.name[lang], ...topic.keywords].flatMap((t) => indexTerms(t, lang));
              for (let n = 1; n <= Math.min(3, words.length); n++) {
                const terms = words.slice(0, n);
                const each = [...index.facts.keys()].filter((i) => statesAll(index, i, terms));
                expect(factsWithAll(index, terms) ?? each).toEqual(each);
              }
            }
          }
        });
      }
    }
  });

  it("are not read from an index made by hand", () => {
    const briefing = loadBriefingsAt(folders[0]!)[0]!;
    const index = { ...buildIndex(briefing) };
    expect(postedTerms(index, briefing.facts[0]!)).toBeUndefined();
  });
});
