import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * Statements the sources' openings make, held by the us-uk briefing: the city and day ANI's
 * story ran from (a fact about the report, since a source has no dateline field), how many core
 * objectives the general terms set out, and the Chamber's examples of market access (U.S. beef
 * and ethanol). Look-alikes keep their own facts: the revenue figure the story reports, where
 * Trump posted, another publisher's date, the number of pages, the beef quota.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const NOW = new Date("2026-12-06T12:00:00Z");
const facts = (q: string) => {
  const a = answerQuestion(q, store, { now: NOW, briefingId: "us-uk-2025" });
  return a.answered ? a.factIds : [];
};

describe("us-uk: statements of the sources' openings", () => {
  it.each([
    ["From which city was the ANI report on the deal filed?", "ani-report-washington-dateline"],
    ["What's the dateline on the Lokmat Times piece?", "ani-report-washington-dateline"],
    ["ANIの報道はどの都市から配信された？", "ani-report-washington-dateline"],
    ["Bản tin ANI về thỏa thuận được gửi từ thành phố nào?", "ani-report-washington-dateline"],
    ["How many core objectives are in the general terms?", "three-core-objectives"],
    ["一般条件には中核目標がいくつある？", "three-core-objectives"],
    ["Các điều khoản chung có bao nhiêu mục tiêu cốt lõi?", "three-core-objectives"],
    ["What did the Chamber say about beef and ethanol access?", "chamber-limited-relief-unresolved"],
  ])("%s → %s", (q, id) => expect(facts(q)[0]).toBe(id));

  it.each([
    ["How much tariff revenue did Trump say the deal would raise?", "trump-6-billion-revenue"],
    ["How many pages was the general terms document?", "five-page-document"],
    ["How large is the UK beef quota?", "uk-beef-quota-13000-tonnes"],
    ["What did Trump say about beef and ethanol?", "trump-market-access-quote"],
  ])("look-alike %s keeps %s", (q, id) => {
    const got = facts(q);
    expect(got[0]).toBe(id);
    expect(got).not.toContain("ani-report-washington-dateline");
  });

  // Two Truth Social posts answer "which platform"; the revenue one must be among them.
  it("look-alike On which platform did Trump post about the deal's revenue? keeps the revenue post", () => {
    const got = facts("On which platform did Trump post about the deal's revenue?");
    expect(got).toContain("trump-6-billion-revenue");
    expect(got).not.toContain("ani-report-washington-dateline");
  });

  it("another publisher's place is not ANI's dateline", () => {
    expect(facts("Where was the Hogan Lovells note published?")).not.toContain(
      "ani-report-washington-dateline",
    );
  });
});
