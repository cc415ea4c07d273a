import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { readBriefing } from "../../src/briefing/load.js";
import { briefingStoreOf } from "../../src/briefing/store.js";
import { composeDigest, digestToReply, isQuiet, supersededReplies } from "../../src/digest/compose.js";
import type { DeliveredFact } from "../../src/state/types.js";
import { shippedBriefings } from "../commands/helpers.js";

/** Issue 13 parts 5 and 8: superseded facts, and digests that lead with what changed. */
const briefing = shippedBriefings().find((b) => b.id === "japan-vietnam-2025")!;
const HARBOR = join(import.meta.dirname, "../fixtures/briefings/valid/harbor-2025");
const NOW = new Date("2026-12-06T00:00:00Z");
const REF = { channelId: "C1", messageId: "1700000000.000100" };

function delivered(except: readonly string[] = []): DeliveredFact[] {
  return composeDigest(briefing, { lang: "en", now: NOW })
    .facts.filter((f) => !except.includes(f.factId))
    .map((f) => ({ ...f, message: REF, deliveredAt: new Date("2026-12-01T00:00:00Z") }));
}

describe("superseded facts", () => {
  it("derives the side the curator left out", () => {
    expect(briefing.byId.fact.get("tariff-vietnam-20")?.supersedes).toBe("tariff-vietnam-46");
    expect(briefing.byId.fact.get("tariff-vietnam-46")?.superseded_by).toBe("tariff-vietnam-20");
  });

  it("answers with the latest fact first, then what it replaced, each cited", () => {
    const a = answerQuestion("What is the US tariff rate on Vietnam?", briefingStoreOf([briefing]), {
      now: NOW,
    });
    expect(a.factIds.slice(0, 2)).toEqual(["tariff-vietnam-20", "tariff-vietnam-46"]);
    expect(a.text.indexOf("20%")).toBeLessThan(a.text.indexOf("It replaced"));
    expect(a.text).toContain("In effect from August 7, 2025.");
    expect(a.citations.map((c) => c.sourceId)).toEqual(
      expect.arrayContaining(["vanguard-vietnam-deal", "dailywrap"]),
    );
  });

  it("reports an unknown or self reference, and from on a fact that replaces none", () => {
    const dir = mkdtempSync(join(tmpdir(), "briefbot-supersede-"));
    try {
      cpSync(HARBOR, dir, { recursive: true });
      const file = join(dir, "facts.yaml");
      const text = readFileSync(file, "utf8");
      const firstId = /^- id: (\S+)/m.exec(text)![1]!;
      writeFileSync(
        file,
        text.replace(`- id: ${firstId}\n`, `- id: ${firstId}\n  supersedes: no-such-fact\n`),
      );
      expect(readBriefing(dir).issues.map((i) => i.message)).toEqual([
        expect.stringContaining('supersedes: unknown fact "no-such-fact"'),
      ]);
      writeFileSync(
        file,
        text.replace(
          `- id: ${firstId}\n`,
          `- id: ${firstId}\n  superseded_by: ${firstId}\n  from: 2025-05-01\n`,
        ),
      );
      expect(readBriefing(dir).issues.map((i) => i.message)).toEqual([
        expect.stringContaining("a fact cannot supersede itself"),
        expect.stringContaining('only a fact that supersedes another takes "from"'),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("digests", () => {
  it("report a superseding fact as an update, threaded under the digest that carried the old one", () => {
    const digest = composeDigest(briefing, {
      lang: "en",
      now: NOW,
      delivered: delivered(["tariff-vietnam-20", "tariff-japan-15"]),
    });
    expect(digest.overview).toBe(false);
    expect(digest.superseded.map((s) => [s.item.factId, s.replacedFactId])).toEqual([
      ["tariff-vietnam-20", "tariff-vietnam-46"],
      ["tariff-japan-15", "tariff-japan-24"],
    ]);
    expect(digest.added).toEqual([]);
    const reply = digestToReply(digest);
    expect(reply.sections[0]?.heading).toBe("Update");
    expect(reply.sections[0]?.text).toContain("(in effect from 7 August 2025)");
    // Not the whole briefing again: no topic overview, only the sources of the change.
    expect(digest.topics).toEqual([]);
    expect(digest.sources.map((s) => s.id)).toContain("vanguard-vietnam-deal");
    expect(digest.sources.map((s) => s.id)).not.toContain("kantei");
    const threads = supersededReplies(digest);
    expect(threads.map((t) => t.parent)).toEqual([REF, REF]);
    expect(threads[0]?.reply.text).toContain("Update to the digest of");
  });

  it("with nothing new, is one short line", () => {
    const digest = composeDigest(briefing, { lang: "en", now: NOW, delivered: delivered() });
    expect(isQuiet(digest)).toBe(true);
    const reply = digestToReply(digest);
    expect(reply.sections).toEqual([]);
    expect(reply.text).toMatch(/^Nothing in the briefing has changed/);
    expect(reply.text.length).toBeLessThan(200);
  });

  it("gives the overview with the first digest and on request, capped to eight facts, superseded ones left out", () => {
    for (const digest of [
      composeDigest(briefing, { lang: "en", now: NOW }),
      composeDigest(briefing, { lang: "en", now: NOW, delivered: delivered(), full: true }),
    ]) {
      const shown = digest.topics.flatMap((t) => t.facts.map((f) => f.factId));
      expect(shown.length).toBeGreaterThanOrEqual(5);
      expect(shown.length).toBeLessThanOrEqual(8);
      expect(shown).not.toContain("tariff-vietnam-46");
      expect(digestToReply(digest).footer).toContain("Ask /brief topic NAME for more.");
    }
  });
});
