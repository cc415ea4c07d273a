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
  // The office of the country asked: China's president (on a "state visit") is not Vietnam's
  // state president, nor is Vietnam's party chief on a call with the US president.
  ["Who is Vietnam's state president?", "xi-state-visit-april-14-15-japantimes", true],
  ["Who is Vietnam's president?", "xi-state-visit-april-14-15-japantimes", true],
  ["Who is Vietnam's president?", "lam-called-trump-april-4", true],
  ["Who is Vietnam's head of state?", "xi-state-visit-april-14-15-japantimes", true],
  ["Who is the Vietnamese president?", "xi-told-to-lam-japantimes", true],
  ["ベトナムの国家主席は誰？", "xi-visit-two-weeks-before-dailywrap", true],
  ["ベトナムの国家主席は誰ですか？", "xi-state-visit-april-14-15-japantimes", true],
  ["Chủ tịch nước Việt Nam là ai?", "xi-state-visit-april-14-15-japantimes", true],
  ["Tổng thống Việt Nam là ai?", "lam-called-trump-april-4", true],
  // The holder of that office for that country answers.
  ["Who is the Chinese president?", "xi-state-visit-april-14-15-japantimes", false],
  ["中国の国家主席は誰？", "xi-state-visit-april-14-15-japantimes", false],
  ["Tổng thống Mỹ là ai?", "lam-called-trump-april-4", false],
  ["Who is the US president?", "lam-called-trump-april-4", false],
];

describe(`fit rule ${officeNamed.name}`, () => {
  it("has the stable name office-named", () => expect(officeNamed.name).toBe("office-named"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(officeNamed, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^office-named\b/);
  });
});
