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
  ["石破首相はベトナムの次にどこへ向かいますか", "ties-tech-defence-energy-dailywrap", true],
  ["石破首相はベトナムの次にどこへ向かいますか", "ishiba-depart-for-philippines-april-29", false],
];

describe(`fit rule ${rolesAgree.name}`, () => {
  it("has the stable name roles-agree", () => expect(rolesAgree.name).toBe("roles-agree"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(rolesAgree, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^roles-agree\b/);
  });
});
