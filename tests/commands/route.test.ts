import { describe, expect, it } from "vitest";
import { answerQuestion, explainQuestion, suggestQuestions } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import { routeQuestion } from "../../src/commands/route.js";

/** Routing a question among the shipped briefings (Japan–Vietnam and U.S.–UK). */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const now = new Date("2026-12-06T09:00:00Z");
const engine = { answerQuestion, explainQuestion, suggestQuestions };
const route = (q: string) => routeQuestion(engine, store, q, { now });

describe("routeQuestion", () => {
  it("sends a question to the briefing that holds what it names", () => {
    const r = route("How many Vietnamese PhD students will Japan accept?");
    expect("answer" in r && r.answer.briefing).toBe("japan-vietnam-2025");
    expect("answer" in r && r.answer.text).toContain("250");
    const uk = route("How many UK cars get the 10% tariff each year?");
    expect("answer" in uk && uk.answer.briefing).toBe("us-uk-2025");
  });

  it("keeps a briefing that does not know the question's words out of the running", () => {
    // Ishiba and Hanoi are the Japan–Vietnam briefing's; the U.S.–UK one knows neither.
    const r = route("Who did Ishiba meet in Hanoi?");
    expect("answer" in r && r.answer.briefing).toBe("japan-vietnam-2025");
    const e = explainQuestion("Who did Ishiba meet in Hanoi?", store, { briefingId: "us-uk-2025", now });
    expect(e.unknownShare).toBeGreaterThan(0.15);
  });
});
