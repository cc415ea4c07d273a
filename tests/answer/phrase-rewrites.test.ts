import { describe, expect, it } from "vitest";
import { indexTerms } from "../../src/answer/term-ids.js";

/**
 * English phrases read as the plain words a fact uses (rewrites.yaml `phrases`): question and
 * statement meet in one form. "in force" and "put in place" are "take effect".
 */
const SAME: [phrase: string, plain: string][] = [
  ["was the tariff ever in force", "was the tariff ever take effect"],
  ["the tariffs had briefly been put in place", "the tariffs had briefly been take effect"],
  ["the order puts into effect the terms", "the order take effect the terms"],
  ["when did the cuts come into force", "when did the cuts take effect"],
];

const KEPT: string[] = ["the self-defense forces", "a force of 500", "put the plan in writing"];

describe("phrase rewrites: take effect", () => {
  it.each(SAME)("%s reads as %s", (phrase, plain) => {
    expect(indexTerms(phrase, "en")).toEqual(indexTerms(plain, "en"));
  });
  it.each(KEPT)("%s keeps its words", (text) => {
    expect(indexTerms(text, "en")).not.toEqual(expect.arrayContaining(indexTerms("take effect", "en")));
  });
});

/** Other phrases and words read as the plain words facts use (rewrites.yaml, synonyms.yaml). */
const ALIKE: [lang: "en" | "vi", phrase: string, plain: string][] = [
  ["en", "which one was looking at the steeper US tariff", "which one was face the steeper US tariff"],
  ["en", "Lutnick's comments on engines", "Lutnick said on engines"],
  ["en", "Xi's remarks", "Xi said"],
  ["vi", "thuế nào không bị đụng tới", "thuế nào giữ nguyên"],
  // Someone going to a place is a visit, asked with a subject after the auxiliary.
  ["en", "when did the president go to Vietnam", "when did the president visit Vietnam"],
  ["en", "will he go to Hanoi", "will he visit Hanoi"],
];

describe("going somewhere read as a visit only with a subject", () => {
  it.each(["how much will go to farmers", "the revenue would go to the treasury"])("%s keeps go", (text) => {
    expect(indexTerms(text, "en")).not.toContain("visit");
  });
});

describe("phrases read as the facts' words", () => {
  it.each(ALIKE)("%s: %s reads as %s", (lang, phrase, plain) => {
    expect(indexTerms(phrase, lang)).toEqual(indexTerms(plain, lang));
  });
  it("looking at what is no levy keeps its words", () => {
    expect(indexTerms("looking at the report", "en")).not.toEqual(indexTerms("face the report", "en"));
  });
});
