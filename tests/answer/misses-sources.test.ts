import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * Answerable questions that were refused, by the knowledge each lacked: a hedge on a name
 * ("so-called"), a question word left at the end of a clause ("depends on what"), a source
 * named by its headline's word ("the implementing fact sheet"), and the body whose data a
 * report cites as the one who reports the figure. `expected` is a fact that answers (its id),
 * text the answer holds, or "refuse" for a look-alike that must stay refused.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const UK = "us-uk-2025";
const NOW = new Date("2026-12-07T09:00:00Z");

type Case = [question: string, expected: string];

function check([question, expected]: Case): void {
  const a = answerQuestion(question, store, { briefingId: UK, now: NOW });
  if (expected === "refuse") {
    expect(a.answered, a.text).toBe(false);
    return;
  }
  expect(a.answered, a.text).toBe(true);
  if (/^[a-z0-9-]+$/.test(expected)) expect(a.factIds).toContain(expected);
  else expect(a.text).toContain(expected);
}

describe("a hedge on a name is no event", () => {
  it.each<Case>([
    ["when were the so-called Liberation Day tariffs imposed?", "April 2"],
    ["when were the so called Liberation Day tariffs imposed?", "April 2"],
    // Look-alike: a name the briefing does not hold stays refused.
    ["when were the so-called Independence Day tariffs imposed?", "refuse"],
  ])("%s", (...c) => check(c));
});

describe("a question word at a clause's end, a source by its headline's word", () => {
  it.each<Case>([
    [
      "whats the deal with pharma in the implementing fact sheet? preferential treatment depends on what",
      "Section 232",
    ],
    ["What does the implementing fact sheet say about pharmaceuticals?", "Section 232"],
    // What a named source says comes from a fact citing it.
    ["What does the S&P Global report conclude?", "refuse"],
  ])("%s", (...c) => check(c));
});

describe("a report citing another body's data: that body reports the figure", () => {
  it.each<Case>([
    [
      "US Chamber cites Commerce Dept data on small businesses importing from the UK - how many firms, and how much in goods?",
      "19,000",
    ],
    ["How many small businesses import from the UK according to Commerce Department data?", "19,000"],
    // Look-alike: a figure the Commerce Department's data does not give.
    ["How many cars did the Commerce Department say the UK exports?", "refuse"],
  ])("%s", (...c) => check(c));
});
