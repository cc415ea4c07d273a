import { describe, expect, it } from "vitest";
import { designationStated, designations } from "../../../src/answer/fit/rules/designation-stated.js";
import { judgeIn, type RuleCase } from "./cases.js";

const judgeUk = judgeIn("us-uk-2025");

/** A model named by its number picks the facts that name it, even asked yes or no. */
const CASES: RuleCase[] = [
  [
    "which Rolls-Royce engine model powers the Boeing 787 — was it the Trent 1000?",
    "rolls-royce-engines-on-airbus-boeing",
    true,
  ],
  ["Is the Trent 1000 used on the 787?", "rolls-royce-engines-on-airbus-boeing", true],
  ["ボーイング787のエンジンはトレント1000ですか？", "rolls-royce-engines-on-airbus-boeing", true],
  ["Động cơ Trent 1000 có dùng cho Boeing 787 không?", "rolls-royce-engines-on-airbus-boeing", true],
  ["Do Airbus A380s fly with the Trent 900?", "rolls-royce-engines-on-airbus-boeing", true],
  // The models the fact names answer; "787s" holds 787.
  ["Does the Trent 7000 power the A330neo?", "rolls-royce-engines-on-airbus-boeing", false],
  ["Which engine powers the Boeing 787?", "rolls-royce-engines-on-airbus-boeing", false],
  ["Which Rolls-Royce engines fly on Boeing 777s?", "rolls-royce-engines-on-airbus-boeing", false],
  // No designation: dates, years, figures with separators, lower-case figures.
  ["What happened on June 30?", "rolls-royce-engines-on-airbus-boeing", false],
  ["What did the UK agree in May 2025?", "rolls-royce-engines-on-airbus-boeing", false],
  ["Is the UK quota 100,000 cars?", "rolls-royce-engines-on-airbus-boeing", false],
  ["is the beef quota 13000 tons?", "rolls-royce-engines-on-airbus-boeing", false],
];

describe(`fit rule ${designationStated.name}`, () => {
  it("has the stable name designation-stated", () =>
    expect(designationStated.name).toBe("designation-stated"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeUk(designationStated, question, factId).length > 0).toBe(rejects);
  });
});

describe("designations: a word and its model number, never a year, a date or a written figure", () => {
  it.each([
    ["was it the Trent 1000?", ["1000"]],
    ["What does Section 232 cover?", ["232"]],
    ["トレント1000ですか", ["1000"]],
    ["Boeing 787 and Airbus A350", ["787"]],
    ["In May 2025, did the UK 100,000 quota start?", []],
    ["What happened on July 9?", []],
    ["how many of the 1000 engines?", []],
  ])("%s → %j", (q, expected) => expect(designations(q)).toEqual(expected));
});
