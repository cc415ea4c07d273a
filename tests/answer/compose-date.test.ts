import { describe, expect, it } from "vitest";
import { compose } from "../../src/answer/compose.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Briefing } from "../../src/briefing/types.js";

/**
 * A "when" question answered by a fact whose date is a field, not in its words: the answer says
 * the date; a statement that already gives its year is left as written.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const briefing = store.get("us-uk-2025") as Briefing;
const NOW = new Date("2026-12-06T12:00:00Z");
const fact = (id: string) => briefing.facts.find((f) => f.id === id)!;

describe("a date question's answer says the fact's date", () => {
  const undated = fact("general-terms-purpose");
  it.each([
    ["en", "On May 8, 2025, the general terms"],
    ["ja", "2025年5月8日、"],
    ["vi", "Ngày 8/5/2025, "],
  ] as const)("%s", (lang, opening) => {
    expect(undated.statement.en).not.toMatch(/2025/);
    const text = compose(briefing, [{ fact: undated, attributed: false, sayDate: true }], lang, NOW).text;
    expect(text.startsWith(opening), text).toBe(true);
  });

  it("only when asked", () => {
    const text = compose(briefing, [{ fact: undated, attributed: false }], "en", NOW).text;
    expect(text.startsWith("The general terms")).toBe(true);
  });

  it("not twice when the statement gives its year", () => {
    const dated = briefing.facts.find((f) => f.date && f.statement.en.includes(f.date.slice(0, 4)))!;
    const text = compose(briefing, [{ fact: dated, attributed: false, sayDate: true }], "en", NOW).text;
    const year = dated.date!.slice(0, 4);
    expect(text.split(year).length).toBe(dated.statement.en.trim().split(year).length);
  });
});

describe("a question about now is not given a second date", () => {
  // "What tariff does the US charge now?": the date is said, but a statement that opens with the
  // date of what it tells already says it ("As reported on July 23, on July 22, …" reads twice).
  const opening = (f: (typeof briefing.facts)[number]) =>
    f.status !== "reported" && f.date !== undefined && /^On \w+ \d+, \d{4}/.test(f.statement.en);
  const own = briefing.facts.find(opening);
  const other = briefing.facts.find(
    (f) => f.status !== "reported" && f.date && !opening(f) && !/\d{4}/.test(f.statement.en),
  );

  it("keeps the statement's own opening date alone", () => {
    expect(own, "a fact opening with its date").toBeDefined();
    const text = compose(briefing, [{ fact: own!, attributed: false }], "en", NOW, true).text;
    expect(text.startsWith(own!.statement.en.slice(0, 12)), text).toBe(true);
  });

  it("still leads an undated statement with the report's date", () => {
    expect(other, "a fact that gives no year").toBeDefined();
    const text = compose(briefing, [{ fact: other!, attributed: false }], "en", NOW, true).text;
    expect(text.startsWith("As reported on"), text).toBe(true);
  });
});
