import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { generateBriefing } from "../../bench/generate-briefing.js";
import { analyzeQuestion } from "../../src/answer/analyze.js";
import { answerQuestion } from "../../src/answer/answer.js";
import { adoptIndex, type BriefingIndex, buildIndex, indexFor } from "../../src/answer/index-build.js";
import { type PackedIndex, packIndex, unpackIndex } from "../../src/answer/index-cache.js";
import { postedAlternates, postedTerms } from "../../src/answer/index-fact-terms.js";
import { fold } from "../../src/answer/normalize.js";
import { factTermsOf } from "../../src/answer/packed-postings.js";
import { PackedValueMap, packValues } from "../../src/answer/packed-values.js";
import { readingBriefing, synonymOf } from "../../src/answer/synonyms.js";
import { indexTerms } from "../../src/answer/term-ids.js";
import { loadBriefingsAt } from "../../src/briefing/load.js";
import { briefingStoreOf } from "../../src/briefing/store-of.js";
import { LANGS } from "../../src/i18n/lang.js";

/**
 * A packed index (kept on disk beside the compiled briefing, or handed over by the loader
 * worker) unpacks to the index a build gives, and answers the same.
 */
const SHIPPED = fileURLToPath(new URL("../../briefings", import.meta.url));

function shapeOf(index: BriefingIndex) {
  return {
    terms: [...index.postings.keys()],
    docs: [...index.postings.values()].map((p) => Array.from(p.docs)),
    codes: [...index.postings.values()].map((p) => Array.from(p.weightCodes)),
    weightValues: Array.from(index.weightValues),
    docLength: Array.from(index.docLength),
    averageLength: index.averageLength,
    vocabulary: [...index.vocabulary],
    vocabularyByLength: [...index.vocabularyByLength],
    topicTerms: [...index.topicTerms].map(([k, v]) => [k, [...v]]),
    topicPostings: [...index.topicPostings],
    entities: { latin: [...index.entities.latin], cjk: index.entities.cjk },
    impliedOrigins: [...index.impliedOrigins],
    capitalOf: [...index.capitalOf],
    leaderOf: [...index.leaderOf],
    kanji: [...index.kanji()].sort(),
  };
}

describe("packed index", () => {
  it("unpacks (after a v8 round trip, as on disk) to the index a build gives", () => {
    const briefing = generateBriefing(300);
    const built = buildIndex(briefing);
    const packed = deserialize(serialize(packIndex(built))) as PackedIndex;
    const unpacked = unpackIndex(briefing, packed);
    expect(unpacked).toBeDefined();
    expect(shapeOf(unpacked!)).toEqual(shapeOf(built));
  });

  it("keeps the postings turned around: each fact's terms in the postings' order, as a build reads them", () => {
    const briefing = generateBriefing(120);
    const built = buildIndex(briefing);
    const unpacked = unpackIndex(briefing, deserialize(serialize(packIndex(built))) as PackedIndex)!;
    for (const fact of briefing.facts) {
      const fromBuild = postedTerms(built, fact);
      expect(fromBuild?.length).toBeGreaterThan(0);
      expect(postedTerms(unpacked, fact)).toEqual(fromBuild);
    }
    // Terms 0..2 over facts 0..3: fact 1 holds no term, fact 2 all three.
    const { starts, terms } = factTermsOf(
      Uint32Array.from([0, 2, 3, 5]),
      Int32Array.from([0, 2, 2, 2, 3]),
      4,
    );
    expect(Array.from(starts)).toEqual([0, 1, 1, 4, 5]);
    expect(Array.from(terms)).toEqual([0, 0, 1, 2, 2]);
  });

  it("keeps each fact's alternate questions' terms, read with the briefing's lexicon", () => {
    for (const briefing of [...loadBriefingsAt(SHIPPED), generateBriefing(40)]) {
      const unpacked = unpackIndex(
        briefing,
        deserialize(serialize(packIndex(buildIndex(briefing)))) as PackedIndex,
      )!;
      briefing.facts.forEach((fact, doc) => {
        for (const lang of LANGS)
          expect(postedAlternates(unpacked, doc, lang)).toEqual(
            readingBriefing(briefing, () => fact.questions[lang].map((q) => indexTerms(q, lang))),
          );
      });
      expect(packIndex(buildIndex(briefing)).factTexts).toEqual(
        briefing.facts.map((f) => LANGS.map((l) => fold(f.statement[l])).join("\n")),
      );
      // A built index keeps none: the ranking reads the questions.
      expect(postedAlternates(buildIndex(briefing), 0, "en")).toBeUndefined();
    }
  });

  it("is refused for another briefing, version or fact count", () => {
    const briefing = generateBriefing(50);
    const packed = packIndex(buildIndex(briefing));
    expect(unpackIndex({ ...briefing, version: "other" }, packed)).toBeUndefined();
    expect(unpackIndex({ ...briefing, id: "other" }, packed)).toBeUndefined();
    expect(unpackIndex({ ...briefing, facts: briefing.facts.slice(1) }, packed)).toBeUndefined();
  });

  it("answers every test question exactly as a fresh build does, once adopted", () => {
    const built = loadBriefingsAt(SHIPPED);
    const adopted = loadBriefingsAt(SHIPPED);
    const unpacked = adopted.map((briefing, i) => {
      const index = unpackIndex(briefing, structuredClone(packIndex(indexFor(built[i]!))))!;
      adoptIndex(index);
      return index;
    });
    const fresh = briefingStoreOf(built);
    const fromPack = briefingStoreOf(adopted);
    const questions = readFileSync(new URL("questions.jsonl", import.meta.url), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { q: string }).q);
    expect(questions.length).toBeGreaterThan(100);
    for (const q of questions) expect(answerQuestion(q, fromPack)).toEqual(answerQuestion(q, fresh));
    // The adopted index was used, not rebuilt: it is the unpacked object.
    expect(adopted.map((briefing) => indexFor(briefing))).toEqual(unpacked);
    for (const [i, b] of adopted.entries()) expect(indexFor(b)).toBe(unpacked[i]);
  });

  it("reads an adopted index's questions with its briefing's lexicon, as a build does", () => {
    // A process that never builds (a cold `ask` from the cache, the bot whose loader worker
    // built the index) must read questions with the same domain synonyms as one that does,
    // and a briefing's domain synonyms stay out of everything else.
    const [briefing] = loadBriefingsAt(SHIPPED).filter((b) => (b.meta.lexicon ?? []).length > 0);
    const same = briefing!.meta.lexicon![0]!.same;
    const packed = structuredClone(packIndex(buildIndex(briefing!)));
    const index = unpackIndex(briefing!, packed)!;
    adoptIndex(index);
    expect(synonymOf(same[1]!.toLowerCase())).toBeUndefined();
    expect(readingBriefing(briefing!, () => synonymOf(same[1]!.toLowerCase()))).toBe(same[0]!.toLowerCase());
    const words = (q: string) => analyzeQuestion(q, "en", index).words.map((w) => w.terms);
    expect(words(same[1]!)).toEqual(words(same[0]!));
  });
});

describe("packed values (the entity aliases of a packed index)", () => {
  const map = new Map<string, unknown>([
    ["japan", [{ id: "japan", folded: ["japan"], caseSensitive: undefined }]],
    [
      "viet",
      [
        { id: "vietnam", folded: ["viet", "nam"] },
        { id: "vn", external: true },
      ],
    ],
    ["", []],
  ]);

  it("reads back each value at its first read, the same object after", () => {
    const packed = deserialize(serialize(packValues(map))) as ReturnType<typeof packValues>;
    const read = new PackedValueMap(packed);
    expect(read.size).toBe(3);
    expect(read.has("viet")).toBe(true);
    expect(read.has("nam")).toBe(false);
    expect(read.get("nam")).toBeUndefined();
    expect(read.get("japan")).toEqual(map.get("japan"));
    expect(Object.hasOwn((read.get("japan") as object[])[0]!, "caseSensitive")).toBe(true);
    expect(read.get("viet")).toBe(read.get("viet"));
    expect([...read]).toEqual([...map]);
    expect([...read.keys()]).toEqual([...map.keys()]);
    expect(() => read.set()).toThrow();
  });

  it("survives a structured clone with its buffers transferred (the loader worker)", () => {
    const packed = packValues(map);
    const moved = structuredClone(packed, {
      transfer: [packed.starts.buffer, packed.bytes.buffer] as ArrayBuffer[],
    });
    expect([...new PackedValueMap(moved)]).toEqual([...map]);
  });
});
