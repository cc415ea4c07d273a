import { describe, expect, it } from "vitest";
import { figureOwnerNamed } from "../../../src/answer/fit/rules/figure-owner-named.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

const UK_CASES: RuleCase[] = [
  // The firm's count asked; the fact's one figure is the UK's quota.
  [
    "How many vehicles did Jaguar Land Rover sell in the US last year?",
    "quota-near-last-year-exports-jlr",
    true,
  ],
  [
    "How many cars did Jaguar Land Rover actually ship to the US under the quota in Q4 2025?",
    "quota-near-last-year-exports-jlr",
    true,
  ],
  // The quota itself; how much the firm saves (in words, not a count).
  ["How many cars can the UK export to the US at the lower rate?", "quota-near-last-year-exports-jlr", false],
  ["How much will Jaguar Land Rover save?", "quota-near-last-year-exports-jlr", false],
  // A figure of no named kind ("capacity") asked of a firm the fact only mentions: another's.
  ["what's the capacity of vivergo's plant on its own?", "ensus-closure-warning", true],
  ["What is Vivergo's annual output?", "ensus-closure-warning", true],
  ["Vivergo の生産能力は？", "ensus-closure-warning", true],
  ["công suất của nhà máy Vivergo là bao nhiêu?", "ensus-closure-warning", true],
  // One firm's own figure asked; the fact's is shared with another the question leaves out.
  ["what's the capacity of vivergo's plant on its own?", "bioethanol-combined-capacity-at-risk", true],
  ["What is Ensus's capacity?", "bioethanol-combined-capacity-at-risk", true],
  // The firm whose figure it is, or both firms asked together (not the outlet that gives it).
  ["What's the capacity of the Wilton bioethanol plant?", "ensus-closure-warning", false],
  ["What is Ensus's capacity?", "ensus-closure-warning", false],
  ["What's the combined capacity of Ensus and Vivergo?", "bioethanol-combined-capacity-at-risk", false],
  ["Ensus và Vivergo có tổng công suất là bao nhiêu?", "bioethanol-combined-capacity-at-risk", false],
  // The firm reports the figure (the fact's agent): its count, whomever it counts.
  [
    "米国商工会議所によると、英国から輸入している米国の中小企業はおよそ何社ですか？",
    "small-business-19000-importers",
    false,
  ],
];

const CASES: RuleCase[] = [
  // A count whose measure names the one asked about.
  ["How many documents did Ishiba and Chinh sign?", "four-cooperation-documents", false],
  // A person is not judged: a leader's count is his country's ("PhD students Japan will help train").
  ["How many PhD students did Ishiba promise to train?", "phd-half-of-500-japantimes", false],
];

describe(`fit rule ${figureOwnerNamed.name}`, () => {
  it("has the stable name figure-owner-named", () =>
    expect(figureOwnerNamed.name).toBe("figure-owner-named"));
  const judgeUk = judgeIn("us-uk-2025");
  it.each(UK_CASES)("us-uk: %s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judgeUk(figureOwnerNamed, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^figure-owner-named\b/);
  });
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judge(figureOwnerNamed, question, factId).length > 0).toBe(rejects);
  });
});
