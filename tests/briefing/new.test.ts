import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { readBriefing } from "../../src/briefing/load.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import { run as newBriefing } from "../../src/cli/new.js";

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function quietly(run: () => Promise<number>): Promise<number> {
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    return await run();
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

describe("briefbot new", () => {
  it.each([[[]], [["--lang", "en,ja"]]])(
    "writes a briefing that check passes (no error, no lint warning) and ask answers %j",
    async (extra) => {
      const root = mkdtempSync(join(tmpdir(), "briefbot-new-"));
      temps.push(root);
      expect(await quietly(() => newBriefing(["city-2025", "--dir", root, ...extra]))).toBe(0);
      const reading = readBriefing(join(root, "city-2025"), { lint: true });
      expect(reading.issues).toEqual([]);
      // The quote is unverified until the source's text is added: a note of check, not a warning.
      expect(reading.warnings.map((w) => w.message)).toEqual([]);
      const store = createBriefingStore(root);
      const answer = answerQuestion("When did Example City open its new library?", store);
      expect(answer.answered).toBe(true);
      expect(answer.factIds).toEqual(["library-opened"]);
      expect(answer.text).toContain("2025");
      expect(answer.citations[0]?.publisher).toBe("Example News");
      const ja = answerQuestion("エグザンプル市の新しい図書館はいつ開館しましたか？", store);
      expect(ja.factIds).toEqual(["library-opened"]);
    },
  );

  it("refuses a bad id, an unknown language and an existing folder", async () => {
    const root = mkdtempSync(join(tmpdir(), "briefbot-new-"));
    temps.push(root);
    expect(await quietly(() => newBriefing(["Bad_Id", "--dir", root]))).toBe(2);
    expect(await quietly(() => newBriefing(["ok", "--dir", root, "--lang", "en,fr"]))).toBe(2);
    expect(await quietly(() => newBriefing(["ok", "--dir", root]))).toBe(0);
    expect(await quietly(() => newBriefing(["ok", "--dir", root]))).toBe(1);
  });
});
