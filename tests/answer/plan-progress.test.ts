import { describe, expect, it } from "vitest";
import { asksProgressOfPlan } from "../../src/answer/timeframe.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Lang } from "../../src/i18n/lang.js";

/**
 * "How many has Japan actually trained under the pledge?": what was done since, which a fact
 * about the plan cannot answer (time.yaml `progress`); a plan verb asks the plan itself
 * (`planVerbs`), the same word as a noun after a determiner only names it.
 */
const briefing = createBriefingStore(DEFAULT_BRIEFINGS_DIR).get("japan-vietnam-2025")!;
const fact = (id: string) => briefing.byId.fact.get(id)!;

const CASES: [question: string, lang: Lang, factId: string, asks: boolean][] = [
  [
    "As of this year, how many Vietnamese PhD students has Japan actually trained under the semiconductor pledge?",
    "en",
    "phd-students-250-dailywrap",
    true,
  ],
  ["How many PhD students has Japan accepted so far?", "en", "phd-students-250-dailywrap", true],
  ["How many PhD students have actually come to Japan?", "en", "phd-half-of-500-japantimes", true],
  ["How much has Japan pledged so far?", "en", "phd-students-250-dailywrap", false],
  [
    "How many PhD students has Japan actually committed to accept?",
    "en",
    "phd-students-250-dailywrap",
    false,
  ],
  ["How many PhD students will Japan accept?", "en", "phd-students-250-dailywrap", false],
  ["Đến nay Nhật Bản đã đào tạo bao nhiêu tiến sĩ?", "vi", "phd-students-250-dailywrap", true],
];

describe("progress of a plan", () => {
  it.each(CASES)("%s (%s) / %s → %s", (question, lang, factId, asks) => {
    expect(asksProgressOfPlan(question, lang, fact(factId))).toBe(asks);
  });
});
