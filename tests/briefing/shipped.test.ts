import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatIssueFor } from "../../src/briefing/env.js";
import { readBriefingsAt } from "../../src/briefing/load.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { verifyQuotes } from "../../src/briefing/quotes.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
/** The source texts live beside the repository in development; absent elsewhere (and in npm ci). */
const SHARED_SOURCES = join(REPO, "../shared/sources");

describe("the shipped briefing", () => {
  const reading = readBriefingsAt(DEFAULT_BRIEFINGS_DIR);

  it("loads without problems", () => {
    expect(reading.issues.map((i) => formatIssueFor(i))).toEqual([]);
    expect(reading.briefings.map((b) => b.id)).toContain("japan-vietnam-2025");
  });

  it.skipIf(!existsSync(SHARED_SOURCES))("has every quote in its source text (../shared/sources)", () => {
    for (const briefing of reading.briefings) {
      const report = verifyQuotes(briefing, SHARED_SOURCES);
      expect(report.issues.map((i) => formatIssueFor(i))).toEqual([]);
      expect(report.verified).toBeGreaterThan(0);
    }
  });
});
