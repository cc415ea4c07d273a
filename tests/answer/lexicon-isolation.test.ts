import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion, explainQuestion, suggestQuestions } from "../../src/answer/index.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { BriefingStore } from "../../src/briefing/types.js";
import { routeQuestion } from "../../src/commands/route.js";
import { lexiconFolders, NOW, QUESTIONS } from "./lexicon-fixture.js";

/**
 * A briefing's lexicon (its domain synonyms) reads its own questions and facts only: the
 * harbor briefing answers byte for byte the same alone and beside a tram briefing whose
 * lexicon maps words of the harbor's questions ("carrying" as "ridership"), and routing
 * still sends each question to its briefing.
 */

let alone: string;
let beside: string;
let root: string;
beforeAll(() => {
  ({ root, alone, beside } = lexiconFolders());
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const engine = { answerQuestion, explainQuestion, suggestQuestions };

describe("a briefing's lexicon stays its own", () => {
  it("answers the same alone and beside a briefing whose lexicon maps its words", () => {
    const one = createBriefingStore(alone, undefined, { cacheDir: false });
    const asked = (store: BriefingStore) =>
      QUESTIONS.map((q) =>
        JSON.stringify(explainQuestion(q, store, { briefingId: "harbor-2025", now: NOW })),
      );
    // Before any other briefing was read in this process, then after the tram briefing was.
    const ownOnly = asked(one);
    const two = createBriefingStore(beside, undefined, { cacheDir: false });
    expect(
      two
        .list()
        .map((b) => b.id)
        .sort(),
    ).toEqual(["harbor-2025", "tram-2025"]);
    explainQuestion(QUESTIONS[0]!, two, { briefingId: "tram-2025", now: NOW });
    expect(asked(two)).toEqual(ownOnly);
    expect(asked(one)).toEqual(ownOnly);
    const carried = answerQuestion(QUESTIONS[0]!, two, { briefingId: "harbor-2025", now: NOW });
    expect(carried.answered).toBe(true);
    expect(carried.text).toContain("4,000");
  });

  it("reads the tram briefing's questions with its lexicon", () => {
    const two = createBriefingStore(beside, undefined, { cacheDir: false });
    const q = explainQuestion("How many passengers is the tram carrying each day?", two, {
      briefingId: "tram-2025",
      now: NOW,
    });
    expect(q.answer.answered).toBe(true);
    expect(q.answer.text).toContain("9,000");
  });

  it("routes each question to its briefing", () => {
    const two = createBriefingStore(beside, undefined, { cacheDir: false });
    for (const [question, id, figure] of [
      ["How many passengers is the ferry carrying each day?", "harbor-2025", "4,000"],
      ["How many passengers will Mayor Ode's tram carry each day?", "tram-2025", "9,000"],
    ] as const) {
      const routed = routeQuestion(engine, two, question, { now: NOW });
      expect("answer" in routed && routed.answer.briefing).toBe(id);
      expect("answer" in routed && routed.answer.text).toContain(figure);
    }
  });
});
