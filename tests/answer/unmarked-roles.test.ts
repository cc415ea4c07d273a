import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * Who does what to whose goods, asked without marks in Vietnamese: a one-syllable country name
 * typed in lower case ("my" Mỹ, "anh" Anh) is read as the name where the sentence puts a party
 * there (roles.yaml `unmarkedNames`: who changes a levy, whose goods, where goods go), so a
 * question with the roles swapped is refused as it is with marks, in English and Japanese.
 * "anh" as "you" (no such frame) stays a word.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);

const CASES: [question: string, expected: string][] = [
  // The U.S. cutting its tariff on British ethanol: the UK cut its own on U.S. ethanol.
  ["my bo thue ethanol cua anh dung khong, bao nhieu lit", "refuse"],
  ["my mien thue cho bao nhieu lit ethanol cua anh", "refuse"],
  ["Mỹ bỏ thuế ethanol của Anh đúng không, bao nhiêu lít?", "refuse"],
  ["Did the US drop its duty on British ethanol? How many litres?", "refuse"],
  ["米国は英国産エタノールへの関税をゼロにしましたか。何リットルまでですか", "refuse"],
  ["anh bo thue ethanol cua my dung khong, bao nhieu lit", "ethanol-quota-1-4-billion-litres"],
  ["anh mien thue cho bao nhieu lit ethanol cua my", "ethanol-quota-1-4-billion-litres"],
  ["英国は米国産エタノールの関税をゼロにしましたか？何リットルまで？", "ethanol-quota-1-4-billion-litres"],
  // U.S. cars into the UK: the quota is for British cars into the U.S.
  ["bao nhieu xe hoi cua my duoc vao anh voi thue 10%", "refuse"],
  ["Bao nhiêu xe hơi của Mỹ được vào Anh với thuế 10%?", "refuse"],
  ["my ap thue bao nhieu voi thit bo anh", "refuse"],
  ["anh ap thue bao nhieu voi thit bo my", "uk-beef-quota-13000-tonnes"],
];

describe("roles of unmarked Vietnamese country names (us-uk-2025)", () => {
  it.each(CASES)("%s → %s", (question, expected) => {
    const a = answerQuestion(question, store, { briefingId: "us-uk-2025", now: new Date("2026-01-01") });
    if (expected === "refuse") expect(a.answered ? a.factIds : []).toEqual([]);
    else expect(a.factIds).toContain(expected);
  });
});
