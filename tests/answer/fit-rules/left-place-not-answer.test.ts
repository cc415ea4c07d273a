import { describe, expect, it } from "vitest";
import { leftPlaceNotAnswer } from "../../../src/answer/fit/rules/left-place-not-answer.js";
import { judge, type RuleCase } from "./cases.js";

/** A place the question names as left is where the answer is not (reading.yaml leftBefore / leftAfter). */
const CASES: RuleCase[] = [
  // Set only in Hanoi or Vietnam: the stay left, not what came after.
  ["After leaving Hanoi, who did Ishiba meet?", "ishiba-met-to-lam-april-27", true],
  ["After leaving Hanoi, who did Ishiba meet?", "ishiba-chinh-talks-hanoi", true],
  ["Which country did Ishiba go to after Vietnam?", "ishiba-arrived-hanoi-april-27", true],
  ["Sau Việt Nam, ông Ishiba đến nước nào?", "ishiba-arrived-hanoi-april-27", true],
  ["Rời Hà Nội ông Ishiba gặp ai?", "ishiba-met-to-lam-april-27", true],
  ["Sau khi rời Hà Nội, ông Ishiba gặp ai?", "ishiba-chinh-talks-hanoi", true],
  ["ハノイを離れた後、石破首相は誰と会った？", "ishiba-met-to-lam-april-27", true],
  ["石破首相はハノイを発って誰に会いましたか？", "ishiba-chinh-talks-hanoi", true],
  // "After a place" where a question asks where next: leaving it (reading.yaml leaving).
  ["石破首相はベトナムの次にどこへ向かいますか", "ties-tech-defence-energy-dailywrap", true],
  ["thu tuong ishiba di dau sau ha noi?", "ishiba-chinh-talks-hanoi", true],
  ["石破さん、ハノイの後はどこへ?", "ishiba-met-to-lam-april-27", true],
  ["石破首相はハノイの後に誰と会った?", "ishiba-met-to-lam-april-27", true],
  // Set somewhere else: Manila, the Philippines.
  ["After leaving Hanoi, who did Ishiba meet?", "ishiba-meet-marcos-manila", false],
  ["Rời Hà Nội ông Ishiba gặp ai?", "ishiba-meet-marcos-manila", false],
  ["ハノイを離れた後、石破首相は誰と会った？", "ishiba-meet-marcos-manila", false],
  ["When did Ishiba leave Hanoi?", "ishiba-depart-for-philippines-april-29", false],
  ["石破首相はベトナムの次にどこへ向かいますか", "ishiba-depart-for-philippines-april-29", false],
  ["thu tuong ishiba di dau sau ha noi?", "ishiba-depart-for-philippines-april-29", false],
  // No place left: the rule has no say.
  ["Who did Ishiba meet in Hanoi?", "ishiba-met-to-lam-april-27", false],
  ["Ông Ishiba gặp ai ở Hà Nội?", "ishiba-met-to-lam-april-27", false],
  ["石破首相はハノイで誰と会った？", "ishiba-met-to-lam-april-27", false],
];

describe(`fit rule ${leftPlaceNotAnswer.name}`, () => {
  it("has the stable name left-place-not-answer", () =>
    expect(leftPlaceNotAnswer.name).toBe("left-place-not-answer"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(leftPlaceNotAnswer, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^left-place-not-answer\b/);
  });
});
