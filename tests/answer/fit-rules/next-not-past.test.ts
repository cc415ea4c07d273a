import { describe, expect, it } from "vitest";
import { nextNotPast } from "../../../src/answer/fit/rules/next-not-past.js";
import { judge, judgeStatement, type RuleCase } from "./cases.js";

const CASES: RuleCase[] = [
  // The next occurrence asked: the summit already held does not answer it.
  ["When is the next Japan-Vietnam summit scheduled?", "ishiba-chinh-talks-hanoi", true],
  ["When is the upcoming Japan-Vietnam summit?", "ishiba-chinh-talks-hanoi", true],
  ["Where will the next summit be held?", "ishiba-chinh-talks-hanoi", true],
  // A plan of another thing is no next summit.
  ["Where will the next summit be held?", "ishiba-meet-marcos-manila", true],
  ["When will Ishiba make his next visit to Vietnam?", "ishiba-arrived-hanoi-april-27", true],
  ["次の日越首脳会談はいつ？", "ishiba-chinh-talks-hanoi", true],
  ["次回の首脳会談はどこで開かれる？", "ishiba-chinh-talks-hanoi", true],
  ["Hội nghị thượng đỉnh Nhật-Việt tiếp theo là khi nào?", "ishiba-chinh-talks-hanoi", true],
  ["Chuyến thăm sắp tới của ông Ishiba là khi nào?", "ishiba-arrived-hanoi-april-27", true],
  // Not a next occurrence: the past one asked, "what happened next", "次のうち".
  ["When did Ishiba and Chinh hold their summit?", "ishiba-chinh-talks-hanoi", false],
  ["What happened next after the summit?", "ishiba-depart-for-philippines-april-29", false],
  ["次のうち、石破首相が訪れたのはどこ？", "ishiba-arrived-hanoi-april-27", false],
  ["Hội nghị thượng đỉnh Nhật-Việt diễn ra khi nào?", "ishiba-chinh-talks-hanoi", false],
  // The next leg of a reported journey is reported: it is no occurrence after the facts.
  ["Which president will Ishiba meet on the next leg of his trip?", "ishiba-meet-marcos-manila", false],
  ["石破首相の次の訪問先はどこ？", "ishiba-depart-for-philippines-april-29", false],
  ["Điểm đến tiếp theo của ông Ishiba là đâu?", "ishiba-depart-for-philippines-april-29", false],
  // A deadline dates what comes next.
  ["When is the next tariff deadline for Vietnam?", "tariff-vietnam-46", false],
  // A yes/no question is judged by what the fact says, not held to a next occurrence.
  ["Is there a next summit planned?", "ishiba-chinh-talks-hanoi", false],
];

describe(`fit rule ${nextNotPast.name}`, () => {
  it("has the stable name next-not-past", () => expect(nextNotPast.name).toBe("next-not-past"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(nextNotPast, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^next-not-past\b/);
  });
  it("lets a fact that itself speaks of the next occurrence answer", () => {
    const en = "The two leaders agreed to hold the next summit in Tokyo in 2026.";
    expect(
      judgeStatement(nextNotPast, "When is the next Japan-Vietnam summit?", "ishiba-chinh-talks-hanoi", {
        en,
      }),
    ).toEqual([]);
    const ja = "両首脳は次回の首脳会談を2026年に東京で開くことで一致した。";
    expect(
      judgeStatement(nextNotPast, "次の日越首脳会談はいつ？", "ishiba-chinh-talks-hanoi", { ja }),
    ).toEqual([]);
  });
});
