import { describe, expect, it } from "vitest";
import { yesnoEventStated } from "../../../src/answer/fit/rules/yesno-event-stated.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["半導体の研究開発に関する文書は署名されましたか？", "phd-students-250-dailywrap", true],
  ["半導体の研究開発に関する文書は署名されましたか？", "four-cooperation-documents", false],
  ["Have the texts of the signed agreements been published?", "osa-no-consensus", true],
  ["Have the texts of the signed agreements been published?", "four-cooperation-documents", false],
  ["Việt Nam và Mỹ đã ký thỏa thuận thương mại chưa?", "tariff-deadline-july", true],
  // An existence question asks whether its thing exists: the verbs after it are no event.
  [
    "is there a deadline for countries to make deals with the US before the higher tariffs hit?",
    "tariff-deadline-july",
    false,
  ],
  ["Is there a deadline for countries to sign deals with the US?", "tariff-deadline-july", false],
  // …and the thing itself must be stated.
  ["is there a deadline for countries to make deals with the US?", "tariff-pause-90-days-april-9", true],
  ["Was there a trade deal between Japan and Vietnam?", "four-cooperation-documents", true],
  ["Is there a defence dialogue between Japan and Vietnam?", "defence-dialogue-2plus2-dailywrap", false],
  ["Is there a joint naval exercise planned with Vietnam?", "defence-dialogue-2plus2-dailywrap", true],
];

describe(`fit rule ${yesnoEventStated.name}`, () => {
  it("has the stable name yesno-event-stated", () =>
    expect(yesnoEventStated.name).toBe("yesno-event-stated"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(yesnoEventStated, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^yesno-event-stated\b/);
  });
});
