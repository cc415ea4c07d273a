import { describe, expect, it } from "vitest";
import { byNames, byNumbers, decideRoute, type RouteDecision } from "../../../src/commands/route/decide.js";
import type { BriefingEvidence, HeldName } from "../../../src/commands/route/evidence.js";

/** Evidence of a briefing "a" or "b": what a test leaves out is neutral (no names, no numbers missed). */
function ev(briefingId: string, e: Partial<BriefingEvidence> = {}): BriefingEvidence {
  return {
    briefingId,
    answers: true,
    confidence: 0.9,
    fit: 1,
    names: [],
    missedNumbers: [],
    unfamiliarity: 0,
    ...e,
  };
}
const name = (entity: string, from: number, to: number): HeldName => ({ entity, at: [from, to] });
const refuses = { answers: false, confidence: 0, fit: 0 };

describe("decideRoute", () => {
  const cases: [string, BriefingEvidence[], RouteDecision][] = [
    [
      "the only briefing that answers gets the question, however sure the other's refusal",
      [ev("a", refuses), ev("b", { fit: 0.5, confidence: 0.3 })],
      { kind: "answer", briefingId: "b", reason: "only-answer" },
    ],
    [
      "a clearly better fit wins, whatever the calibrated confidences say",
      [ev("a", { fit: 1.2, confidence: 0.9 }), ev("b", { fit: 0.66, confidence: 0.99 })],
      { kind: "answer", briefingId: "a", reason: "fit" },
    ],
    [
      "fits within the margin: ask which briefing",
      [ev("a", { fit: 1.13 }), ev("b", { fit: 1.1 })],
      { kind: "ask", briefingIds: ["a", "b"] },
    ],
    [
      "just outside the margin: the better fit",
      [ev("a", { fit: 1 }), ev("b", { fit: 0.94 })],
      { kind: "answer", briefingId: "a", reason: "fit" },
    ],
    [
      "a name only one briefing holds settles it, even against a better fit",
      [ev("a", { fit: 0.8, names: [name("chinh", 30, 35)] }), ev("b", { fit: 1.2 })],
      { kind: "answer", briefingId: "a", reason: "names" },
    ],
    [
      "the named briefing refuses: its refusal, not the other's answer about something else",
      [ev("a", { ...refuses, names: [name("hanoi", 0, 5)] }), ev("b", { fit: 0.8, confidence: 1 })],
      { kind: "abstain", briefingId: "a" },
    ],
    [
      "a name both hold over the same words is no evidence",
      [
        ev("a", { fit: 1, names: [name("washington", 10, 20)] }),
        ev("b", { fit: 1.3, names: [name("us", 10, 20)] }),
      ],
      { kind: "answer", briefingId: "b", reason: "fit" },
    ],
    [
      "one name each: balanced, the fit decides",
      [ev("a", { fit: 1.1, names: [name("x", 0, 3)] }), ev("b", { fit: 0.7, names: [name("y", 5, 9)] })],
      { kind: "answer", briefingId: "a", reason: "fit" },
    ],
    [
      "two names against one: the one with more",
      [
        ev("a", { fit: 0.7, names: [name("x", 0, 3), name("z", 10, 12)] }),
        ev("b", { fit: 1.1, names: [name("y", 5, 9)] }),
      ],
      { kind: "answer", briefingId: "a", reason: "names" },
    ],
    [
      "the answer that states the question's number beats a better fit that leaves it out",
      [ev("a", { fit: 0.9 }), ev("b", { fit: 1.1, missedNumbers: ["9"] })],
      { kind: "answer", briefingId: "a", reason: "numbers" },
    ],
    [
      "both leave the number out: the fit decides",
      [ev("a", { fit: 0.9, missedNumbers: ["9"] }), ev("b", { fit: 1.1, missedNumbers: ["9"] })],
      { kind: "answer", briefingId: "b", reason: "fit" },
    ],
    [
      "none answers: the abstention of the one that knows the question best",
      [ev("a", { ...refuses, unfamiliarity: 1.2 }), ev("b", { ...refuses, unfamiliarity: 0.1 })],
      { kind: "abstain", briefingId: "b" },
    ],
    [
      "three briefings, two close and one far behind: ask between the two",
      [ev("a", { fit: 0.5 }), ev("b", { fit: 1.0 }), ev("c", { fit: 0.98 })],
      { kind: "ask", briefingIds: ["b", "c"] },
    ],
    [
      "one briefing: its answer",
      [ev("a", { fit: 0.4, confidence: 0.2 })],
      { kind: "answer", briefingId: "a", reason: "only-answer" },
    ],
  ];
  it.each(cases)("%s", (_, evidence, expected) => {
    expect(decideRoute(evidence)).toEqual(expected);
  });

  it("refuses to decide among no briefings", () => {
    expect(() => decideRoute([])).toThrow();
  });
});

describe("byNames", () => {
  const cases: [string, BriefingEvidence[], string[]][] = [
    ["no names: all", [ev("a"), ev("b")], ["a", "b"]],
    ["only a holds a name: a", [ev("a", { names: [name("x", 0, 3)] }), ev("b")], ["a"]],
    [
      "the same entity over overlapping words (トランプ / トランプ氏) is held by both",
      [ev("a", { names: [name("trump", 0, 4)] }), ev("b", { names: [name("trump", 0, 5)] })],
      ["a", "b"],
    ],
    [
      "a name inside a longer name of the other briefing is the other's (US in US–UK deal)",
      [ev("a", { names: [name("us", 13, 15)] }), ev("b", { names: [name("epd", 13, 43)] })],
      ["b"],
    ],
  ];
  it.each(cases)("%s", (_, evidence, ids) => {
    expect(byNames(evidence).map((e) => e.briefingId)).toEqual(ids);
  });
});

describe("byNumbers", () => {
  it("keeps the answers that state every number, or all when none does", () => {
    const a = ev("a", { missedNumbers: ["27.4"] });
    const b = ev("b");
    expect(byNumbers([a, b])).toEqual([b]);
    expect(byNumbers([a])).toEqual([a]);
  });
});
