import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadBriefing } from "../../src/briefing/load.js";
import { normalizeQuoteText, quoteOccurs, verifyQuotes } from "../../src/briefing/quotes.js";
import { copyFixture, edit, FIXTURE_DIR, FIXTURE_SOURCES } from "./helpers.js";

const SOURCE = "harbor-daily-2025-03-10.txt";

describe("normalizeQuoteText", () => {
  it("folds curly quotes, primes, dashes, no-break spaces and line breaks", () => {
    expect(normalizeQuoteText("“This line,” the council’s\u00a0view —\n  said")).toBe(
      '"This line," the council\'s view -\nsaid'.replace("\n", " "),
    );
  });

  it("folds full-width forms (NFKC) and drops soft hyphens", () => {
    expect(normalizeQuoteText("ＡＢＣ　４,０００ pas\u00adsengers")).toBe("ABC 4,000 passengers");
  });
});

describe("quoteOccurs", () => {
  const text = normalizeQuoteText("The mayor said: “we will build it”, and then left.");
  it("finds a quote typed with straight quotes and other spacing", () => {
    expect(quoteOccurs('said: "we  will\nbuild it"', text)).toBe(true);
  });
  it("accepts an ellipsis for skipped words, in order only", () => {
    expect(quoteOccurs("The mayor said ... and then stayed", text)).toBe(false);
    expect(quoteOccurs("The mayor said: ... and then left", text)).toBe(true);
    expect(quoteOccurs("and then left … The mayor", text)).toBe(false);
  });
  it("is case- and word-exact", () => {
    expect(quoteOccurs("the Mayor said", text)).toBe(false);
    expect(quoteOccurs("we will built it", text)).toBe(false);
  });
});

describe("verifyQuotes", () => {
  it("verifies the fixture, whose quotes differ from the text in quote marks and spacing", () => {
    // The source has “curly” quotes and a line break inside the cited words; the briefing
    // has straight quotes and a run of spaces.
    const report = verifyQuotes(loadBriefing(FIXTURE_DIR), FIXTURE_SOURCES);
    expect(report).toEqual({ verified: 3, skipped: 0, issues: [], withoutText: [] });
  });

  it("reports a quote that is not in its source at the quote, saying where it stops matching", () => {
    const { dir } = copyFixture();
    edit(
      join(dir, "facts.yaml"),
      "quote: The ferry   service is to start by 1 June 2025",
      "quote: The ferry service is to begin by 1 June 2025",
    );
    const report = verifyQuotes(loadBriefing(dir), FIXTURE_SOURCES);
    expect(report.verified).toBe(2);
    expect(report.issues).toEqual([
      {
        file: join(dir, "facts.yaml"),
        line: 60,
        col: 14,
        message: `fact "ferry-start" citations[0].quote: not found in ${SOURCE} (source "harbor-daily"): the first 5 words match ("The ferry service is to"), then the source reads "start by 1 June 2025, the" where the quote has "begin by 1 June 2025"`,
      },
    ]);
  });

  it("reports a source whose file is missing once, at its file: field", () => {
    const { dir } = copyFixture();
    edit(join(dir, "briefing.yaml"), `file: ${SOURCE}`, "file: gone.txt");
    const report = verifyQuotes(loadBriefing(dir), FIXTURE_SOURCES);
    expect(report.verified).toBe(0);
    expect(report.issues).toEqual([
      {
        file: join(dir, "briefing.yaml"),
        line: 34,
        col: 11,
        message: `source "harbor-daily": its file "gone.txt" is not in ${FIXTURE_SOURCES}`,
      },
    ]);
  });

  it("skips context sources without a file, and asks for a file otherwise", () => {
    const { dir } = copyFixture();
    edit(join(dir, "briefing.yaml"), `    file: ${SOURCE}\n`, "    context: true\n");
    expect(verifyQuotes(loadBriefing(dir), FIXTURE_SOURCES)).toEqual({
      verified: 0,
      skipped: 3,
      issues: [],
      withoutText: [],
    });
    writeFileSync(join(dir, "briefing.yaml"), loadBriefingText(dir).replace("    context: true\n", ""));
    const report = verifyQuotes(loadBriefing(dir), FIXTURE_SOURCES);
    // No text held (public reporting): its quotes are unverified, not wrong.
    expect(report.issues).toEqual([]);
    expect(report.withoutText).toEqual(["harbor-daily"]);
  });
});

function loadBriefingText(dir: string): string {
  return readFileSync(join(dir, "briefing.yaml"), "utf8");
}
