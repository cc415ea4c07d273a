import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze.js";
import { indexFor } from "../../src/answer/index-build.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

const index = indexFor(createBriefingStore(DEFAULT_BRIEFINGS_DIR).get()!);

/** An existence question and the thing it asks exists (undefined: not an existence question). */
const CASES: [string, string | undefined][] = [
  ["is there a deadline for countries to make deals with the US before the higher tariffs hit?", "deadline"],
  ["Is there a technology partnership in the deal?", "technology partnership"],
  ["Was there agreement on Official Security Assistance?", "agreement"],
  ["was there any trade deal between Japan and Vietnam", "trade deal"],
  ["Are there any Japanese companies complaining?", "japanese companies complaining"],
  ["So, will there be a second round of talks?", "second round"],
  ["Has there been a meeting since then?", "meeting"],
  ["Is the deadline July?", undefined],
  ["Did they make a deal?", undefined],
  ["What did Xi offer the Vietnamese when he was there?", undefined],
];

describe("existence questions (reading.yaml existence)", () => {
  it.each(CASES)("%s → %s", (question, thing) =>
    expect(analyzeQuestion(question, "en", index).existence).toBe(thing),
  );
});
