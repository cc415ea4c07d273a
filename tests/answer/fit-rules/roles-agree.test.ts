import { describe, expect, it } from "vitest";
import { rolesAgree } from "../../../src/answer/fit/rules/roles-agree.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  // The swapped-roles trap: Japan accepts Vietnamese students, not the other way round.
  ["How many Japanese PhD students will Vietnam accept?", "phd-students-250-dailywrap", true],
  ["How many Vietnamese PhD students will Japan accept?", "phd-students-250-dailywrap", false],
  ["In which three areas did Japan offer stronger ties?", "chinh-foreign-investment-pledge", true],
  ["In which three areas did Japan offer stronger ties?", "japan-offer-security-economy-people", false],
  ["Mỹ áp thuế bao nhiêu với phần lớn hàng hóa còn lại?", "us-share-of-vietnam-exports-27-4", true],
  ["Mỹ áp thuế bao nhiêu với phần lớn hàng hóa còn lại?", "us-tariff-10-other-goods", false],
  ["石破首相はベトナムからどこへ向かいますか", "ties-tech-defence-energy-dailywrap", true],
  ["石破首相はベトナムからどこへ向かいますか", "ishiba-depart-for-philippines-april-29", false],
  // "for Japan" after a word of perspective is Japan's view, not Japan receiving.
  [
    "How did Ishiba describe Vietnam's role for Japan in the Indo-Pacific?",
    "vietnam-key-partner-foip",
    false,
  ],
  ["What does Vietnam mean to Japan in the Indo-Pacific?", "vietnam-key-partner-foip", false],
  // A capital named as a party is its government: the country's roles in the fact are compared,
  // and one that acts is not a country the fact only speaks about.
  ["Who did Washington send to Hanoi for the talks?", "two-day-visit-hanoi-tariff-talks", true],
  ["Who did Hanoi dispatch to Washington?", "phoc-met-bessent-lutnick-april-10", false],
  ["What did Tokyo pledge to Hanoi?", "vietnam-key-partner-foip", false],
  ["What did Hanoi pledge to Tokyo?", "vietnam-key-partner-foip", true],
];

describe(`fit rule ${rolesAgree.name}`, () => {
  it("has the stable name roles-agree", () => expect(rolesAgree.name).toBe("roles-agree"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(rolesAgree, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^roles-agree\b/);
  });
});
