import { describe, expect, it } from "vitest";
import { bystanderNotActor } from "../../../src/answer/fit/rules/bystander-not-actor.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

/**
 * Rejects: the firm or person the question asks about is only spoken of in the fact (role
 * subject) while another of its kind acts there, and the question names no such actor nor
 * asks who the other is.
 */
const US_UK: RuleCase[] = [
  // Vivergo only named beside Ensus, whose plant could close.
  ["Vivergo chính thức đóng cửa nhà máy ngày nào?", "bioethanol-crisis-talks", true],
  ["Vivergo chính thức đóng cửa nhà máy ngày nào?", "ensus-closure-warning", true],
  ["vivergo chinh thuc dong cua nha may ngay nao", "ensus-closure-warning", true],
  ["When did Vivergo officially close its plant?", "ensus-closure-warning", true],
  ["How big is Vivergo's plant?", "ensus-closure-warning", true],
  ["ビバーゴはいつ工場を閉鎖しましたか？", "bioethanol-crisis-talks", true],
  ["Did Vivergo warn it could close?", "ensus-closure-warning", true],
  // Trump only spoken of; Lutnick said it.
  ["When did Trump praise Rolls-Royce engines?", "aerospace-lutnick-rolls-royce-may-8", true],
  // What or which one acts is asked: the actor answers.
  ["Which engine powers the Airbus A350?", "rolls-royce-engines-on-airbus-boeing", false],
  ["What did Vivergo's rival warn?", "ensus-closure-warning", false],
  // The one who acts asked about, or named beside: the rule has no say.
  ["How big is Ensus's Wilton plant?", "ensus-closure-warning", false],
  ["Which two producers do Ensus and Vivergo compete with?", "bioethanol-crisis-talks", false],
  ["When did Ensus and Vivergo warn about their capacity?", "bioethanol-combined-capacity-at-risk", false],
  // Who the other is: the actor answers.
  ["vivergo is one of the two big uk bioethanol makers, who's the other?", "bioethanol-crisis-talks", false],
  // A country is no peer of a firm.
  ["When did the UK government hold crisis talks?", "bioethanol-crisis-talks", false],
];

const JAPAN_VIETNAM: RuleCase[] = [
  // Phoc went on To Lam's behalf.
  ["When did To Lam meet Bessent?", "phoc-met-bessent-lutnick-april-10", true],
  ["When did Phoc meet Bessent and Lutnick?", "phoc-met-bessent-lutnick-april-10", false],
  ["Who met Bessent on behalf of To Lam?", "phoc-met-bessent-lutnick-april-10", false],
  // The one acting named too, in lower case or by the country it acts for.
  [
    "do the reports agree on how long before ishiba's trip xi visited?",
    "xi-state-visit-april-14-15-japantimes",
    false,
  ],
  [
    "How much earlier than the Japanese PM did Beijing's leader make his trip to Vietnam?",
    "xi-visit-two-weeks-before-dailywrap",
    false,
  ],
  ["When did Ishiba make his state visit to Vietnam?", "xi-state-visit-april-14-15-japantimes", true],
];

describe(`fit rule ${bystanderNotActor.name}`, () => {
  const judgeUk = judgeIn("us-uk-2025");
  it("has the stable name bystander-not-actor", () =>
    expect(bystanderNotActor.name).toBe("bystander-not-actor"));
  it.each(US_UK)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judgeUk(bystanderNotActor, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^bystander-not-actor\b/);
  });
  it.each(JAPAN_VIETNAM)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judge(bystanderNotActor, question, factId).length > 0).toBe(rejects);
  });
});
