import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allPacks, languagePack } from "../../src/knowledge/packs.js";
import { readWorld } from "../../src/knowledge/read.js";
import { worldKnowledge } from "../../src/knowledge/world.js";
import { cleanPackFolders, packProblems, tempFolder } from "./pack-problems.js";

cleanPackFolders();
const problems = packProblems;

describe("language packs", () => {
  it("the shipped packs and world file load", () => {
    expect(allPacks().map((p) => p.lang)).toEqual(["en", "ja", "vi"]);
    expect(languagePack("en").stop.has("the")).toBe(true);
    expect(languagePack("ja").stop.has("です")).toBe(true);
    expect(worldKnowledge().entities.find((e) => e.id === "thailand")?.names.ja).toContain("タイ");
    expect(worldKnowledge().offices.map((o) => o.id)).toContain("defence-minister");
  });

  it("asks units only of the families the facts' units are read in", () => {
    const families = Object.keys(languagePack("en").unitFamilies);
    expect(families).toEqual(expect.arrayContaining(["people", "mass", "volume", "vehicles"]));
    for (const pack of allPacks())
      for (const { family } of pack.unitsAsked) expect(families).toContain(family);
  });

  it("reads a Latin word no Vietnamese syllable could be as a word of its own", () => {
    const syllable = languagePack("vi").syllable!;
    for (const w of ["thue", "nghieng", "khuyen", "nhan", "cong", "xuat", "my", "anh"])
      expect(syllable.test(w)).toBe(true);
    for (const w of ["ethanol", "wilton", "ensus", "tariff"]) expect(syllable.test(w)).toBe(false);
  });

  it("reports a misspelt field with file, line and a suggestion", () => {
    expect(problems({ "stopwords.yaml": "# header\nstop: [a, b]\nquestionStops: [c]\n" })).toEqual([
      'stopwords.yaml:3:1: top level: unknown field "questionStops" (did you mean "questionStop"?)',
    ]);
  });

  it("reports a pattern that does not compile, at its line", () => {
    const out = problems({ "weekdays.yaml": "weekday:\n  source: '(unclosed'\n" });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^weekdays\.yaml:2:\d+: weekday\.source: expected a regular expression/);
  });

  it("reports a value of the wrong type and an unknown file", () => {
    expect(problems({ "events.yaml": "eventWords: sign\n" })).toEqual([
      'events.yaml:1:13: eventWords: expected a list, got "sign"',
    ]);
    expect(problems({ "stopword.yaml": "stop: [a]\n" })[0]).toMatch(
      /^stopword\.yaml:1:1: unknown pack file "stopword\.yaml": expected one of stopwords\.yaml/,
    );
  });

  it("reports a rewrite without its words and a rewrite that does not compile, at their lines", () => {
    expect(problems({ "rewrites.yaml": "phrases:\n  - {source: '\\bsit down\\b', to: meet}\n" })).toEqual([
      "rewrites.yaml:2:5: phrases[0].words: missing required field (expected a list)",
    ]);
    const out = problems({ "rewrites.yaml": "phrases:\n  - {source: '(sit', to: meet, words: [sit]}\n" });
    expect(out[0]).toMatch(/^rewrites\.yaml:2:\d+: phrases\.0\.source: expected a regular expression/);
  });

  it("reports a trigger word the index tokenizer could not see (two words, marks)", () => {
    const out = problems({
      "rewrites.yaml": "percent:\n  - {source: phan tram, words: [phan tram, trăm]}\n",
    });
    const expected =
      "expected one folded Latin word (a-z; tram*: a word's start) or a word of another script";
    expect(out).toEqual([
      `rewrites.yaml:2:33: percent[0].words[0]: ${expected}, got "phan tram"`,
      `rewrites.yaml:2:44: percent[0].words[1]: ${expected}, got "trăm"`,
    ]);
  });

  it("reports a number word without a number", () => {
    expect(problems({ "numbers.yaml": "scales: {thousand: lots}\n" })[0]).toMatch(
      /^numbers\.yaml:1:\d+: scales\.thousand: expected a number/,
    );
  });

  it("reports a role cue naming a list that is not there, at its line", () => {
    const text =
      "lists:\n  verbs: [send]\ncues:\n  - {role: agent, after: [verb]}\n  - {role: boss, after: [[x]]}\n";
    const out = problems({ "roles.yaml": text });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^roles\.yaml:5:\d+: cues\[1\]\.role: "boss" is not one of/);
    const valid = problems({ "roles.yaml": text.replace("boss", "origin") });
    expect(valid).toEqual(['roles.yaml:4:27: cues[0].after[0]: "verb" is not a list (lists: verbs)']);
  });

  it("reports a reading matcher read on an unknown form and a rewrite that does not compile", () => {
    const out = problems({
      "reading.yaml": "meeting: {words: [meet], on: spoken}\nresidual:\n  - {source: '(how', with: ' '}\n",
    });
    expect(out[0]).toMatch(/^reading\.yaml:1:\d+: meeting/);
    const bad = problems({ "reading.yaml": "residual:\n  - {source: '(how', with: ' '}\n" });
    expect(bad[0]).toMatch(/^reading\.yaml:2:\d+: residual\.0\.source: expected a regular expression/);
  });

  it("validates the world file", () => {
    const file = join(tempFolder("briefbot-world-"), "world.yaml");
    writeFileSync(file, "entities:\n  - id: atlantis\n    kind: continent\n    names: {en: [Atlantis]}\n");
    expect(() => readWorld(file)).toThrow(/world\.yaml:3:11: entities\[0\]\.kind: "continent" is not one of/);
  });
});
