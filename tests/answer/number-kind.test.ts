import { describe, expect, it } from "vitest";
import { factHolds, type NumberKind } from "../../src/answer/question-intent.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);

/** A fact, the sort of number asked, and whether the fact holds one (its units: facts-*.yaml). */
const CASES: [briefing: string, factId: string, kind: NumberKind, holds: boolean][] = [
  // "vehicles per year" is a rate, not a length of time: no answer to "how many days".
  ["us-uk-2025", "measures-in-force-june-30", "duration", false],
  ["us-uk-2025", "measures-in-force-june-30", "count", true],
  ["japan-vietnam-2025", "tariff-pause-90-days-april-9", "duration", true],
];

describe("factHolds: the sort of number asked", () => {
  it.each(CASES)("%s / %s, %s → %s", (briefing, factId, kind, holds) => {
    const fact = store.get(briefing)!.byId.fact.get(factId);
    if (!fact) throw new Error(`no fact ${factId}`);
    expect(factHolds(fact, "number", new Set(), new Set(), kind)).toBe(holds);
  });
});
