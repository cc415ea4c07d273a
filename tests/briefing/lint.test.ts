import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDate } from "../../src/answer/messages.js";
import { readBriefing } from "../../src/briefing/load.js";
import { run as check } from "../../src/cli/check.js";
import { copyFixture, edit, FIXTURE_SOURCES } from "./helpers.js";

/** The fixture with `edits` applied to briefing.yaml and facts.yaml, linted: its warnings' messages. */
function lint(edits: [file: string, from: string, to: string][]): string[] {
  const { dir } = copyFixture();
  for (const [file, from, to] of edits) edit(join(dir, file), from, to);
  const reading = readBriefing(dir, { sourcesOverride: FIXTURE_SOURCES, lint: true });
  expect(reading.issues).toEqual([]);
  return reading.warnings.map((w) => `${w.line}:${w.col}: ${w.message}`);
}

describe("check as a linter", () => {
  it("the fixture has no warnings", () => {
    expect(lint([])).toEqual([]);
  });

  it("warns for an alias found in every Japanese date (日)", () => {
    const warnings = lint([["briefing.yaml", "ja: [ポートベール]", "ja: [ポートベール, 日]"]]);
    // 日 is a country kanji the engine knows (日越), so not "too short"; but it is in every date.
    expect(warnings).toEqual([
      expect.stringMatching(
        /^40:20: entities\[0\]\.names\.ja\[1\]: alias "日" \(portvale\) is found in the date "2025年1月1日" \(and \d+ more dates or numbers\)/,
      ),
    ]);
  });

  it("spares short names the engine reads only in capitals, but not two lower-case letters", () => {
    expect(lint([["briefing.yaml", "en: [Portvale]", "en: [Portvale, PV, Pv]"]])).toEqual([]);
    expect(lint([["briefing.yaml", "en: [Portvale]", "en: [Portvale, pv]"]])).toEqual([
      expect.stringMatching(/alias "pv" \(portvale\) is two characters long/),
    ]);
  });

  it("warns for one name under two entities", () => {
    expect(
      lint([["briefing.yaml", "en: [Ana Lind, Mayor Lind]", "en: [Ana Lind, Mayor Lind, Portvale]"]]),
    ).toEqual([
      expect.stringMatching(
        /^39:12: entities\[0\]\.names\.en\[0\]: alias "Portvale" \(portvale\) is read inside "Portvale", a name of ana-lind/,
      ),
      expect.stringMatching(
        /^45:34: entities\[1\]\.names\.en\[2\]: "Portvale" is a name of two entities, portvale \(entities\[0\]\.names\.en\[0\], line 39\) and ana-lind/,
      ),
    ]);
  });

  it("warns for an alias the engine reads inside another entity's name (the Philippines / the Philippine president)", () => {
    const warnings = lint([
      ["briefing.yaml", "en: [Portvale]", "en: [Portvale, the Portvales]"],
      ["briefing.yaml", "en: [Ana Lind, Mayor Lind]", "en: [Ana Lind, Mayor Lind, Portvale mayor]"],
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /alias "the Portvales" \(portvale\) is read inside "the Portvale mayor", a name of ana-lind \(entities\[1\]\.names\.en\[2\]\), which the engine then misses/,
      ),
    ]);
  });

  it("warns for a name in a statement whose entity the fact does not list", () => {
    const warnings = lint([
      [
        "facts.yaml",
        "    - entity: portvale\n      role: agent\n",
        "    - entity: ana-lind\n      role: agent\n",
      ],
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^4:9: facts\[0\]\.statement\.en: "Portvale" names portvale .*which the fact does not list/,
      ),
      expect.stringMatching(/^5:9: facts\[0\]\.statement\.ja: "ポートベール" names portvale/),
      expect.stringMatching(/^6:9: facts\[0\]\.statement\.vi: "Portvale" names portvale/),
    ]);
  });

  it("--strict turns warnings into a failure; without it they are printed and check passes", async () => {
    const { dir } = copyFixture();
    edit(join(dir, "briefing.yaml"), "en: [Portvale]", "en: [Portvale, pv]");
    const out: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    const writeOut = process.stdout.write.bind(process.stdout);
    process.stderr.write = ((s: string) => out.push(s) > 0) as typeof process.stderr.write;
    process.stdout.write = ((s: string) => out.push(s) > 0) as typeof process.stdout.write;
    try {
      expect(await check([dir, "--sources", FIXTURE_SOURCES])).toBe(0);
      expect(out.join("")).toMatch(
        /briefing\.yaml:39:22: warning: entities\[0\]\.names\.en\[1\]: alias "pv"/,
      );
      out.length = 0;
      expect(await check([dir, "--sources", FIXTURE_SOURCES, "--strict"])).toBe(1);
      expect(out.join("")).toContain("briefbot check: 0 problems, 1 warning in");
    } finally {
      process.stderr.write = write;
      process.stdout.write = writeOut;
    }
  });
});

describe("dates of month or year precision", () => {
  it("are accepted for fact dates and source dates, and said as precisely as they are", () => {
    const { dir } = copyFixture();
    edit(join(dir, "facts.yaml"), "  date: 2025-03-10", "  date: 2025-07");
    edit(
      join(dir, "briefing.yaml"),
      "    published: 2025-03-10",
      "    published: 2025\n    publishedInferred: true",
    );
    const reading = readBriefing(dir);
    expect(reading.issues).toEqual([]);
    expect(reading.briefing?.byId.fact.get("ferry-approved")?.date).toBe("2025-07");
    expect(reading.briefing?.sources[0]?.published).toBe("2025");
    expect(reading.briefing?.sources[0]?.publishedInferred).toBe(true);
    expect(["en", "ja", "vi"].map((l) => formatDate("2024-07", l as "en"))).toEqual([
      "July 2024",
      "2024年7月",
      "tháng 7/2024",
    ]);
    expect(formatDate("2024", "en")).toBe("2024");
  });

  it("refuse a month that does not exist", () => {
    const { dir } = copyFixture();
    edit(join(dir, "facts.yaml"), "  date: 2025-03-10", "  date: 2025-13");
    expect(readBriefing(dir).issues.map((i) => i.message)).toEqual([
      'facts[0].date: "2025-13" is not a real calendar date',
    ]);
  });
});

describe("did you mean, for unknown ids", () => {
  it("suggests the id a part was taken from", () => {
    const { dir } = copyFixture();
    edit(join(dir, "facts.yaml"), "    - entity: ana-lind\n", "    - entity: lind\n");
    expect(readBriefing(dir).issues.map((i) => i.message)).toEqual([
      'facts[1].entities[0].entity: unknown entity "lind" (did you mean "ana-lind"?); define it under entities: in briefing.yaml',
    ]);
  });
});
