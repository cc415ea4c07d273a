import { describe, expect, it } from "vitest";
import { focusNamed } from "../../../src/answer/fit/rules/focus-named.js";
import { membersNamed } from "../../../src/answer/fit/rules/members-named.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["In which region does Japan see Vietnam as a key partner?", "vietnam-key-partner-foip", true],
  ["石破首相とマルコス大統領の会談ではどんな合意が結ばれた？", "ishiba-meet-marcos-manila", true],
  ["Dự án điện gió ngoài khơi sẽ đặt ở tỉnh nào?", "energy-transformation-offshore-wind", true],
  ["Why does Japan see Vietnam as a key partner?", "vietnam-key-partner-foip", false],
  // A class whose members have names: members-named judges it (and rejects this one).
  ["which japanese companies will build the offshore wind farms", "tariff-japan-24", false],
];

/** us-uk-2025: "the carmaker Jaguar Land Rover" names the company asked for. */
const UK_CASES: RuleCase[] = [
  [
    "it mentioned one particular British carmaker that would save hundreds of millions a year - which company was that?",
    "quota-near-last-year-exports-jlr",
    false,
  ],
];

describe(`fit rule ${focusNamed.name}`, () => {
  it("has the stable name focus-named", () => expect(focusNamed.name).toBe("focus-named"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(focusNamed, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^focus-named\b/);
  });
  const judgeUk = judgeIn("us-uk-2025");
  it.each(UK_CASES)("us-uk: %s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeUk(focusNamed, question, factId).length > 0).toBe(rejects);
  });
  it("leaves a class's members to members-named, which rejects a fact naming none", () => {
    const question = "which japanese companies will build the offshore wind farms";
    expect(judge(membersNamed, question, "tariff-japan-24").length).toBeGreaterThan(0);
  });
});
