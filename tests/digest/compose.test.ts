import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeDigest, correctionReplies, type Digest, digestToReply } from "../../src/digest/compose.js";
import type { DeliveredFact } from "../../src/state/types.js";
import { FACTS, makeBriefing, withEditedStatement } from "./fixture.js";

const NOW = new Date("2025-06-27T03:00:00Z"); // 12 days before the tariff pause ends
const LATER = new Date("2026-11-28T09:00:00Z"); // long after
const REF = { channelId: "C1", messageId: "1700000000.000100" };

function deliveredFrom(digest: Digest, at: Date): DeliveredFact[] {
  return digest.facts.map((f) => ({ ...f, message: REF, deliveredAt: at }));
}

function allText(digest: Digest): string {
  const r = digestToReply(digest);
  return [r.title, r.text, ...r.sections.flatMap((s) => [s.heading ?? "", s.text]), r.footer ?? ""].join(
    "\n",
  );
}

describe("composeDigest: first digest", () => {
  const briefing = makeBriefing();
  const digest = composeDigest(briefing, { lang: "en", now: NOW });

  it("says it is the first, with the summary, and covers every fact", () => {
    expect(digest.first).toBe(true);
    expect(digest.added).toEqual([]);
    expect(digest.facts.map((f) => f.factId)).toEqual(FACTS.map((f) => f.id));
    const r = digestToReply(digest);
    expect(r.kind).toBe("digest");
    expect(r.ephemeral).toBe(false);
    expect(r.title).toBe("Digest: Japan–Vietnam summit");
    expect(r.text).toContain("First digest for this channel");
    expect(r.text).toContain("Summit summary.");
    expect(r.footer).toContain("Sources as of 28 April 2025");
  });

  it("lists key facts first in each topic", () => {
    const trade = digest.topics.find((t) => t.topicId === "trade");
    expect(trade?.facts[0]?.factId).toBe("tariff-vietnam");
    const chips = digest.topics.find((t) => t.topicId === "chips");
    expect(chips?.facts.map((f) => f.factId)).toEqual(["phd-training", "chip-rnd"]);
  });

  it("marks plans and threatened rates as reported on their sources' date", () => {
    const trade = digestToReply(digest).sections.find((s) => s.heading === "Trade and tariffs");
    expect(trade?.text).toContain(
      "• The United States threatened a 46% tariff on Vietnamese goods. (as reported on 28 April 2025)",
    );
    const chips = digestToReply(digest).sections.find((s) => s.heading === "Semiconductors");
    expect(chips?.text).not.toContain("as reported");
  });

  it("counts down to events ahead of now", () => {
    const text = allText(digest);
    expect(text).toContain(
      "9 July 2025: The 90-day pause on the higher U.S. tariffs was due to end on 9 July 2025. (in 12 days)",
    );
    expect(text).toContain("(in 54 days)"); // 20 August
    // Facts dated on the as-of day are reported news, not events.
    expect(digest.events.map((e) => e.factId)).toEqual(["tariff-pause-end", "expo-visit"]);
  });

  it("says events behind now passed, never that they are upcoming", () => {
    const later = composeDigest(briefing, { lang: "en", now: LATER });
    const text = allText(later);
    expect(text).toContain("(passed on 9 July 2025)");
    expect(text).toContain("(passed on 20 August 2025)");
    expect(text).not.toMatch(/in \d+ days/);
    // The most recent passed event comes first.
    expect(later.events.map((e) => e.factId)).toEqual(["expo-visit", "tariff-pause-end"]);
  });

  it("counts days from the channel's own date", () => {
    // 2025-07-08T20:00Z is already 9 July in Tokyo but still 8 July in New York.
    const at = new Date("2025-07-08T20:00:00Z");
    const tokyo = composeDigest(briefing, { lang: "en", now: at, timezone: "Asia/Tokyo" });
    const ny = composeDigest(briefing, { lang: "en", now: at, timezone: "America/New_York" });
    expect(tokyo.events[0]).toMatchObject({ factId: "tariff-pause-end", days: 0 });
    expect(ny.events[0]).toMatchObject({ factId: "tariff-pause-end", days: 1 });
    expect(allText(tokyo)).toContain("(today)");
    expect(allText(ny)).toContain("(tomorrow)");
  });

  it("lists the sources with publisher, title, date and link", () => {
    expect(allText(digest)).toContain(
      "• VnExpress International: Japan to help Vietnam train 250 PhD students (28 April 2025) https://e.vnexpress.net/news/example",
    );
  });
});

describe("composeDigest: changes since the channel's last digest", () => {
  const first = composeDigest(makeBriefing(), { lang: "en", now: NOW });
  const delivered = deliveredFrom(first, new Date("2025-06-20T00:00:00Z"));

  it("reports nothing changed when the briefing is the same", () => {
    const again = composeDigest(makeBriefing(), { lang: "en", now: NOW, delivered });
    expect(again.first).toBe(false);
    expect([again.added, again.updated, again.corrections]).toEqual([[], [], []]);
    expect(digestToReply(again).text).toBe(
      "Nothing in the briefing has changed since this channel's last digest (20 June 2025).",
    );
  });

  it("reports added facts and edits that keep the statement", () => {
    const seeds = [
      ...FACTS.map((f) => (f.id === "chip-rnd" ? { ...f, date: "2025-04-27" } : f)),
      {
        id: "energy-fund",
        topics: ["trade"],
        statement: {
          en: "Japan pledged $20 billion for clean energy.",
          ja: "日本は200億ドルを表明。",
          vi: "Nhật cam kết 20 tỷ USD.",
        },
      },
    ];
    const next = composeDigest(makeBriefing(seeds), { lang: "en", now: NOW, delivered });
    expect(next.added.map((a) => a.factId)).toEqual(["energy-fund"]);
    expect(next.updated.map((a) => a.factId)).toEqual(["chip-rnd"]);
    expect(next.corrections).toEqual([]);
    const r = digestToReply(next);
    expect(r.text).toBe("What changed since this channel's last digest (20 June 2025):");
    const changed = r.sections.find((s) => s.heading === "What changed");
    expect(changed?.text).toBe(
      "• New: Japan pledged $20 billion for clean energy.\n• Updated: The two countries agreed to cooperate on chip research.",
    );
  });

  it("says 'Correction:' with the old and new statement when a received statement changed", () => {
    const edited = withEditedStatement("phd-training", {
      en: "Japan will help train about 200 Vietnamese PhD students in semiconductors.",
      ja: "日本はベトナムの博士課程学生約200人の育成を支援する。",
      vi: "Nhật Bản sẽ giúp đào tạo khoảng 200 nghiên cứu sinh tiến sĩ Việt Nam.",
    });
    const next = composeDigest(edited, { lang: "en", now: NOW, delivered });
    expect(next.corrections).toEqual([
      {
        factId: "phd-training",
        oldStatement: "Japan will help train about 250 Vietnamese PhD students in semiconductors.",
        newStatement: "Japan will help train about 200 Vietnamese PhD students in semiconductors.",
        message: REF,
        oldDeliveredAt: new Date("2025-06-20T00:00:00Z"),
      },
    ]);
    const section = digestToReply(next).sections[0];
    expect(section?.heading).toBe("Correction");
    expect(section?.text).toBe(
      'Correction: earlier we said "Japan will help train about 250 Vietnamese PhD students in semiconductors." Corrected: "Japan will help train about 200 Vietnamese PhD students in semiconductors."',
    );
    // And one reply for the thread of the digest that carried the old version.
    const threads = correctionReplies(next);
    expect(threads).toHaveLength(1);
    expect(threads[0]?.parent).toEqual(REF);
    expect(threads[0]?.reply.text).toContain("Correction to the digest of 20 June 2025");
    expect(threads[0]?.reply.text).toContain("about 250");
    expect(threads[0]?.reply.text).toContain("about 200");
  });

  it("skips the thread reply when the old digest message is unknown", () => {
    const edited = withEditedStatement("chip-rnd", { en: "Changed.", ja: "変更。", vi: "Đã đổi." });
    const next = composeDigest(edited, {
      lang: "en",
      now: NOW,
      delivered: delivered.map((d) => ({ ...d, message: null })),
    });
    expect(next.corrections).toHaveLength(1);
    expect(correctionReplies(next)).toEqual([]);
  });
});

describe("composeDigest: languages", () => {
  const briefing = makeBriefing();
  it("writes Japanese UI strings and statements", () => {
    const text = allText(composeDigest(briefing, { lang: "ja", now: NOW }));
    expect(text).toContain("ダイジェスト：日越首脳会談");
    expect(text).toContain("日本はベトナムの博士課程学生約250人");
    expect(text).toContain("2025年7月9日");
    expect(text).toContain("あと12日");
    expect(text).toContain("情報源");
    const later = allText(composeDigest(briefing, { lang: "ja", now: LATER }));
    expect(later).toContain("2025年7月9日に経過");
  });

  it("writes Vietnamese UI strings and statements", () => {
    const text = allText(composeDigest(briefing, { lang: "vi", now: NOW }));
    expect(text).toContain("Bản tin: Hội đàm Nhật – Việt");
    expect(text).toContain("Nhật Bản sẽ giúp đào tạo khoảng 250");
    expect(text).toContain("còn 12 ngày");
    const later = allText(composeDigest(briefing, { lang: "vi", now: LATER }));
    expect(later).toContain("đã qua vào 9 tháng 7, 2025");
  });

  it("records the statements in the channel's language for later corrections", () => {
    const d = composeDigest(briefing, { lang: "vi", now: NOW });
    expect(d.facts.find((f) => f.factId === "tariff-vietnam")?.statement).toBe(
      "Mỹ đe dọa áp thuế 46% đối với hàng hóa Việt Nam.",
    );
  });
});

describe("digestToReply stays modest", () => {
  it("keeps at most 25 sections of under 1,500 characters for any briefing size", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 2000 }),
        (topicCount, corrected, statementLength) => {
          const base = makeBriefing();
          const topics = Array.from({ length: topicCount }, (_, i) => ({
            id: `t${i}`,
            name: { en: `Topic ${i}`, ja: `話題${i}`, vi: `Chủ đề ${i}` },
            keywords: [],
          }));
          const facts = Array.from({ length: topicCount * 5 + corrected }, (_, i) => ({
            ...base.facts[0]!,
            id: `f${i}`,
            topics: [`t${i % Math.max(1, topicCount)}`],
            hash: `h${i}`,
            statement: { en: "x".repeat(statementLength), ja: "あ", vi: "a" },
          }));
          const briefing = { ...base, topics: [...base.topics, ...topics], facts: [...base.facts, ...facts] };
          const delivered: DeliveredFact[] = facts.slice(0, corrected).map((f) => ({
            factId: f.id,
            hash: "old",
            statement: "y".repeat(statementLength),
            message: REF,
            deliveredAt: NOW,
          }));
          const r = digestToReply(composeDigest(briefing, { lang: "en", now: NOW, delivered }));
          expect(r.sections.length).toBeLessThanOrEqual(25);
          for (const s of r.sections) expect(s.text.length).toBeLessThan(1500);
          expect(r.text.length).toBeLessThanOrEqual(3000);
        },
      ),
      { numRuns: 60 },
    );
  }, 90_000);
});
