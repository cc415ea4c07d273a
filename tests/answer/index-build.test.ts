import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateBriefing } from "../../bench/generate-briefing.js";
import {
  collectEntries,
  EntryCollector,
  type FactEntries,
  type FactTexts,
  factTexts,
  summaryOf,
  textCount,
} from "../../src/answer/fact-entries.js";
import { type BriefingIndex, buildIndex } from "../../src/answer/index-build.js";
import type { ShareSize, WorkerShare } from "../../src/answer/worker-share.js";

/**
 * A large briefing is indexed on two threads: a worker thread collects and writes a share of
 * the facts (src/answer/index-worker.ts). Workers run compiled JavaScript, so these tests load the build
 * in dist/ that `npm test` makes first; from TypeScript sources the build stays on one thread.
 */
const DIST = new URL("../../dist/answer/", import.meta.url);
const built = existsSync(new URL("index-worker.js", DIST));
if (!built && process.env.CI) throw new Error("dist/ is missing: `npm test` builds it before the tests run");

/** Everything the index holds that retrieval reads, in a comparable form. */
function shapeOf(index: BriefingIndex) {
  return {
    terms: [...index.postings.keys()],
    docs: [...index.postings.values()].map((p) => Array.from(p.docs)),
    codes: [...index.postings.values()].map((p) => Array.from(p.weightCodes)),
    weightValues: Array.from(index.weightValues),
    docLength: Array.from(index.docLength),
    averageLength: index.averageLength,
    vocabulary: [...index.vocabulary],
  };
}

describe("index build on two threads", () => {
  it.skipIf(!built)("gives the same index as one thread, and uses the worker", async () => {
    const dist = (await import(
      new URL("index-build.js", DIST).href
    )) as typeof import("../../src/answer/index-build.js");
    const briefing = generateBriefing(3_000, 11);
    const one = dist.buildIndex(briefing, { parallelFrom: Number.POSITIVE_INFINITY });
    const two = dist.buildIndex(briefing, { parallelFrom: 1 });
    expect(one.buildThreads).toBe(1);
    expect(two.buildThreads).toBe(2);
    expect(shapeOf(two)).toEqual(shapeOf(one));
    // And the compiled build agrees with the sources.
    expect(shapeOf(buildIndex(briefing))).toEqual(shapeOf(one));
  });

  it.skipIf(!built)(
    "a worker that fails hands back nothing, and the build does that share itself",
    async () => {
      const workers = (await import(new URL("worker-share.js", DIST).href)) as {
        startWorkerShare(size: ShareSize): WorkerShare | undefined;
      };
      // A text that is null makes the worker's tokenizer throw.
      const bad = {
        texts: [null],
        fields: Uint8Array.of(0),
        factEnds: Uint32Array.of(1),
      } as unknown as FactTexts;
      const share = workers.startWorkerShare({ facts: 1, texts: 1 });
      expect(share).toBeDefined();
      share!.send(bad);
      expect(share!.summary()).toBeUndefined();
      share!.release();
    },
  );

  it.skipIf(!built)(
    "a worker released after counting (no layout) ends; its summary came through",
    async () => {
      const workers = (await import(new URL("worker-share.js", DIST).href)) as {
        startWorkerShare(size: ShareSize): WorkerShare | undefined;
      };
      const dist = (await import(
        new URL("fact-entries.js", DIST).href
      )) as typeof import("../../src/answer/fact-entries.js");
      const briefing = generateBriefing(50, 2);
      // In two runs, as a build sends them.
      const share = workers.startWorkerShare({ facts: 50, texts: dist.textCount(briefing.facts, 0, 50) })!;
      share.send(dist.factTexts(briefing.facts, 0, 20, true));
      share.send(dist.factTexts(briefing.facts, 20, 50, true));
      const summary = share.summary();
      expect(summary?.lengths.length).toBe(50);
      const whole = summaryOf(collectEntries(factTexts(briefing.facts, 0, 50)));
      expect(summary?.terms).toEqual(whole.terms);
      expect(Array.from(summary!.counts)).toEqual(Array.from(whole.counts));
      expect(Array.from(summary!.lengths)).toEqual(Array.from(whole.lengths));
      expect(summary?.terms).toContain(`@${briefing.facts[0]!.entities[0]!.entity}`);
      share.release();
    },
  );

  it("collects the same entries from runs of texts, packed or not, as from one run", () => {
    const { facts } = generateBriefing(300, 9);
    const whole = collectEntries(factTexts(facts, 0, 300));
    const collector = new EntryCollector(300, textCount(facts, 0, 300));
    collector.add(factTexts(facts, 0, 1, true));
    collector.add(factTexts(facts, 1, 120));
    collector.add(factTexts(facts, 120, 300, true));
    const runs = collector.done();
    const entriesOf = (e: FactEntries) =>
      e.blocks.flatMap((b, i) => Array.from(b.subarray(0, e.blockEntries[i])));
    expect(runs.terms).toEqual(whole.terms);
    expect(entriesOf(runs)).toEqual(entriesOf(whole));
    expect(runs.values).toEqual(whole.values);
    expect(Array.from(runs.factEnds)).toEqual(Array.from(whole.factEnds));
    expect(Array.from(runs.lengths)).toEqual(Array.from(whole.lengths));
    // A collector given fewer facts than it was made for says so.
    const short = new EntryCollector(2, 10);
    short.add(factTexts(facts, 0, 1));
    expect(() => short.done()).toThrow(/facts missing/);
  });

  it("stays on one thread from TypeScript sources (no compiled worker), with the same index", () => {
    const briefing = generateBriefing(500, 3);
    const forced = buildIndex(briefing, { parallelFrom: 1 });
    expect(forced.buildThreads).toBe(1);
    expect(shapeOf(forced)).toEqual(
      shapeOf(buildIndex(briefing, { parallelFrom: Number.POSITIVE_INFINITY })),
    );
  });

  it("indexes a fact whose texts are all stop words or empty (no entries) without shifting the next", () => {
    const briefing = generateBriefing(3, 5);
    const [first, second, third] = briefing.facts;
    const empty = {
      ...second!,
      statement: { en: "the of and", ja: "", vi: "" },
      questions: { en: [], ja: [], vi: [] },
      numbers: [],
      entities: [],
    };
    const index = buildIndex({ ...briefing, facts: [first!, empty, third!] });
    expect(index.docLength[1]).toBe(0);
    const thirdTerm = `@${third!.entities[0]!.entity}`;
    expect(Array.from(index.postings.get(thirdTerm)!.docs)).toContain(2);
    expect(Array.from(index.postings.get(thirdTerm)!.docs)).not.toContain(1);
  });
});
