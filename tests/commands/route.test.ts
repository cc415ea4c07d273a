import { describe, expect, it } from "vitest";
import { answerQuestion, explainQuestion, suggestQuestions } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import { byId, routeQuestion } from "../../src/commands/route.js";

/** Routing a question among the shipped briefings (Japan–Vietnam and U.S.–UK). */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const now = new Date("2026-12-06T09:00:00Z");
const engine = { answerQuestion, explainQuestion, suggestQuestions };
const route = (q: string) => routeQuestion(engine, store, q, { now });
const JV = "japan-vietnam-2025";
const UK = "us-uk-2025";

/** Where a routed question went: a briefing's answer, its refusal, or "ask" between briefings. */
function outcome(q: string): string {
  const r = route(q);
  if ("ambiguous" in r) return `ask ${r.ambiguous.map((b) => b.id).join(" ")}`;
  return `${r.answer.answered ? "answer" : "refuse"} ${r.answer.briefing}`;
}

describe("routeQuestion", () => {
  it("sends a question to the briefing that holds what it names", () => {
    const r = route("How many Vietnamese PhD students will Japan accept?");
    expect("answer" in r && r.answer.briefing).toBe(JV);
    expect("answer" in r && r.answer.text).toContain("250");
    const uk = route("How many UK cars get the 10% tariff each year?");
    expect("answer" in uk && uk.answer.briefing).toBe(UK);
  });

  const cases: [string, string, string][] = [
    // A name only one briefing holds (Chinh, the EPD) is strong evidence.
    ["a name only one holds", "When was the joint press conference with Chinh held?", `answer ${JV}`],
    ["a name only one holds", "When was the US-UK Economic Prosperity Deal announced?", `answer ${UK}`],
    // "April 9" is stated by one briefing's answer only.
    ["the date asked", "what did trump announce on april 9th", `answer ${JV}`],
    // Both answer; one answer's fact fits the question far better.
    ["the better fit", "tariffs on cars and steel rn under trump?", `answer ${JV}`],
    ["the better fit", "did they sign any documents? how many", `answer ${JV}`],
    ["the better fit", "首脳会談から今日でどれくらい経ちましたか", `answer ${JV}`],
    ["the better fit", "自動車とか鉄鋼への米国の関税は何%？", `answer ${JV}`],
    // Hanoi is the Japan–Vietnam briefing's: its refusal, not a U.S.–UK fact about something else.
    ["the named briefing refuses", "ha noi mai co mua khong", `refuse ${JV}`],
    // Both briefings state the U.S. baseline tariff about equally well.
    ["balanced", "What's the baseline US tariff on most goods?", `ask ${JV} ${UK}`],
  ];
  it.each(cases)("%s: %s", (_, q, expected) => {
    expect(outcome(q)).toBe(expected);
  });
});

describe("byId", () => {
  // Slugs that differ by a dash, a digit, a prefix or a letter: the order localeCompare gives.
  const pairs: [string, string][] = [
    ["japan-vietnam-2025", "us-uk-2025"],
    ["a-b", "ab"],
    ["a-", "a0"],
    ["a0", "aa"],
    ["a", "a-"],
    ["us-uk-2025", "us-uk-2025"],
    ["2025-a", "a-2025"],
    ["x-1", "x-10"],
    ["x-9", "x-10"],
    ["brief--two", "brief-one"],
  ];
  it.each(pairs)("%s against %s: the order localeCompare gives", (a, b) => {
    expect(Math.sign(byId(a, b))).toBe(Math.sign(a.localeCompare(b)));
    expect(Math.sign(byId(b, a))).toBe(Math.sign(b.localeCompare(a)));
  });
});
