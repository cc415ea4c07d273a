import { describe, expect, it } from "vitest";
import { ledThingActed } from "../../../src/answer/fit/rules/led-thing-acted.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

/**
 * "Who handled the talks?", 「交渉は誰が担当した」, "Ai phụ trách đàm phán": the answer states the
 * thing led and names a person acting in it (reading.yaml whoLed / ledWords).
 */
const US_UK: RuleCase[] = [
  // Another charge (欧州担当, "for Europe") or an office held then is not who led the talks.
  ["対米交渉は誰が担当した?", "chorlins-chamber-assessment", true],
  ["米国との交渉は誰が担当した?", "chorlins-chamber-assessment", true],
  ["米国との交渉を率いたのは誰？", "chorlins-chamber-assessment", true],
  ["Who handled the negotiations with the US?", "chorlins-chamber-assessment", true],
  ["Who led the negotiations with the US?", "leaders-roles", true],
  ["Who was in charge of the talks with the US?", "leaders-roles", true],
  ["Ai phụ trách đàm phán với Mỹ?", "chorlins-chamber-assessment", true],
  ["ai phu trach dam phan voi my", "leaders-roles", true],
  ["Ai dẫn dắt cuộc đàm phán với Mỹ?", "negotiations-begin-to-formalise", true],
  // A person acting in the talks: Starmer, in the talks with Trump.
  ["Who was in charge of the talks with the US?", "farm-access-for-car-concessions", false],
  ["Ai phụ trách đàm phán với Mỹ?", "farm-access-for-car-concessions", false],
  // Leading a country, not a thing: the deal only sets when.
  ["Who led Britain during the deal?", "leaders-roles", false],
  // Not who led a thing: no say.
  ["Who wrote the U.S. Chamber's assessment?", "chorlins-chamber-assessment", false],
  ["米国商工会議所の評価を書いたのは誰？", "chorlins-chamber-assessment", false],
  ["Who was the UK prime minister?", "leaders-roles", false],
];

const JAPAN_VIETNAM: RuleCase[] = [
  ["Ai chủ trì hội đàm với ông Ishiba?", "ishiba-chinh-talks-hanoi", false],
  ["Who led the talks with Ishiba in Hanoi?", "ishiba-chinh-talks-hanoi", false],
  ["石破首相との会談は誰が担当した？", "ishiba-chinh-talks-hanoi", false],
  ["Who handled the talks with Ishiba?", "philippines-leg-april-29-30", true],
];

describe(`fit rule ${ledThingActed.name}`, () => {
  it("has the stable name led-thing-acted", () => expect(ledThingActed.name).toBe("led-thing-acted"));
  const inUsUk = judgeIn("us-uk-2025");
  it.each(US_UK)("us-uk-2025: %s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = inUsUk(ledThingActed, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^led-thing-acted\b/);
  });
  it.each(JAPAN_VIETNAM)("japan-vietnam-2025: %s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judge(ledThingActed, question, factId).length > 0).toBe(rejects);
  });
});
