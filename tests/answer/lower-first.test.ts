import { describe, expect, it } from "vitest";
import { lowerFirst } from "../../src/answer/compose.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Briefing } from "../../src/briefing/types.js";

/**
 * A statement put after a date lead ("On May 6, 2025, …") starts with a lower-case word unless
 * its first word is a name: an entity's, a publisher's, one the briefing capitalises
 * mid-sentence, all capitals, mixed case, or the start of a two-word name.
 */
const briefing = createBriefingStore(DEFAULT_BRIEFINGS_DIR).get("us-uk-2025") as Briefing;

describe("lowerFirst", () => {
  it.each([
    ["Alongside the deal, both sides agreed.", "alongside the deal, both sides agreed."],
    ["Officials said the deal holds.", "officials said the deal holds."],
    ["Since early March, talks ran.", "since early March, talks ran."],
    ["The UK agreed.", "the UK agreed."],
    ["Britain agreed.", "Britain agreed."],
    ["Trump said the deal was done.", "Trump said the deal was done."],
    ["UK officials said so.", "UK officials said so."],
    ["MyInd reported the cut.", "MyInd reported the cut."],
    ["Prime Minister Starmer spoke.", "Prime Minister Starmer spoke."],
    ["already lower.", "already lower."],
  ])("%s", (text, want) => {
    expect(lowerFirst(text, briefing, "en")).toBe(want);
  });

  it("leaves languages without sentence case alone", () => {
    expect(lowerFirst("AI協定", briefing, "ja")).toBe("AI協定");
  });
});
