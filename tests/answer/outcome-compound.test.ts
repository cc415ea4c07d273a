import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * "Has the dialogue met yet, and what came out of it?": the later part asks how the first
 * part's thing turned out, so the first part asks whether it happened; a fact that it was
 * agreed to set up answers neither. A later part that asks something else leaves it alone.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const NOW = new Date("2026-12-06T12:00:00Z");
const ask = (q: string) => answerQuestion(q, store, { now: NOW, briefingId: "japan-vietnam-2025" });

describe("a later part asking what came of the first", () => {
  it.each([
    "Has the Japan-Vietnam vice-ministerial 2+2 dialogue held its first session yet, and what came out of it?",
    "Has the first 2+2 vice-ministerial meeting taken place yet, and what came out of it?",
    "When did the first 2+2 vice-ministerial dialogue actually meet, and what came out of it?",
  ])("refuses: %s", (q) => {
    expect(ask(q).answered).toBe(false);
  });

  it("answers when the later part asks something else", () => {
    const a = ask("What did Ishiba and Chinh agree on defence, and who set up the 2+2 dialogue?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2\+2/);
  });

  it.each([
    "what did Japan put on the table on security (the new dialogue channel, OSA), and what was actually agreed versus left open?",
    "What did Japan propose on defence, and what was agreed?",
  ])("a first part asking for something else keeps its reading: %s", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2\+2|vice-ministerial/);
  });
});
