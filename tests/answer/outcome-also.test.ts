import { describe, expect, it } from "vitest";
import { factSaysAnyMarker, periodMarker } from "../../src/answer/timeframe.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

const briefing = createBriefingStore(DEFAULT_BRIEFINGS_DIR).get()!;
const like = briefing.byId.fact.get("japanese-companies-tariff-concerns")!;
const withStatement = (en: string) => ({ ...like, statement: { ...like.statement, en } });

/**
 * "What ended up being Japan's final bargaining chip?": an outcome asked in the fact's own
 * terms ("final"), which the fact answers; "what ended up happening" it does not say.
 */
describe("an outcome the fact itself states", () => {
  const q = "What ended up being Japan's final bargaining chip in the talks?";
  it("reads every outcome word of the question", () => {
    const marker = periodMarker(q, "en", briefing);
    expect(marker?.beyond).toBe(true);
    expect(marker?.also).toContain("final");
  });
  it.each([
    ["Japan used its rice offer as the final bargaining chip.", true],
    ["Japan offered to buy more rice.", false],
  ])("%s → says it: %s", (statement, says) => {
    const marker = periodMarker(q, "en", briefing)!;
    expect(factSaysAnyMarker(withStatement(statement), marker, "en")).toBe(says);
  });
});

/** "Staying in place after the deal" asks what the deal leaves; "what happened after" is later. */
describe("after the deal", () => {
  it.each([
    ["Are the 50% tariffs on steel staying in place after the deal?", false],
    ["Is the steel tariff unchanged after the deal?", false],
    ["What happened to steel after the deal?", true],
  ])("%s → beyond: %s", (q, beyond) => {
    expect(periodMarker(q, "en", briefing)?.beyond ?? false).toBe(beyond);
  });
});

/** "Later on" asks past the reports; "what will they do later on" asks the plan. */
describe("later on", () => {
  const usUk = createBriefingStore(DEFAULT_BRIEFINGS_DIR).get("us-uk-2025")!;
  it.each([
    ["Did the UK scrap its digital services tax later on as part of the EPD talks?", true],
    ["Did the tariff on UK cars go up later on?", true],
    ["What will the two sides negotiate later on?", false],
    ["Which sectors do they plan to cover later on?", false],
  ])("us-uk: %s → beyond: %s", (q, beyond) => {
    expect(periodMarker(q, "en", usUk)?.beyond ?? false).toBe(beyond);
  });
});
