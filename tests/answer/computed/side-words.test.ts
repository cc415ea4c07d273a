import { beforeAll, describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../../src/answer/analyze.js";
import { rivalWords } from "../../../src/answer/computed/side-words.js";
import { answerQuestion } from "../../../src/answer/index.js";
import { indexFor } from "../../../src/answer/index-build.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import type { BriefingStore } from "../../../src/briefing/types.js";

let store: BriefingStore;
beforeAll(() => {
  store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
});

/** Each compared name with the words only the other side's phrase holds, sorted. */
function rivals(question: string): Record<string, string[]> {
  const index = indexFor(store.get("us-uk-2025")!);
  const out = rivalWords(analyzeQuestion(question, "en", index));
  return Object.fromEntries([...out].map(([id, words]) => [id, [...words].sort()]));
}

describe("each side of a choice has words of its own", () => {
  it.each([
    [
      "Which is larger: the US ethanol quota or the annual capacity of Ensus's plant?",
      { "united-states": ["annual", "capacity", "plant"], ensus: ["ethanol", "quota"] },
    ],
    // Names set side by side with nothing of their own: no words to leave out.
    ["Who faces the higher tariff, the UK or India?", {}],
    // One side says nothing of its own: the other's words are said of both.
    ["UK vs India car tariffs, which is higher?", {}],
    // No choice: nothing.
    ["What is the capacity of Ensus's plant?", {}],
  ] as const)("%s", (question, expected) => {
    expect(rivals(question)).toEqual(expected);
  });

  it("compares two measures, each from its own fact", () => {
    const a = answerQuestion(
      "Which is larger: the US ethanol duty-free quota or the annual capacity of Ensus's plant?",
      store,
      { briefingId: "us-uk-2025", now: new Date("2026-12-06T09:00:00Z") },
    );
    expect(a.answered).toBe(true);
    expect(a.factIds.slice(0, 2)).toEqual(["ethanol-quota-1-4-billion-litres", "ensus-closure-warning"]);
    expect(a.text).toContain("400,000,000 litres");
  });
});
