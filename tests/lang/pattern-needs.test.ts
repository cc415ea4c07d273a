import { describe, expect, it } from "vitest";
import { compilePattern } from "../../src/lang/pattern.js";
import { mayHold, neededStrings } from "../../src/lang/pattern-needs.js";

describe("neededStrings: the strings a pattern cannot match without", () => {
  it.each<[string, string, string[] | undefined]>([
    // Alternatives of words: each is needed whole.
    ["\\b(?:which outlet|what outlet|which paper)\\b", "u", ["which outlet", "what outlet", "which paper"]],
    ["(?<![\\p{L}\\p{N}])(?:ベトナム|越南)(?![\\p{L}\\p{N}])", "u", ["ベトナム", "越南"]],
    ["\\b(?:bao nhiêu|mấy) người\\b", "", [" người"]],
    ["\\b(?:bao nhiêu|mấy)\\b", "", ["bao nhiêu", "mấy"]],
    // Under `i`, lower case, and a character with case outside ASCII ends a string.
    ["\\x41BC|How many", "i", ["abc", "how many"]],
    ["Việt|Nhật", "i", ["vi", "nh"]],
    ["何人|いくつ", "i", ["何人", "いくつ"]],
    // An optional or repeated character ends a string; an optional part needs nothing.
    ["outlets?", "", ["outlet"]],
    ["ab?c", "", ["a"]],
    ["a{2,3}b", "", ["a"]],
    ["(?:a|b)+cd", "", ["cd"]],
    ["x(?:yz)?w", "", ["x"]],
    // Classes, escapes of classes, backreferences and lookarounds need nothing.
    ["[abc]def", "", ["def"]],
    ["(?<=xyz)q", "", ["q"]],
    ["(?<w>ab)\\k<w>", "", ["ab"]],
    ["\\12ab", "", ["ab"]],
    ["\\.\\?ab", "", [".?ab"]],
    ["[a\\]b]cd", "", ["cd"]],
    ["\\u{1F600}abc", "u", ["abc"]],
    ["\u{1F600}?a", "u", ["a"]],
    // Nothing known: a branch needs nothing, or the source is not followed.
    ["(?:a|)x|\\d+", "", undefined],
    ["^\\s*\\w+$", "", undefined],
    ["(?i:abc)", "", undefined],
    ["[a-z]", "v", undefined],
    ["ab\\", "", undefined],
    ["(ab", "", undefined],
    ["ab)", "", undefined],
  ])("/%s/%s needs %j", (source, flags, needs) => {
    expect(neededStrings(source, flags)).toEqual(needs);
  });

  it("reads a text under `i` in lower case, and ſ as a possible s under `iu`", () => {
    expect(mayHold(["how many"], "i", "HOW MANY people?")).toBe(true);
    expect(mayHold(["how many"], "i", "how much?")).toBe(false);
    expect(mayHold(["sk"], "iu", "\u017f\u212a")).toBe(true);
    expect(/sk/iu.test("\u017f\u212a")).toBe(true);
    expect(mayHold(["sk"], "", "SK")).toBe(false);
  });
});

describe("compilePattern: a long pattern is never run on a text without what it needs", () => {
  const long = (core: string) => `${core}(?:${"|zzqx".repeat(16)})?`;
  const patterns: [string, string][] = [
    [long("\\b(?:how many|how much|what share)\\b"), "i"],
    [long("\\b(?:how many|how much|what share)\\b"), "gi"],
    [long("(?<![\\p{L}\\p{N}])(?:japan|việt|straße)(?![\\p{L}\\p{N}])"), "giu"],
    [long("\\bwho(?:'s| s| is)? (?<rest>[a-z]+)"), "y"],
    [long("(?:bao nhiêu|mấy) người"), "g"],
    [long("ベトナム人?は"), "gu"],
    [long("sk"), "iu"],
  ];
  const texts = [
    "How many Vietnamese live in Japan?",
    "Who's leading the talks, and HOW MUCH is the tariff?",
    "Có bao nhiêu người Việt ở Nhật?",
    "ベトナム人は何人",
    "",
    "ꓘelvin ſtraße \u017f\u212a",
    "nothing needed here",
  ];

  it("is a lazy pattern when long", () => {
    for (const [source, flags] of patterns)
      expect(Object.getPrototypeOf(compilePattern(source, flags))).not.toBe(RegExp.prototype);
  });

  // Every way of running a pattern gives what the RegExp gives, lastIndex included.
  for (const [source, flags] of patterns)
    it(`runs /${source.slice(0, 40)}…/${flags} as the RegExp does`, () => {
      for (const text of texts)
        for (const start of [0, 3]) {
          const ours = compilePattern(source, flags);
          const real = new RegExp(source, flags);
          expect(ours.source).toBe(real.source);
          expect(String(ours)).toBe(String(real));
          ours.lastIndex = real.lastIndex = start;
          for (let i = 0; i < 3; i++) {
            expect(ours.exec(text)).toEqual(real.exec(text));
            expect(ours.lastIndex).toBe(real.lastIndex);
          }
          ours.lastIndex = real.lastIndex = start;
          expect(ours.test(text)).toBe(real.test(text));
          expect(ours.lastIndex).toBe(real.lastIndex);
          ours.lastIndex = real.lastIndex = start;
          expect(text.replace(ours, "<$&>")).toBe(text.replace(real, "<$&>"));
          expect(ours.lastIndex).toBe(real.lastIndex);
          expect(text.replace(ours, (m) => m.toUpperCase())).toBe(text.replace(real, (m) => m.toUpperCase()));
          ours.lastIndex = real.lastIndex = start;
          expect(text.split(ours)).toEqual(text.split(real));
          expect(text.split(ours, 0)).toEqual(text.split(real, 0));
          expect(text.split(ours, 2)).toEqual(text.split(real, 2));
          expect(ours.lastIndex).toBe(real.lastIndex);
          expect(text.match(ours)).toEqual(text.match(real));
          expect(ours.lastIndex).toBe(real.lastIndex);
          ours.lastIndex = real.lastIndex = start;
          expect(text.search(ours)).toBe(text.search(real));
          expect(ours.lastIndex).toBe(real.lastIndex);
          if (flags.includes("g")) {
            expect([...text.matchAll(ours)]).toEqual([...text.matchAll(real)]);
            expect(text.replaceAll(ours, "-")).toBe(text.replaceAll(real, "-"));
          }
          expect(ours.lastIndex).toBe(real.lastIndex);
        }
    });
});
