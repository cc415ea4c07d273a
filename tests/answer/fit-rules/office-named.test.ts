import { describe, expect, it } from "vitest";
import { officeNamed } from "../../../src/answer/fit/rules/office-named.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["Ai là Bộ trưởng Quốc phòng Việt Nam?", "defence-channel-vice-ministerial-japantimes", true],
  ["Who is Japan's defence minister?", "defence-dialogue-2plus2-dailywrap", true],
  ["Who is Japan's prime minister?", "ishiba-chinh-talks-hanoi", false],
  // "Head of government" is the prime minister: the party chief's fact does not name that office.
  ["Who's the Vietnamese head of government that sat down with Ishiba?", "ishiba-met-to-lam-april-27", true],
  ["Who's the Vietnamese head of government that sat down with Ishiba?", "ishiba-chinh-talks-hanoi", false],
];

describe(`fit rule ${officeNamed.name}`, () => {
  it("has the stable name office-named", () => expect(officeNamed.name).toBe("office-named"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(officeNamed, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^office-named\b/);
  });
});
