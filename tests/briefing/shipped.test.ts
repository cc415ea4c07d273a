import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatIssueFor } from "../../src/briefing/env.js";
import { readBriefingsAt } from "../../src/briefing/load.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { verifyQuotes } from "../../src/briefing/quotes.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
/**
 * Each briefing's source texts live beside the repository in development (never in it);
 * absent elsewhere (and in npm ci), where that briefing's quote check is skipped.
 */
const SOURCE_DIRS: Record<string, string> = {
  "japan-vietnam-2025": join(REPO, "../shared/sources"),
  "us-uk-2025": join(REPO, "../usuk-sources"),
};

describe("the shipped briefing", () => {
  const reading = readBriefingsAt(DEFAULT_BRIEFINGS_DIR);

  it("loads without problems", () => {
    expect(reading.issues.map((i) => formatIssueFor(i))).toEqual([]);
    expect(reading.briefings.map((b) => b.id)).toContain("japan-vietnam-2025");
  });

  it("ships the U.S.–UK briefing beside the first", () => {
    expect(reading.briefings.map((b) => b.id)).toContain("us-uk-2025");
  });

  for (const [id, dir] of Object.entries(SOURCE_DIRS)) {
    it.skipIf(!existsSync(dir))(`${id} has every quote in its source text (${dir})`, () => {
      const briefing = reading.briefings.find((b) => b.id === id);
      expect(briefing).toBeDefined();
      const report = verifyQuotes(briefing!, dir);
      expect(report.issues.map((i) => formatIssueFor(i))).toEqual([]);
      expect(report.verified).toBeGreaterThan(0);
    });
  }
});
