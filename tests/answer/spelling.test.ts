import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze.js";
import { indexFor } from "../../src/answer/index-build.js";
import {
  alignmentDistance,
  chooseNear,
  differsInEnding,
  readSpelling,
  shortSlip,
  slipDistance,
  slipsAllowed,
} from "../../src/answer/spelling.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Lang } from "../../src/i18n/lang.js";

const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const japanVietnam = indexFor(store.get("japan-vietnam-2025")!);
const usUk = indexFor(store.get("us-uk-2025")!);

describe("slip distance", () => {
  const CASES: [string, string, number, number][] = [
    ["acces", "access", 1, 1],
    ["bioethnaol", "bioethanol", 2, 1], // two letters swapped: one slip
    ["semiconducter", "semiconductor", 2, 1],
    ["tarrif", "tariff", 1, 1], // only the doubled letters differ: one slip
    ["philipines", "philippines", 2, 1],
    ["tarrif", "tariff", 0, 1], // doubled letters, whatever the plain distance may be
    ["budget", "gadget", 1, 2], // past the limit: limit + 1
    ["kitten", "sitting", 3, 3],
  ];
  it.each(CASES)("%s → %s (at most %i) is %i", (a, b, max, d) => expect(slipDistance(a, b, max)).toBe(d));
  it("stops early past the limit", () => expect(alignmentDistance("abcdefgh", "zyxwvuts", 2)).toBe(3));
});

describe("slips a word may hold", () => {
  const CASES: [number, number][] = [
    [3, 0],
    [4, 0],
    [5, 1],
    [8, 1],
    [9, 2],
    [14, 2],
  ];
  it.each(CASES)("%i letters: %i", (length, slips) => expect(slipsAllowed(length)).toBe(slips));
});

describe("kinds of slip read", () => {
  const ENDINGS: [string, string, number, boolean][] = [
    ["plant", "plans", 1, true], // another form, or another word
    ["water", "waters", 1, true],
    ["reporters", "reported", 2, true],
    ["tarrif", "tariff", 1, false], // doubled letters
    ["semiconducter", "semiconductor", 1, false], // one slip in a long word's ending
    ["studnets", "students", 1, false], // not in the ending
  ];
  it.each(ENDINGS)("%s → %s (%i): only the ending differs: %s", (a, b, d, out) =>
    expect(differsInEnding(a, b, d)).toBe(out),
  );
  const SHORT: [string, string, boolean][] = [
    ["jinpng", "jinping", true], // a letter left out
    ["studnets", "students", true], // swapped
    ["acept", "accept", true], // doubled
    ["print", "point", false], // a letter changed
    ["spend", "send", false], // a letter added
    ["projected", "protected", true], // a long word: any one slip
  ];
  it.each(SHORT)("%s → %s: %s", (a, b, out) => expect(shortSlip(a, b)).toBe(out));
});

describe("choosing among the nearest words", () => {
  const near = (word: string, term: string, distance: number, count: number) => ({
    word,
    term,
    distance,
    count,
  });
  it("reads the one term within reach", () =>
    expect(chooseNear([near("access", "access", 1, 3)])?.word).toBe("access"));
  it("counts the forms of one term together, and offers its commonest form", () =>
    expect(
      chooseNear([
        near("tariffs", "tariff", 1, 2),
        near("tariff", "tariff", 1, 9),
        near("tarot", "tarot", 1, 5),
      ])?.word,
    ).toBe("tariff"));
  it("prefers the nearest words", () =>
    expect(chooseNear([near("tariff", "tariff", 2, 1), near("tarif", "tarif", 1, 1)])?.word).toBe("tarif"));
  it("reads the commonest term when it is MARGIN times as common", () =>
    expect(chooseNear([near("steel", "steel", 1, 6), near("steep", "steep", 1, 3)])?.word).toBe("steel"));
  it("refuses two terms about as common", () =>
    expect(chooseNear([near("steel", "steel", 1, 5), near("steep", "steep", 1, 3)])).toBeUndefined());
  it("refuses two terms equally common", () =>
    expect(chooseNear([near("steel", "steel", 1, 2), near("steep", "steep", 1, 2)])).toBeUndefined());
  it("has nothing to read without a word in reach", () => expect(chooseNear([])).toBeUndefined());
});

type Case = [string, Lang, string, string];

/** Corrections made on the shipped briefings: question, language, briefing, "typed → read" (joined). */
const MADE: Case[] = [
  ["Ishiba's philipines trip", "en", "jv", "philipines → philippines"],
  ["When did Ishbia arrive in Hanoi?", "en", "jv", "Ishbia → ishiba"],
  ["semiconducter cooperation", "en", "jv", "semiconducter → semiconductor"],
  ["what is the tarrif on vietnam", "en", "jv", "tarrif → tariff"],
  ["how many PhD studnets", "en", "jv", "studnets → students"],
  ["fishing acces for EU boats runs till when", "en", "uu", "acces → access"],
  ["what about bioethnaol", "en", "uu", "bioethnaol → bioethanol"],
  ["How much beef can the UK exprot?", "en", "uu", "exprot → export"],
  ["Ishbia đến Hà Nội khi nào?", "vi", "jv", "Ishbia → ishiba"],
];

/** Words left as typed: "" for no correction. */
const REFUSED: Case[] = [
  ["What is the tarif?", "en", "jv", ""], // the stemmer reads it as "tariff" already: known, nothing to correct
  ["Is the tax high?", "en", "jv", ""], // short words are never read as slips
  ["tariffs in 20255", "en", "jv", ""], // numbers
  ["What did Malaysia say?", "en", "jv", ""], // a name the world file knows
  ["What is the budget?", "en", "jv", ""], // a real word the briefing lacks stays unknown
  ["How much power does the plant make?", "en", "jv", ""], // another first letter: "lower"
  ["What is in the headline?", "en", "jv", ""], // "deadline": another first letter
  ["Did he print it?", "en", "jv", ""], // a changed letter in a short word: "point"
  ["How much did they spend?", "en", "jv", ""], // an added letter in a short word: "send"
  ["Was Vietnam's reporters there?", "en", "jv", ""], // only the ending differs: "reported"
  ["Which leader is Ishiba seeing in Manila?", "en", "jv", ""], // a word of the pack's rewrites: not "seeking"
  ["Những tỉnh nào?", "vi", "jv", ""], // written with its marks: a Vietnamese word as typed
];

const indexOf = (b: string) => (b === "jv" ? japanVietnam : usUk);
const shown = (q: string, lang: Lang, b: string) =>
  readSpelling(q, lang, indexOf(b))
    .corrections.map((c) => `${c.from} → ${c.to}`)
    .join(", ");

describe("reading slips on the shipped briefings", () => {
  it.each(MADE)("%s (%s, %s): %s", (q, lang, b, out) => expect(shown(q, lang, b)).toBe(out));
  it.each(REFUSED)("%s (%s, %s): left as typed", (q, lang, b, out) => expect(shown(q, lang, b)).toBe(out));
  it("a budget question is not read as one about budgets (same term: nothing to correct)", () => {
    const words = analyzeQuestion("What are the budgets?", "en", usUk).corrections;
    expect(words).toEqual([]);
  });
  it("reads a corrected name as the entity", () => {
    const q = analyzeQuestion("Ishiba's philipines trip", "en", japanVietnam);
    expect([...q.entityIds]).toContain("philippines");
    expect(q.words.some((w) => w.unknown)).toBe(false);
  });
  it("keeps the question's case on the word read", () =>
    expect(readSpelling("When did Ishbia arrive?", "en", japanVietnam).text).toBe("When did Ishiba arrive?"));
});
