import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze.js";
import { FitContext } from "../../src/answer/fit/context.js";
import { universalGroups } from "../../src/answer/fit.js";
import { indexFor } from "../../src/answer/index-build.js";
import { personIds } from "../../src/answer/rank.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

const briefing = createBriefingStore(DEFAULT_BRIEFINGS_DIR).get("us-uk-2025")!;
const index = indexFor(briefing);

/** The question's words the fact leaves uncovered, as coverage reads them. */
function uncovered(question: string, factId: string): string[] {
  const q = analyzeQuestion(question, "en", index);
  const fact = briefing.byId.fact.get(factId)!;
  return new FitContext(q, fact, index, personIds(briefing), universalGroups(index)).coverage.notInFact;
}

/**
 * A question naming a source by its publisher may describe it further (its headline's words, the
 * month it came out): a fact citing that source states those words; other facts do not.
 */
describe("words describing a named source", () => {
  it.each([
    // Names the White House; the fact cites the June White House fact sheet.
    [
      "what does the june white house fact sheet say about uk pharmaceuticals",
      "pharma-preferential-contingent",
      [],
    ],
    // The same words, but the fact cites no White House source.
    [
      "what does the june white house fact sheet say about uk pharmaceuticals",
      "trump-steel-trading-zone",
      ["june", "fact", "sheet"],
    ],
    // No publisher named: the words are the question's own.
    [
      "what does the june fact sheet say about uk pharmaceuticals",
      "pharma-preferential-contingent",
      ["june", "fact", "sheet"],
    ],
  ] as const)("%s / %s", (question, factId, left) => {
    const out = uncovered(question, factId);
    for (const w of ["june", "fact", "sheet"]) expect(out.includes(w)).toBe(left.includes(w as never));
  });
});
