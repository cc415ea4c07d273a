import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { BriefingStore } from "../../src/briefing/types.js";

/**
 * "EO" is an executive order where a number or an article frames it (knowledge/lang/en/
 * rewrites.yaml `abbreviations`); not elsewhere, and never Vietnamese "eo biển" (a strait).
 */
describe("EO read as executive order", () => {
  let store: BriefingStore;
  beforeAll(() => {
    store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
  });
  const ask = (q: string, briefingId: string) =>
    answerQuestion(q, store, { now: new Date("2026-12-06T09:00:00Z"), briefingId });

  it.each([
    ["eo number for the uk deal?", "14309"],
    ["EO 14309, when was it signed?", "June 16"],
    ["which EO implements the general terms?", "14309"],
    ["when did trump sign the eo on the uk deal?", "June 16"],
  ])("answers %s", (q, term) => {
    const a = ask(q, "us-uk-2025");
    expect(a.answered).toBe(true);
    expect(a.text).toContain(term);
  });

  it.each([
    ["what's the eo number for the india deal?", "us-uk-2025"],
    ["eo 14257 says what?", "us-uk-2025"],
    ["Eo biển Đài Loan có được nhắc đến không?", "japan-vietnam-2025"],
  ])("refuses %s", (q, briefingId) => {
    expect(ask(q, briefingId).answered).toBe(false);
  });
});
