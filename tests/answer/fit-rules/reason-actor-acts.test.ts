import { describe, expect, it } from "vitest";
import { reasonActorActs } from "../../../src/answer/fit/rules/reason-actor-acts.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  // The principal someone acted for, the one called: not who acted.
  [
    "Why did To Lam fly to Washington to meet Bessent and Lutnick?",
    "phoc-met-bessent-lutnick-april-10",
    true,
  ],
  ["Why did Trump call To Lam two days after Liberation Day?", "lam-called-trump-april-4", true],
  // Who did act.
  ["Why did To Lam call Trump so soon after Liberation Day?", "lam-called-trump-april-4", false],
  ["Why did Vietnam send Phoc to Washington?", "phoc-met-bessent-lutnick-april-10", false],
  ["Why would Japan train Vietnamese PhDs?", "phd-half-of-500-japantimes", false],
  // The sides of a meeting are interchangeable.
  ["Why did Chinh meet Ishiba?", "ishiba-chinh-talks-hanoi", false],
  // Not a why-question.
  ["When did Trump call To Lam?", "lam-called-trump-april-4", false],
];

describe(`fit rule ${reasonActorActs.name}`, () => {
  it("has the stable name reason-actor-acts", () => expect(reasonActorActs.name).toBe("reason-actor-acts"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(reasonActorActs, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^reason-actor-acts\b/);
  });
});
