import { describe, expect, it } from "vitest";
import { ASCII_PROPERTIES, asciiSource, compilePattern } from "../../src/lang/pattern.js";

const ASCII = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

describe("compilePattern: a pattern's Unicode property classes read on ASCII text", () => {
  // Each class's ASCII members as V8 itself reads the class, in and out of a class, negated,
  // with and without case folding.
  for (const name of ASCII_PROPERTIES)
    for (const flags of ["u", "iu"])
      for (const [written, negated] of [
        [`\\p{${name}}`, false],
        [`\\P{${name}}`, true],
        [`[\\p{${name}}]`, false],
        [`[^\\p{${name}}_]`, true],
      ] as const)
        it(`${written} /${flags}${negated ? " (negated)" : ""}`, () => {
          const real = new RegExp(written, flags);
          const ascii = new RegExp(asciiSource(written)!, flags);
          expect(ASCII.filter((c) => ascii.test(c))).toEqual(ASCII.filter((c) => real.test(c)));
        });

  it.each([
    [
      "(?<![\\p{L}\\p{N}])meet(?![\\p{L}\\p{N}])",
      "(?<![\\x41-\\x5a\\x61-\\x7a\\x30-\\x39])meet(?![\\x41-\\x5a\\x61-\\x7a\\x30-\\x39])",
    ],
    ["\\p{Lu}\\[\\p{N}]", "[\\x41-\\x5a]\\[[\\x30-\\x39]]"],
    ["[\\p{Script=Han}]+", "[]+"],
    ["\\p{Script=Greek}x\\p{L}", undefined],
    ["\\\\p{L}", undefined],
    ["no classes", undefined],
  ])("asciiSource(%s) = %s", (source, ascii) => {
    expect(asciiSource(source)).toBe(ascii);
  });

  it("leaves patterns without `u` or without property classes plain RegExps", () => {
    expect(Object.getPrototypeOf(compilePattern("\\p{L}", ""))).toBe(RegExp.prototype);
    expect(Object.getPrototypeOf(compilePattern("[a-z]", "u"))).toBe(RegExp.prototype);
    expect(Object.getPrototypeOf(compilePattern("\\p{Script=Greek}", "u"))).toBe(RegExp.prototype);
  });

  const texts = [
    "How many Vietnamese live in Japan?",
    "Ishiba–Chinh talks: what’s next?",
    "ベトナム人は何人 Japan 2025",
    "khoảng bao nhiêu người Việt",
    "",
    "ꓘelvin ſtraße",
    "sx kelvin STRASSE a k, s.",
  ];
  const patterns: [string, string][] = [
    ["(?<![\\p{L}\\p{N}])(?:japan|việt|talks|straße)(?![\\p{L}\\p{N}])", "giu"],
    ["[^\\p{L}\\p{N}]+", "gu"],
    ["[^\\p{L}\\p{N}]+", "u"],
    ["\\p{Lu}[\\p{L}'’]*", "gu"],
    ["([\\p{Script=Han}\\p{Script=Katakana}]+)|(\\d+)|([a-z]+)", "giu"],
    ["(?<w>\\p{L}+)\\s", "yu"],
    ["s\\p{Ll}", "iu"],
    // Without \p classes: `iu` patterns read ASCII text without `u`, where that is the same.
    ["^\\s*how (?:many|much) (?<what>\\w+)\\b", "iu"],
    ["[à-ỹ]x", "iu"],
    ["(?:ngoài|\u017f|\u212a)\\b", "giu"],
    ["\u{1F600}?a", "iu"],
    ["\\u{73}", "iu"],
  ];

  // Every way of running a pattern gives what the RegExp gives, lastIndex included.
  for (const [source, flags] of patterns)
    it(`runs /${source}/${flags} as the RegExp does`, () => {
      for (const text of texts) {
        const ours = compilePattern(source, flags);
        const real = new RegExp(source, flags);
        expect(ours.source).toBe(real.source);
        expect(String(ours)).toBe(String(real));
        expect(ours.flags).toBe(real.flags);
        for (let i = 0; i < 3; i++) {
          expect(ours.exec(text)).toEqual(real.exec(text));
          expect(ours.lastIndex).toBe(real.lastIndex);
        }
        ours.lastIndex = real.lastIndex = 0;
        expect(ours.test(text)).toBe(real.test(text));
        expect(ours.lastIndex).toBe(real.lastIndex);
        ours.lastIndex = real.lastIndex = 0;
        expect(text.replace(ours, "<$&>")).toBe(text.replace(real, "<$&>"));
        expect(text.replace(ours, (m) => m.toUpperCase())).toBe(text.replace(real, (m) => m.toUpperCase()));
        expect(text.split(ours)).toEqual(text.split(real));
        expect(text.split(ours, 2)).toEqual(text.split(real, 2));
        expect(text.match(ours)).toEqual(text.match(real));
        expect(text.search(ours)).toBe(text.search(real));
        if (flags.includes("g")) {
          expect([...text.matchAll(ours)]).toEqual([...text.matchAll(real)]);
          expect(text.replaceAll(ours, "-")).toBe(text.replaceAll(real, "-"));
        }
        expect(ours.lastIndex).toBe(real.lastIndex);
      }
    });
});
