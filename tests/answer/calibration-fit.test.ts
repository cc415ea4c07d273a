import { describe, expect, it } from "vitest";
import type { QuestionAnalysis } from "../../src/answer/analyze.js";
import { type Example, Kind } from "../../src/answer/calibration/examples.js";
import { agreements, closeRivals, didYouMean, TIE_MARGIN } from "../../src/answer/calibration/index.js";
import { fitLogistic, predict } from "../../src/answer/calibration/logistic.js";
import {
  gateMarginFor,
  logLoss,
  TARGET_PRECISION,
  TRAP_SHARE,
  thresholdFor,
  weightsOf,
} from "../../src/answer/calibration/train.js";
import type { Candidate } from "../../src/answer/rank.js";
import type { Fact } from "../../src/briefing/types.js";

/** `n` answers at feature value x, `right` of them right. */
const rows = (x: number, n: number, right: number) =>
  Array.from({ length: n }, (_, i) => ({ x: [x], y: i < right ? 1 : 0 }));

describe("the weighted logistic fit", () => {
  it.each([
    // share right at x = 0, at x = 1
    [0.2, 0.9],
    [0.5, 0.5],
    [0.9, 0.6],
    [0.05, 0.95],
  ])("gives back the share right at each value (%s at 0, %s at 1)", (at0, at1) => {
    const data = [...rows(0, 100, Math.round(100 * at0)), ...rows(1, 100, Math.round(100 * at1))];
    const m = fitLogistic(
      data.map((d) => d.x),
      data.map((d) => d.y),
      undefined,
      1e-6,
    );
    expect(predict(m, [0])).toBeCloseTo(at0, 2);
    expect(predict(m, [1])).toBeCloseTo(at1, 2);
  });

  it("counts an example of weight 2 as two of weight 1", () => {
    const xs = [[0], [0], [1], [1], [1]];
    const ys = [0, 1, 1, 1, 0];
    const twice = fitLogistic([...xs, [1]], [...ys, 1]);
    const weighted = fitLogistic(xs, ys, [1, 1, 2, 1, 1]);
    expect(predict(weighted, [1])).toBeCloseTo(predict(twice, [1]), 6);
    expect(predict(weighted, [0])).toBeCloseTo(predict(twice, [0]), 6);
  });

  it("keeps weights finite when a feature separates the labels, the more so with a larger penalty", () => {
    const data = [...rows(0, 20, 0), ...rows(1, 20, 20)];
    const fitWith = (penalty: number) =>
      fitLogistic(
        data.map((d) => d.x),
        data.map((d) => d.y),
        undefined,
        penalty,
      );
    const [loose, firm] = [fitWith(0.01), fitWith(1)];
    expect(Number.isFinite(loose.weights[0])).toBe(true);
    expect(predict(loose, [1])).toBeGreaterThan(predict(firm, [1]));
    expect(predict(firm, [1])).toBeGreaterThan(0.5);
  });

  it.each([
    // p, y: log loss
    [[{ p: 0.5, y: 1, w: 1 }], Math.log(2)],
    [[{ p: 1, y: 1, w: 1 }], 0],
    [
      [
        { p: 0.9, y: 1, w: 3 },
        { p: 0.9, y: 0, w: 1 },
      ],
      (-3 * Math.log(0.9) - Math.log(0.1)) / 4,
    ],
  ])("scores held-out predictions by weighted log loss (%#)", (scored, loss) => {
    expect(logLoss(scored)).toBeCloseTo(loss, 4);
  });
});

const example = (kind: Example["kind"], y: number): Example => ({
  x: [],
  y,
  fold: 0,
  kind,
  question: "",
  factIds: [],
});

describe("negatives weigh as the traps tried", () => {
  const odds = TRAP_SHARE / (1 - TRAP_SHARE);
  it.each([
    // questions asked (own), traps tried (entity, roles, when): a negative's weight
    [[120, 100, 50, 50], (odds * 120) / 200],
    [[60, 30, 0, 0], (odds * 60) / 30],
    [[10, 0, 0, 0], 0],
  ])("tries %j", (tries, weight) => {
    const examples = [
      example(Kind.own, 1),
      example(Kind.own, 0),
      example(Kind.entity, 0),
      example(Kind.when, 0),
    ];
    expect(weightsOf(examples, tries)).toEqual([1, 1, weight, weight]);
  });

  it("makes all traps tried weigh TRAP_SHARE of the questions", () => {
    const tries = [90, 30, 0, 0];
    // Every trap tried was answered (the worst case): they weigh TRAP_SHARE of all.
    const examples = [...Array(90)].map(() => example(Kind.own, 1));
    examples.push(...[...Array(30)].map(() => example(Kind.entity, 0)));
    const w = weightsOf(examples, tries);
    const traps = w.slice(90).reduce((a, b) => a + b, 0);
    expect(traps / (traps + 90)).toBeCloseTo(TRAP_SHARE, 6);
  });
});

describe("the threshold from the held-out answers", () => {
  const s = (p: number, y: number, w = 1) => ({ p, y, w });
  it.each([
    // all right: the lowest confidence
    [[s(0.9, 1), s(0.6, 1), s(0.3, 1)], 0.3],
    // a wrong answer at 0.6: the cut stays above it
    [[s(0.9, 1), s(0.8, 1), s(0.6, 0), s(0.3, 1)], 0.8],
    // the wrong answer weighs little (a trap of small weight) among many right ones
    [[...Array(40)].map(() => s(0.9, 1)).concat([s(0.6, 0, 0.5), s(0.5, 1)]), 0.5],
    // answers sharing a confidence share its side of the cut
    [[s(0.9, 1), s(0.7, 1), s(0.7, 0)], 0.9],
  ])("%#: threshold %s", (scored, threshold) => {
    const t = thresholdFor(scored);
    expect(t.threshold).toBe(threshold);
    expect(t.precision).toBeGreaterThanOrEqual(TARGET_PRECISION);
  });
});

describe("the gate's margin cut from the held-out answers", () => {
  const s = (p: number, y: number, margin: number) => ({ p, y, w: 1, margin });
  it.each([
    // close runner-ups are mostly wrong answers: cut above them
    [[s(0.5, 0, 0.01), s(0.5, 0, 0.03), s(0.5, 0, 0.04), s(0.5, 1, 0.5)], 0.05],
    // as many right as wrong among the close ones: never
    [[s(0.5, 0, 0.01), s(0.5, 1, 0.01), s(0.5, 1, 0.5)], 0],
    // close but sure (above the threshold): not the gate's
    [[s(0.95, 0, 0.01), s(0.95, 0, 0.01), s(0.5, 1, 0.5)], 0],
  ])("%#: cut %s", (scored, cut) => {
    expect(gateMarginFor(scored, 0.9)).toBe(cut);
  });
});

const question = (mentions: Partial<QuestionAnalysis["mentions"][number]>[]) =>
  ({
    mentions: mentions.map((m) => ({ external: false, surface: "", chars: [0, 0], ...m })),
  }) as QuestionAnalysis;
const factNaming = (...entities: [string, string][]) =>
  ({ entities: entities.map(([entity, role]) => ({ entity, role })) }) as unknown as Fact;

describe("entity and role agreement", () => {
  const fact = factNaming(["japan", "agent"], ["vietnam", "recipient"]);
  it.each([
    ["names nothing", [], [1, 1]],
    [
      "both named, roles as the fact's",
      [
        { id: "japan", role: "agent" },
        { id: "vietnam", role: "recipient" },
      ],
      [1, 1],
    ],
    [
      "roles swapped",
      [
        { id: "japan", role: "recipient" },
        { id: "vietnam", role: "agent" },
      ],
      [1, 0],
    ],
    [
      "another country",
      [
        { id: "japan", role: "agent" },
        { id: "china", role: undefined },
      ],
      [0.5, 1],
    ],
    [
      "an outside name is no briefing entity",
      [
        { id: "japan", role: undefined },
        { id: "france", external: true },
      ],
      [1, 1],
    ],
    [
      "either of a group named",
      [
        { id: "china", group: 1 },
        { id: "vietnam", group: 1 },
      ],
      [1, 1],
    ],
    ["no role read", [{ id: "vietnam", role: undefined }], [1, 1]],
  ] as [string, Partial<QuestionAnalysis["mentions"][number]>[], number[]][])(
    "%s",
    (_, mentions, expected) => {
      expect(agreements(question(mentions), fact)).toEqual(expected);
    },
  );
});

const fact = (id: string, links: Fact["links"] = []) =>
  ({ id, links, questions: { en: [`About ${id}?`], ja: [], vi: [`Về ${id}?`] } }) as unknown as Fact;
const candidate = (f: Fact, rank: number, ok = true, used = false) =>
  ({ fact: f, rank, retrieval: 1, used, fit: { ok } }) as unknown as Candidate;

describe("the did-you-mean gate", () => {
  const best = candidate(fact("a"), 1, true, true);
  const sure = { threshold: 0.8, gateMargin: 0.1 };
  it.each([
    ["a tie asks, however sure", 0.99, [candidate(fact("b"), 1)], ["b"]],
    ["close and unsure asks", 0.5, [candidate(fact("b"), 0.95)], ["b"]],
    ["close but sure answers", 0.9, [candidate(fact("b"), 0.95)], []],
    ["unsure but far answers", 0.5, [candidate(fact("b"), 0.8)], []],
    ["a fact not fitting is no rival", 0.5, [candidate(fact("b"), 1, false)], []],
    ["a fact in the answer is no rival", 0.5, [candidate(fact("b"), 1, true, true)], []],
    [
      "another source's version of the news is no rival",
      0.5,
      [candidate(fact("b", [{ type: "same-as", fact: "a" }] as Fact["links"]), 1)],
      [],
    ],
    [
      "at most two rivals, closest first",
      0.5,
      [candidate(fact("b"), 0.99), candidate(fact("c"), 0.98), candidate(fact("d"), 0.97)],
      ["b", "c"],
    ],
  ] as [string, number, Candidate[], string[]][])("%s", (_, confidence, others, rivals) => {
    const got = closeRivals([best, ...others], best, confidence, sure);
    expect(got.map((c) => c.fact.id)).toEqual(rivals);
  });

  it("counts as a tie only a margin below TIE_MARGIN", () => {
    const near = candidate(fact("b"), 1 - TIE_MARGIN / 2);
    const apart = candidate(fact("c"), 1 - 2 * TIE_MARGIN);
    expect(closeRivals([best, near, apart], best, 1, sure).map((c) => c.fact.id)).toEqual(["b"]);
  });

  it.each([
    ["en", ["About a?", "About b?"]],
    ["ja", []],
    ["vi", ["Về a?", "Về b?"]],
  ] as const)("suggests each close fact's first question in %s", (lang, suggestions) => {
    expect(didYouMean([best, candidate(fact("b"), 1), best], lang)).toEqual(suggestions);
  });
});
