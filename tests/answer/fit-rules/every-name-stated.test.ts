import { describe, expect, it } from "vitest";
import { everyNameStated } from "../../../src/answer/fit/rules/every-name-stated.js";
import { judgeIn, type RuleCase } from "./cases.js";

const judge = judgeIn("us-uk-2025");

/** A question naming one entity by two names (Ensus, its Wilton plant) needs a fact writing both. */
const CASES: RuleCase[] = [
  ["Ensusのウィルトン工場の年間生産能力は？", "bioethanol-combined-capacity-at-risk", true],
  ["Ensusのウィルトン工場の年間生産能力は？", "ensus-closure-warning", false],
  ["nha may Ensus o Wilton cong suat bao nhieu lit/nam", "bioethanol-combined-capacity-at-risk", true],
  ["nha may Ensus o Wilton cong suat bao nhieu lit/nam", "ensus-closure-warning", false],
  ["What is the capacity of Ensus's Wilton plant?", "bioethanol-combined-capacity-at-risk", true],
  // One name, or one name that holds the other: nothing to add.
  ["What is the combined capacity of Ensus and Vivergo?", "bioethanol-combined-capacity-at-risk", false],
  ["What did Ensus UK warn?", "ensus-closure-warning", false],
  // One name spelt two ways.
  [
    "is rolls-royce the car brand the same company as the rolls royce that makes jet engines",
    "rolls-royce-aircraft-engine-maker",
    false,
  ],
  // A name and its abbreviation side by side are one naming.
  ["Thỏa thuận có xóa thuế dịch vụ số (DST) của Anh không ạ?", "digital-services-tax-untouched", false],
];

describe(`fit rule ${everyNameStated.name}`, () => {
  it("has the stable name every-name-stated", () => expect(everyNameStated.name).toBe("every-name-stated"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(everyNameStated, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^every-name-stated\b/);
  });
});
