import { describe, expect, it } from "vitest";
import { askedThingStated } from "../../../src/answer/fit/rules/asked-thing-stated.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

/**
 * Rejects: the question asks about a thing its topic's name lists ("Beef, ethanol and
 * farming"); the fact states not it but another thing of that list.
 */
const UK_CASES: RuleCase[] = [
  // Beef asked, the tariff on ethanol offered.
  ["英国がこれまで米国産牛肉にかけてた関税率は？", "ethanol-quota-1-4-billion-litres", true],
  ["What tariff did the UK charge on US beef before?", "ethanol-quota-1-4-billion-litres", true],
  ["英国がこれまで米国産牛肉にかけてた関税率は？", "uk-beef-quota-13000-tonnes", false],
  // The thing stated in the question's language ("ethanol" in Vietnamese too), or a word that
  // is not the listed thing ("bioethanol"): the rule has no say.
  [
    "Thuế của Anh đối với ethanol Mỹ giảm từ bao nhiêu xuống bao nhiêu?",
    "ethanol-quota-1-4-billion-litres",
    false,
  ],
  [
    "who wrote the S&P Global article about the bioethanol closure warning?",
    "ensus-second-producer-warns",
    false,
  ],
];

/** Events a topic's name lists ("The visit, meetings and calls") are no things: "call" Vietnam a partner. */
const CASES: RuleCase[] = [
  ["what did ishiba call vietnam, like what kind of partner", "ishiba-chinh-talks-hanoi", false],
  ["What economic carrots did Xi dangle in front of Vietnam?", "xi-offers-agriculture-infrastructure", false],
  // "U.S. tariffs" is the briefing's common ground, no thing of one topic: trade talks are tariff talks.
  [
    "Which Vietnamese official went to Washington to start trade talks?",
    "phoc-met-bessent-lutnick-april-10",
    false,
  ],
];

describe(`fit rule ${askedThingStated.name}`, () => {
  it("has the stable name asked-thing-stated", () =>
    expect(askedThingStated.name).toBe("asked-thing-stated"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judge(askedThingStated, question, factId).length > 0).toBe(rejects);
  });
  const judgeUk = judgeIn("us-uk-2025");
  it.each(UK_CASES)("%s / %s → rejects: %s (U.S.–UK)", (question, factId, rejects) => {
    const reasons = judgeUk(askedThingStated, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^asked-thing-stated\b/);
  });
});
