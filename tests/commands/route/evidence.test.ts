import { describe, expect, it } from "vitest";
import type { Answer, CandidateExplanation, Explanation } from "../../../src/answer/types.js";
import { evidenceOf, evidenceOfAnswer, exclusiveNames } from "../../../src/commands/route/evidence.js";

const answer = (a: Partial<Answer> = {}): Answer => ({
  answered: true,
  kind: "answer",
  text: "…",
  citations: [],
  factIds: ["f1"],
  confidence: 0.8,
  lang: "en",
  briefing: "a",
  suggestions: [],
  ...a,
});
const cand = (
  factId: string,
  score: number,
  c: Partial<CandidateExplanation> = {},
): CandidateExplanation => ({
  factId,
  score,
  used: false,
  reasons: [],
  rejectedBy: [],
  fits: true,
  uncovered: [],
  ...c,
});
const explained = (e: Partial<Explanation>): Explanation => ({
  question: "q",
  normalized: "q",
  lang: "en",
  wants: [],
  entities: [],
  candidates: [],
  answer: answer(),
  ...e,
});

describe("evidenceOf", () => {
  it("reads the fit of the best fact in the answer, not of a better-ranked fact left out", () => {
    const e = evidenceOf(
      "a",
      explained({ candidates: [cand("f0", 1.3), cand("f1", 0.9)], answer: answer({ factIds: ["f1"] }) }),
    );
    expect(e.fit).toBe(0.9);
    expect(e.answers).toBe(true);
  });

  it("a computed answer citing facts it did not rank: its best fitting candidate", () => {
    const e = evidenceOf(
      "a",
      explained({
        candidates: [cand("f0", 1.1), cand("f2", 1.2, { fits: false })],
        answer: answer({ factIds: ["f9"] }),
      }),
    );
    expect(e.fit).toBe(1.1);
  });

  it("a refusal fits nothing", () => {
    const e = evidenceOf(
      "a",
      explained({
        candidates: [cand("f0", 1.1)],
        answer: answer({ answered: false, kind: "abstain", factIds: [] }),
      }),
    );
    expect(e).toMatchObject({ answers: false, fit: 0 });
  });

  const numberCases: [string, CandidateExplanation[], string[]][] = [
    ["a number no fact of the answer states", [cand("f1", 1, { uncovered: ["9", "announce"] })], ["9"]],
    [
      "a number one of the answer's facts states",
      [cand("f1", 1, { uncovered: ["27.4"] }), cand("f2", 0.9, { uncovered: [] })],
      [],
    ],
    ["words are not numbers", [cand("f1", 1, { uncovered: ["april", "rn"] })], []],
    [
      "figures as the index writes them",
      [cand("f1", 1, { uncovered: ["20000000000", "1,000"] })],
      ["20000000000", "1,000"],
    ],
  ];
  it.each(numberCases)("missed numbers: %s", (_, candidates, missed) => {
    const factIds = candidates.map((c) => c.factId);
    expect(evidenceOf("a", explained({ candidates, answer: answer({ factIds }) })).missedNumbers).toEqual(
      missed,
    );
  });

  it("holds the names of its own entities, not the world's", () => {
    const e = evidenceOf(
      "a",
      explained({
        entities: [
          { entity: "pham-minh-chinh", at: [30, 35] },
          { entity: "china (not in this briefing)", external: true, at: [40, 45] },
        ],
        unknownShare: 0.2,
      }),
    );
    expect(e.names).toEqual([{ entity: "pham-minh-chinh", at: [30, 35] }]);
    expect(e.unfamiliarity).toBeCloseTo(1.2);
  });
});

describe("evidenceOfAnswer", () => {
  it("without an explanation, the confidence stands for the fit", () => {
    expect(evidenceOfAnswer("a", answer({ confidence: 0.7 }))).toMatchObject({
      answers: true,
      fit: 0.7,
      names: [],
    });
  });
});

describe("exclusiveNames", () => {
  it("a name only this briefing holds", () => {
    const a = evidenceOf("a", explained({ entities: [{ entity: "chinh", at: [30, 35] }] }));
    const b = evidenceOf("b", explained({ entities: [] }));
    expect(exclusiveNames(a, [a, b]).map((n) => n.entity)).toEqual(["chinh"]);
    expect(exclusiveNames(b, [a, b])).toEqual([]);
  });
});
