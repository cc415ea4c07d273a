import { describe, expect, it } from "vitest";
import { oneTopicWordStated } from "../../../src/answer/fit/rules/one-topic-word-stated.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["Nhật Bản sẽ nhận bao nhiêu nghiên cứu sinh Việt Nam?", "vietnam-target-500-semiconductor-phds", true],
  ["Nhật Bản sẽ nhận bao nhiêu nghiên cứu sinh Việt Nam?", "phd-students-250-dailywrap", false],
  ["How did Ishiba describe the talks on OSA?", "osa-definition", true],
  ["How did Ishiba describe the talks on OSA?", "osa-constructive-exchange", false],
  ["政府安全保障能力強化支援（OSA）で合意しましたか？", "osa-definition", true],
  ["政府安全保障能力強化支援（OSA）で合意しましたか？", "osa-no-consensus", false],
];

describe(`fit rule ${oneTopicWordStated.name}`, () => {
  it("has the stable name one-topic-word-stated", () =>
    expect(oneTopicWordStated.name).toBe("one-topic-word-stated"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(oneTopicWordStated, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^one-topic-word-stated\b/);
  });
});
