import { describe, expect, it } from "vitest";
import { indexTerms } from "../../src/answer/term-ids.js";

/**
 * Words and idioms of lowering, raising, praising, closing and of what is still open, read
 * as the plain words the facts use (rewrites.yaml `phrases`, synonyms.yaml): question and
 * statement meet in one form.
 */
const ALIKE: [phrase: string, plain: string][] = [
  // Lowering: "knock/bring/mark/push … down", "cut back", "slash", "trim", "lower", "reduce".
  ["what did the us knock the uk car tariff down to", "what did the us cut the uk car tariff to"],
  ["the us knocked it down to 10%", "the us cut it to 10%"],
  ["did washington bring the steel duty down", "did washington cut the steel duty"],
  ["they brought the tariff on british cars down", "they cut the tariff on british cars"],
  ["the UK cut back its ethanol tariff", "the UK cut its ethanol tariff"],
  ["the tariff was slashed", "the tariff was cut"],
  ["they trimmed the levy", "they cut the levy"],
  ["the rate was lowered to 10%", "the rate was cut to 10%"],
  ["a reduced tariff", "a cut tariff"],
  // Raising: "bump/jack/ratchet … up", "hike".
  ["did the us bump the tariff up", "did the us raise the tariff"],
  ["trump hiked the levy", "trump raise the levy"],
  // Praise: "gushed about", "hailed", "lauded".
  ["the ambassador gushed about trump", "the ambassador praise about trump"],
  ["starmer hailed the deal", "starmer praised the deal"],
  ["who lauded the agreement", "who praised the agreement"],
  // Closing a plant.
  ["which plant might shut", "which plant might close"],
  ["the plant could be shuttered", "the plant could be closed"],
  // "X-wise": in terms of X.
  ["how long was the doc pages-wise", "how long was the doc pages"],
  // Still open.
  ["is it still tbd", "is it still not settled"],
  ["pharma is still up in the air", "pharma is still not settled"],
  ["the pharma terms are to be determined", "the pharma terms are not settled"],
];

/** Look-alikes that keep their words: not a level moved, not "X-wise". */
const KEPT: [text: string, not: string][] = [
  ["the vote was knocked out", "cut"],
  ["they pushed the talks forward", "cut"],
  ["likewise the tariff stays", "like"],
  ["a raised platform", "cut"],
  ["they set up a fund", "raise"],
];

describe("level, praise and closure words read as the facts' words", () => {
  it.each(ALIKE)("%s reads as %s", (phrase, plain) => {
    expect(indexTerms(phrase, "en")).toEqual(indexTerms(plain, "en"));
  });
  it.each(KEPT)("%s does not read as %s", (text, not) => {
    expect(indexTerms(text, "en")).not.toEqual(expect.arrayContaining(indexTerms(not, "en")));
  });
});
