import { describe, expect, it } from "vitest";
import { type AskedOf, agreesOnAsked } from "../../../src/answer/calibration/agreeing-rival.js";
import type { Fact } from "../../../src/briefing/types.js";

const PEOPLE = new Set(["goyal", "reynolds", "ishiba", "to-lam", "trump"]);

const fact = (people: string[], numbers: [number, string][] = [], date?: string) =>
  ({
    entities: [...people, "india"].map((entity) => ({ entity, role: "agent" })),
    numbers: numbers.map(([value, unit]) => ({ value, unit })),
    date,
  }) as unknown as Fact;

const asked = (wants: AskedOf["wants"], named: string[] = []): AskedOf => ({
  wants,
  entityIdsForPerson: new Set(named),
});

describe("a close fact that gives the same answer is no rival", () => {
  it.each([
    ["who: the same person", asked(["person"]), fact(["goyal"]), fact(["goyal"]), true],
    [
      "who: one names another besides (a fuller answer: still ask)",
      asked(["person"]),
      fact(["goyal"]),
      fact(["goyal", "reynolds"]),
      false,
    ],
    ["who: other people", asked(["person"]), fact(["ishiba"]), fact(["to-lam"]), false],
    [
      "who: the question names Trump, the answers differ",
      asked(["person"], ["trump"]),
      fact(["ishiba", "trump"]),
      fact(["to-lam", "trump"]),
      false,
    ],
    [
      "who: the question names its answer by alias",
      asked(["person"], ["goyal"]),
      fact(["goyal"]),
      fact(["goyal", "reynolds"]),
      true,
    ],
    [
      "who: the answer named, the rival lacks it",
      asked(["person"], ["goyal"]),
      fact(["goyal"]),
      fact(["reynolds"]),
      false,
    ],
    [
      "how many: the same figure",
      asked(["number"]),
      fact([], [[14, "rounds"]]),
      fact([], [[14, "rounds"]]),
      true,
    ],
    [
      "how many: another figure",
      asked(["number"]),
      fact([], [[14, "rounds"]]),
      fact([], [[13, "rounds"]]),
      false,
    ],
    ["how many: one gives none", asked(["number"]), fact([], [[14, "rounds"]]), fact([]), false],
    ["when: the same date", asked(["date"]), fact([], [], "2025-05-06"), fact([], [], "2025-05-06"), true],
    ["when: another date", asked(["date"]), fact([], [], "2025-05-06"), fact([], [], "2025-07-24"), false],
    [
      "what: nothing to compare, still a rival",
      asked(["description"]),
      fact(["goyal"]),
      fact(["goyal"]),
      false,
    ],
    [
      "who and what: one kind not compared",
      asked(["person", "description"]),
      fact(["goyal"]),
      fact(["goyal"]),
      false,
    ],
    ["nothing asked for", asked([]), fact(["goyal"]), fact(["goyal"]), false],
  ] as [string, AskedOf, Fact, Fact, boolean][])("%s", (_, q, best, other, agrees) => {
    expect(agreesOnAsked(best, other, q, PEOPLE)).toBe(agrees);
  });
});
