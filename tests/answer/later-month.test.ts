import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { BriefingStore } from "../../src/briefing/types.js";

/**
 * "Did they sign the deal in July 2025?" after the briefing's period: the briefing cannot know
 * (not "not covered"): the month is the question's timeframe, and the rest of the question is
 * what a fact must cover. A question off the briefing's topic stays "not covered".
 */
let store: BriefingStore;
beforeAll(() => {
  store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
});

describe("a yes/no about a month after the period", () => {
  it.each([
    ["Did Ishiba visit Hanoi in December 2025?", "japan-vietnam-2025", "outOfPeriod"],
    ["Did Ishiba visit Hanoi in April 2025?", "japan-vietnam-2025", "answer"],
    ["Did Japan win the World Cup in December 2025?", "japan-vietnam-2025", "abstain"],
    // A month the briefing never names (an unknown word) is still the timeframe.
    ["Did they sign the deal in September 2025?", "us-uk-2025", "outOfPeriod"],
    // A later part of the period's last year, in each language.
    ["Did Ensus actually close its Wilton plant later in 2025?", "us-uk-2025", "outOfPeriod"],
    ["Ensusは2025年末にウィルトン工場を閉鎖しましたか？", "us-uk-2025", "outOfPeriod"],
    ["Ensus có đóng cửa nhà máy Wilton vào cuối năm 2025 không?", "us-uk-2025", "outOfPeriod"],
    // A part of an earlier year is not after the sources.
    ["Did Ensus warn of closure by the end of 2024?", "us-uk-2025", "abstain"],
  ])("%s", (question, briefingId, want) => {
    const a = answerQuestion(question, store, { briefingId });
    const got = a.answered
      ? "answer"
      : /cannot tell|after that|それ以降|xảy ra sau đó/.test(a.text)
        ? "outOfPeriod"
        : "abstain";
    expect(got, a.text).toBe(want);
  });
});
