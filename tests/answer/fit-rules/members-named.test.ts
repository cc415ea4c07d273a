import { describe, expect, it } from "vitest";
import { membersNamed } from "../../../src/answer/fit/rules/members-named.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  // The class only as a class: "the concerns of Japanese companies", "deputy ministers".
  ["Which Japanese companies complained about the US tariffs?", "japanese-companies-tariff-concerns", true],
  [
    "Which Japanese companies operating in Vietnam complained about the tariffs?",
    "japanese-companies-tariff-concerns",
    true,
  ],
  ["Names of the deputy ministers who will sit on the 2+2?", "defence-dialogue-2plus2-dailywrap", true],
  ["どの日系企業が米国の関税に不満を述べましたか？", "japanese-companies-tariff-concerns", true],
  [
    "Những doanh nghiệp Nhật Bản nào phàn nàn về thuế quan của Mỹ?",
    "japanese-companies-tariff-concerns",
    true,
  ],
  // Not speaking of the class, and holding no member of its kind.
  [
    "Which Japanese companies announced new investments in Vietnam during the visit?",
    "chinh-foreign-investment-pledge",
    true,
  ],
  [
    "which japanese defense equipment will VN buy, list the models",
    "defence-equipment-technology-cooperation",
    true,
  ],
  // Members named: the officials Phoc met.
  ["Which US officials did Ho Duc Phoc meet?", "phoc-met-bessent-lutnick-april-10", false],
  // A rank, not names; no names asked at all.
  [
    "that new 2+2 channel between tokyo and hanoi - what rank of officials sits on it?",
    "defence-dialogue-2plus2-dailywrap",
    false,
  ],
  [
    "What seniority will officials have in the new defence-and-diplomacy dialogue?",
    "defence-dialogue-2plus2-dailywrap",
    false,
  ],
  ["What did Ishiba say about Japanese companies in Vietnam?", "japanese-companies-tariff-concerns", false],
  // "thế nào" asks how, not which.
  [
    "Thủ tướng Ishiba trấn an doanh nghiệp Nhật tại Việt Nam thế nào về thuế của Mỹ?",
    "japanese-companies-tariff-concerns",
    false,
  ],
];

const UK_CASES: RuleCase[] = [
  [
    "Which luxury car brands did Trump name when talking about the 10% rate?",
    "car-tariff-was-25-airlinegeeks",
    false,
  ],
  ["Which two companies dominate UK bioethanol production?", "bioethanol-crisis-talks", false],
  // An office named, not a class: the person it names is the member asked for.
  [
    "name of the business & trade secretary quoted when the deal kicked in?",
    "reynolds-business-and-trade-secretary",
    false,
  ],
];

describe(`fit rule ${membersNamed.name}`, () => {
  it("has the stable name members-named", () => expect(membersNamed.name).toBe("members-named"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(membersNamed, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^members-named\b/);
  });
  const judgeUk = judgeIn("us-uk-2025");
  it.each(UK_CASES)("us-uk: %s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeUk(membersNamed, question, factId).length > 0).toBe(rejects);
  });
});
