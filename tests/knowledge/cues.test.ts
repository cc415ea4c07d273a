import { describe, expect, it } from "vitest";
import { CueText, cueExec, cueFind, cueFindAll, cueIn } from "../../src/answer/cue.js";
import { detectWants, numberKind } from "../../src/answer/question-intent.js";
import { compileCue } from "../../src/knowledge/packs.js";
import { type CueData, cueSource } from "../../src/knowledge/schema.js";
import { cleanPackFolders, packProblems } from "./pack-problems.js";

cleanPackFolders();
const problems = packProblems;

describe("cues: word lists read as whole words", () => {
  const cases: [string, CueData, string, string | undefined][] = [
    ["a word is whole", { words: ["who"] }, "the whole deal", undefined],
    ["a word is found", { words: ["who"] }, "Who met him", "who"],
    ["a phrase", { words: ["how many"] }, "So how many came?", "how many"],
    ["a trailing * takes any ending", { words: ["conclud*"] }, "did they conclude it", "conclude"],
    ["no edge where the word has no Latin edge", { words: ["いつ"] }, "会談はいつでしたか", "いつ"],
    ["a sign is found anywhere", { words: ["%"] }, "what 46%", "%"],
    ["starts: only at the start", { starts: ["is"] }, "what is it", undefined],
    ["starts", { starts: ["is", "did"] }, "Did they sign?", "did"],
    ["ends: at the end, a question mark after", { ends: ["ますか"] }, "来ますか？", "ますか?"],
    ["ends: not before the end", { ends: ["khong"] }, "khong phai", undefined],
    ["patterns", { patterns: ["\\bwhere(?! does)\\b"] }, "where does it rank", undefined],
    ["the leftmost alternative", { words: ["latest", "now"] }, "now the latest", "now"],
    ["folded: diacritics ignored", { words: ["bao nhieu"] }, "Bao nhiêu người?", "bao nhieu"],
    ["exact: diacritics kept", { form: "exact", words: ["đó là"] }, "do la", undefined],
    ["written: case kept", { form: "written", patterns: ["^Ai(?= )"] }, "AI là gì", undefined],
    ["an empty cue finds nothing", {}, "anything", undefined],
  ];
  it.each(cases)("%s", (_name, data, text, found) => {
    expect(cueFind(compileCue(data), text)).toBe(found);
    expect(cueIn(compileCue(data), text)).toBe(found !== undefined);
  });
});

describe("cues of words only: a text holding none of their words is read without the expression", () => {
  // Each case: the cue, texts; the cue must answer every way as its expression does.
  const cases: [string, CueData, string[]][] = [
    [
      "whole words",
      { words: ["who", "how many", "per"] },
      ["Who met him", "the whole deal", "how manyfold", "50 per cent", "the paper", "Japan's superb"],
    ],
    ["a trailing *", { words: ["conclud*"] }, ["did they conclude it", "inconclusive", "conclud"]],
    ["signs and no Latin edge", { words: ["%", "いつ"] }, ["what 46%", "会談はいつでしたか", "when"]],
    ["starts", { starts: ["is", "did"] }, ["Did they sign?", "what is it", "island", "is it"]],
    ["ends", { ends: ["ますか", "khong"] }, ["来ますか？", "khong phai", "co khong?", "khongs"]],
    ["folded, unmarked", { words: ["bao nhiêu", "mấy"] }, ["Bao nhiêu người?", "bao nhieu", "may nguoi"]],
    ["exact", { form: "exact", words: ["đó là"] }, ["do la", "đó là gì", "ĐÓ LÀ"]],
    [
      "words and patterns: never skipped",
      { words: ["who"], patterns: ["\\bwhere\\b"] },
      ["where is it", "xyz"],
    ],
    ["an empty cue", {}, ["anything", ""]],
  ];
  it.each(cases)("%s", (_name, data, texts) => {
    for (const text of texts) {
      const cue = compileCue(data)!;
      const written = cue.re;
      const re = new RegExp(written.source, written.flags);
      const form = new CueText(text).form(cue.form);
      expect(cueIn(compileCue(data), text), text).toBe(re.test(form));
      expect(cueExec(compileCue(data), text)?.[0], text).toBe(re.exec(form)?.[0]);
      expect(cueFindAll(compileCue(data), text), text).toEqual(cueFindAll({ re, form: cue.form }, text));
    }
  });

  it("does not make the expression of a cue none of whose words is in the text", () => {
    const cue = compileCue({ words: ["which outlet", "what paper"] })!;
    expect(cueIn(cue, "How many Vietnamese live in Japan?")).toBe(false);
    expect(Object.getOwnPropertyDescriptor(cue, "re")?.get).toBeDefined();
    expect(cueIn(cue, "Which outlet said so?")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(cue, "re")?.get).toBeUndefined();
  });
});

describe("a cue's words in runs of the same edges match as the words one by one", () => {
  // The source before runs were grouped: each entry its own alternative.
  const oneByOne = (words: readonly string[]) =>
    words
      .map((word) => {
        const any = word.endsWith("*");
        const bare = any ? word.slice(0, -1) : word;
        const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const edge = (c: string | undefined) => (c !== undefined && /\w/.test(c) ? "\\b" : "");
        return `${edge(bare[0])}${escaped}${any ? "\\w*" : edge(bare[bare.length - 1])}`;
      })
      .join("|");
  const words = [
    "how many",
    "how much",
    "how",
    "much*",
    "%",
    "per cent",
    "いつ",
    "ngày nào",
    "how m",
    "-ish",
    "'s",
    "muchness",
  ];
  const texts = [
    "How many came? how much, 46% per cent",
    "so how muchness is it",
    "会談はいつ？ vào ngày nào",
    "how m and howm",
    "a 90-ish figure, Japan's",
    "muchly",
    "",
  ];
  it.each(texts)("%j", (text) => {
    const grouped = new RegExp(cueSource({ words }), "gu");
    const plain = new RegExp(oneByOne(words), "gu");
    expect([...text.toLowerCase().matchAll(grouped)].map((m) => [m.index, m[0]])).toEqual(
      [...text.toLowerCase().matchAll(plain)].map((m) => [m.index, m[0]]),
    );
  });
});

describe("question frames are the packs' data, read the same way in every language", () => {
  const cases: [string, "en" | "ja" | "vi", string[]][] = [
    ["How many PhD students will Japan accept?", "en", ["number"]],
    ["When did Ishiba visit Hanoi?", "en", ["date"]],
    ["Who did Ishiba meet?", "en", ["person"]],
    ["Which official visit came first?", "en", ["description"]],
    ["Where does the US rank among Vietnam's partners?", "en", ["description"]],
    ["Did Japan sign a defence deal?", "en", ["yesno"]],
    ["石破首相はいつハノイを訪問しましたか？", "ja", ["date"]],
    ["日本は防衛協定に署名しましたか？", "ja", ["yesno"]],
    ["ベトナムの人口の数日前の発表", "ja", ["description"]],
    ["Ai đã gặp ông Ishiba?", "vi", ["person"]],
    ["AI có vai trò gì", "vi", ["description"]],
    ["Nhật có ký thỏa thuận không?", "vi", ["yesno"]],
    ["Thuế bao nhiêu phần trăm?", "vi", ["number"]],
    // A count of years, days or months asks a duration (a number), not a date.
    ["何年間免除されますか？", "ja", ["number"]],
    ["何日間滞在しましたか？", "ja", ["number"]],
    ["何週間続きましたか？", "ja", ["number"]],
    ["何か月かかりますか？", "ja", ["number"]],
    ["何ヶ月かかりますか？", "ja", ["number"]],
    ["協定は何年に署名されましたか？", "ja", ["date"]],
    ["何日に会談しましたか？", "ja", ["date"]],
    ["Được miễn mấy năm?", "vi", ["number"]],
    ["Được miễn bao nhiêu năm?", "vi", ["number"]],
    ["Ký vào năm nào?", "vi", ["date"]],
  ];
  it.each(cases)("%s", (question, lang, wants) => expect(detectWants(question, lang)).toEqual(wants));

  const kinds: [string, "en" | "ja" | "vi", string][] = [
    ["How often do they meet?", "en", "frequency"],
    ["How many days was the pause?", "en", "duration"],
    ["What tariff rate applies?", "en", "percent"],
    ["How much will Japan invest?", "en", "money"],
    ["関税は何パーセントですか", "ja", "percent"],
    ["何人受け入れますか", "ja", "count"],
    ["đó là bao nhiêu", "vi", "any"],
    ["bao nhieu do la", "vi", "money"],
    ["何年間免除されますか", "ja", "duration"],
    ["何ヶ月かかりますか", "ja", "duration"],
    ["Được miễn mấy năm?", "vi", "duration"],
    ["Được miễn bao nhiêu năm?", "vi", "duration"],
  ];
  it.each(kinds)("number kind of %s", (question, lang, kind) =>
    expect(numberKind(question, lang)).toBe(kind),
  );
});

describe("frames, time, names and writing files are validated with file:line", () => {
  it("a cue whose pattern does not compile", () => {
    const out = problems({ "frames.yaml": "asks:\n  - kind: date\n    patterns: ['(unclosed']\n" });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^frames\.yaml:2:\d+: asks\[0\]: expected cues that compile/);
  });
  it("an unknown kind of question and an unknown cue", () => {
    expect(problems({ "frames.yaml": "asks:\n  - kind: colour\n    words: [what colour]\n" })[0]).toMatch(
      /^frames\.yaml:2:11: asks\[0\]\.kind: "colour" is not one of/,
    );
    expect(problems({ "time.yaml": "present: {words: [now]}\nnever: {words: [x]}\n" })[0]).toMatch(
      /^time\.yaml:2:1: top level: unknown field "never"/,
    );
  });
  it("a rewrite that does not compile, and writing of the wrong type", () => {
    expect(problems({ "names.yaml": "rewrites:\n  - {source: '(x', to: y}\n" })[0]).toMatch(
      /^names\.yaml:2:\d+: rewrites\.0\.source: expected a regular expression/,
    );
    expect(problems({ "writing.yaml": "sentenceCase: maybe\n" })[0]).toMatch(
      /^writing\.yaml:1:15: sentenceCase: /,
    );
  });
});
