import { describe, expect, it } from "vitest";
import { compoundParts } from "../../src/answer/compound.js";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * Two Japanese question sentences ended with 「か。」 rather than a question mark (compound.yaml
 * `sentenceEnd`): each is a part, so the part the briefing holds is answered and the other said
 * to be not covered. A 「。」 that ends no question (a statement before the question) does not split.
 */
describe("Japanese question sentences ending in か。", () => {
  it.each([
    ["石破首相はハノイの後どこを訪れましたか。そこで何を話し合いましたか。", 2],
    ["トランプ関税は何％でしたか。いつ発効しましたか。", 2],
    ["ベトナムは何人の博士を育成しますか。", 1],
    ["石破首相はハノイに着いた。何日でしたか？", 1],
    ["関税はいくらですか。", 1],
  ] as const)("%s → %i part(s)", (q, n) => {
    expect(compoundParts(q, "ja")).toHaveLength(n);
  });
});

const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);

describe("the part held is answered", () => {
  it("next destination answered, the other part not covered", () => {
    const a = answerQuestion(
      "石破首相はハノイの次にどの国へ向かう予定でしたか。そこで誰と会う予定でしたか。",
      store,
      {
        briefingId: "japan-vietnam-2025",
        now: new Date("2026-01-01"),
      },
    );
    expect(a.factIds).toContain("ishiba-depart-for-philippines-april-29");
  });
});
