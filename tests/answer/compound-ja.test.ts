import { describe, expect, it } from "vitest";
import { compoundParts } from "../../src/answer/compound.js";

/** Japanese two questions in one sentence: a te-form clause, 、 and a question word (compound.yaml). */
describe("Japanese compound questions", () => {
  it("splits a te-form clause before a question word", () =>
    expect(compoundParts("ハノイの後、石破さんはどこに行って、いつ東京に戻る予定でしたか？", "ja")).toEqual([
      "ハノイの後、石破さんはどこに行って",
      "いつ東京に戻る予定でしたか？",
    ]));
  it("keeps a clause that asks nothing with the question", () =>
    expect(compoundParts("石破首相はハノイを訪問して、何を合意しましたか？", "ja")).toHaveLength(1));
  it("does not split at いつも (always), no question word", () =>
    expect(compoundParts("石破さんはどこに行って、いつも東京に戻るの？", "ja")).toHaveLength(1));
});
