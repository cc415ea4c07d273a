import { describe, expect, it } from "vitest";
import { ASCII_PROPERTIES, asciiSource, caselessSource, compilePattern } from "../../src/lang/pattern.js";

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
    "College Kids' pub. date? LAN DAU cong bo, what's it",
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
    // A lone character outside ASCII in a class matches no ASCII one: read without `u` too.
    ["(?<![\\x41-\\x5a'’.&-])(?:college kids|pub\\. date|what’s)(?![\\x41-\\x5a])", "giu"],
    ["(?:lần đầu|lan dau)[^?？]{0,30}(?:công bố|cong bo)", "giu"],
    ["[’a-z]+[^？]", "iu"],
    // Beside a dash it may end a range: kept with `u`.
    ["[aà-’]s", "giu"],
    ["[’-]s", "iu"],
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

describe("caselessSource: a pattern read without u matches ASCII text the same without i", () => {
  const texts = [
    ASCII.join(""),
    "How Many VIETNAMESE live in Japan? Today's date: 2025-01-01",
    "WHICH outlet said so; which Outlet said so",
    "Besides Ishiba, who? besides the PM...",
    "a-z A-Z _ [] {} ^$ \\ Ab aB",
    "today (6 Dec 2026), -A-b, 0-Z",
  ];
  const cases: [string, string][] = [
    ["words", "\\b(?:how many|which outlet)\\b"],
    ["a class of letters and ranges", "[a-fX-Z_0-9]+"],
    ["a negated class", "[^a-z ]+"],
    ["a range across letters and signs", "[0-z]+"],
    ["escapes kept", "\\w+\\s\\d+[\\w.-]*\\b"],
    ["hex letters", "\\x41\\x62[\\x41-\\x43]"],
    ["a named group and lookarounds", "(?<who>besides) (?<=s )(?!the)\\w+"],
    ["a quantifier", "a{1,2}b"],
    ["a class escape then a dash", "[\\w-x]+"],
    ["backspace in a class", "[\\b]"],
    ["a dash last in a class", "[a-z0-9 ,./-]{0,14}?\\d{4}"],
    ["a dash first, and dash ranges", "[-a][--z]+[^-b]"],
  ];
  it.each(cases)("%s", (_name, source) => {
    const caseless = caselessSource(source);
    expect(caseless).toBeDefined();
    for (const flags of ["gi", "giy", "gim"]) {
      const a = new RegExp(source, flags);
      const b = new RegExp(caseless!, flags.replace("i", ""));
      for (const text of texts)
        expect(
          [...text.matchAll(b)].map((m) => [m.index, m[0], m.groups]),
          `${source} ${text}`,
        ).toEqual([...text.matchAll(a)].map((m) => [m.index, m[0], m.groups]));
    }
  });

  it.each([
    ["a backreference", "(a)\\1"],
    ["a named backreference", "(?<x>a)\\k<x>"],
    ["a control escape", "\\cJ"],
    ["a letter escaped in a class", "[\\B]"],
    ["an unclosed class", "[abc"],
  ])("is refused: %s", (_name, source) => {
    expect(caselessSource(source)).toBeUndefined();
  });

  it("a compiled iu pattern answers as the RegExp on ASCII and other text", () => {
    const source = "(?<![\\p{L}\\p{N}])(?:besides|except for) (?<who>\\p{L}+)";
    const other = "Ngoài ông Ishiba, besides Tô Lâm";
    for (const text of ["Besides Ishiba, who else? EXCEPT FOR Trump", other]) {
      const re = new RegExp(source, "giu");
      const pattern = compilePattern(source, "giu");
      expect([...text.matchAll(pattern)].map((m) => [m.index, m[0], m.groups?.who])).toEqual(
        [...text.matchAll(re)].map((m) => [m.index, m[0], m.groups?.who]),
      );
      expect(pattern.source).toBe(source);
      expect(pattern.flags).toBe("giu");
      expect(String(pattern)).toBe(String(re));
    }
  });
});
