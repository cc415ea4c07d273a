import { describe, expect, it } from "vitest";
import { focusNamed } from "../../../src/answer/fit/rules/focus-named.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["In which region does Japan see Vietnam as a key partner?", "vietnam-key-partner-foip", true],
  ["which japanese companies will build the offshore wind farms", "tariff-japan-24", true],
  ["石破首相とマルコス大統領の会談ではどんな合意が結ばれた？", "ishiba-meet-marcos-manila", true],
  ["Dự án điện gió ngoài khơi sẽ đặt ở tỉnh nào?", "energy-transformation-offshore-wind", true],
  ["Why does Japan see Vietnam as a key partner?", "vietnam-key-partner-foip", false],
];

describe(`fit rule ${focusNamed.name}`, () => {
  it("has the stable name focus-named", () => expect(focusNamed.name).toBe("focus-named"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(focusNamed, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^focus-named\b/);
  });
});
