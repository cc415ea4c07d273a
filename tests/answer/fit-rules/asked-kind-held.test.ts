import { describe, expect, it } from "vitest";
import { askedKindHeld } from "../../../src/answer/fit/rules/asked-kind-held.js";
import { judge, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  ["ワシントンに派遣されたベトナムの副首相は誰？会った相手は？", "vietnam-early-envoy-washington", true],
  ["ワシントンに派遣されたベトナムの副首相は誰？会った相手は？", "phoc-met-bessent-lutnick-april-10", false],
  ["習近平主席のベトナム訪問の日程は？", "xi-called-oppose-bullying-dailywrap", true],
  ["習近平主席のベトナム訪問の日程は？", "xi-state-visit-april-14-15-japantimes", false],
  ["Mức thuế Mỹ dự kiến áp lên hàng Việt Nam là bao nhiêu?", "us-tariffs-since-march", true],
  ["Mức thuế Mỹ dự kiến áp lên hàng Việt Nam là bao nhiêu?", "tariff-vietnam-46", false],
  [
    "Since when has the Trump administration been rolling out its tariffs?",
    "vietnam-quick-reaction-tariffs",
    true,
  ],
  ["Since when has the Trump administration been rolling out its tariffs?", "us-tariffs-since-march", false],
];

describe(`fit rule ${askedKindHeld.name}`, () => {
  it("has the stable name asked-kind-held", () => expect(askedKindHeld.name).toBe("asked-kind-held"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(askedKindHeld, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^asked-kind-held\b/);
  });
});
