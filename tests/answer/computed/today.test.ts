import { beforeAll, describe, expect, it } from "vitest";
import { readDate, timeFrame, todayClause } from "../../../src/answer/computed/index.js";
import { answerQuestion } from "../../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import type { BriefingStore } from "../../../src/briefing/types.js";

/**
 * "(today is 6 Dec 2026)", "今日は2026年12月6日です。", "hôm nay là 6/12/2026": a clause naming
 * today (knowledge/lang/<code>/computed.json, `today` and `dates`) is taken out of a question
 * of time, and the day it names is the day counted to.
 */
describe("today clauses", () => {
  it.each([
    [
      "how long ago was the deal announced, from today (6 Dec 2026)?",
      "en",
      "how long ago was the deal announced?",
      "2026-12-06",
    ],
    [
      "Today's 6 Dec 2026 - how long ago was the deal announced?",
      "en",
      "how long ago was the deal announced?",
      "2026-12-06",
    ],
    [
      "How long ago was the Hanoi summit? today's 6 dec 2026",
      "en",
      "How long ago was the Hanoi summit?",
      "2026-12-06",
    ],
    ["How long ago was it? (today is December 6, 2026)", "en", "How long ago was it?", "2026-12-06"],
    [
      "Counting from today, how long ago did the summit happen?",
      "en",
      "how long ago did the summit happen?",
      undefined,
    ],
    [
      "今日は2026年12月6日です。合意の発表から何年くらい経ちましたか？",
      "ja",
      "合意の発表から何年くらい経ちましたか？",
      "2026-12-06",
    ],
    [
      "今日(2026/12/6)時点で、一般条件が発効してからどれくらい経った？",
      "ja",
      "一般条件が発効してからどれくらい経った？",
      "2026-12-06",
    ],
    [
      "Tính đến hôm nay (6/12/2026) thì thỏa thuận có hiệu lực được bao lâu rồi?",
      "vi",
      "thỏa thuận có hiệu lực được bao lâu rồi?",
      "2026-12-06",
    ],
    [
      "hom nay la 6/12/2026, thue o to giam co hieu luc duoc bao lau roi",
      "vi",
      "thue o to giam co hieu luc duoc bao lau roi",
      "2026-12-06",
    ],
    // "Đến nay (tháng 12/2026) thì …": as of now; a month names no day to count to.
    [
      "den nay (thang 12/2026) thi han chot thang 7 de dam phan thue da qua chua?",
      "vi",
      "han chot thang 7 de dam phan thue da qua chua?",
      undefined,
    ],
    [
      "Đến nay (6/12/2026) thì hạn chót tháng 7 đã qua chưa?",
      "vi",
      "hạn chót tháng 7 đã qua chưa?",
      "2026-12-06",
    ],
  ] as const)("%s", (q, lang, text, date) => {
    expect(todayClause(q, lang)).toEqual({ text, date });
  });

  it.each([
    ["6 Dec 2026", "en", "2026-12-06"],
    ["December 6th, 2026", "en", "2026-12-06"],
    ["2026-12-06", "en", "2026-12-06"],
    ["31 Feb 2026", "en", undefined],
    ["6 Foo 2026", "en", undefined],
    ["2026年12月6日", "ja", "2026-12-06"],
    ["２０２６/１２/６", "ja", "2026-12-06"],
    ["6/12/2026", "vi", "2026-12-06"],
    ["32/12/2026", "vi", undefined],
  ] as const)("reads %s", (text, lang, iso) => {
    expect(readDate(text, lang)).toBe(iso);
  });

  it("keeps the clause of a question that is no question of time", () => {
    expect(timeFrame("What did Japan offer, as of today?", "en")).toEqual({
      text: "What did Japan offer, as of today?",
      stripped: false,
    });
  });

  it("keeps a frame that reads with its own 'today'", () => {
    expect(timeFrame("How many months from the joint press conference to today?", "en")).toMatchObject({
      stripped: false,
      elapsed: { kind: "ago", ask: "when was the joint press conference?" },
    });
  });
});

describe("today clauses, end to end", () => {
  let store: BriefingStore;
  beforeAll(() => {
    store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
  });
  it.each([
    [
      "how long ago was the deal announced, from today (6 Dec 2026)?",
      "about 1 year and 7 months before today (December 6, 2026)",
    ],
    ["Tính đến hôm nay (6/12/2026) thì thỏa thuận có hiệu lực được bao lâu rồi?", "(6/12/2026) khoảng 1 năm"],
    [
      "今日は2026年12月6日です。合意の発表から何年くらい経ちましたか？",
      "今日（2026年12月6日）から約1年7か月前",
    ],
  ])("%s", (q, says) => {
    const a = answerQuestion(q, store, { now: new Date("2026-12-06T09:00:00Z"), briefingId: "us-uk-2025" });
    expect(a.answered).toBe(true);
    expect(a.text).toContain(says);
  });

  it("counts to the day the question names, not the clock", () => {
    const a = answerQuestion("how long ago was the deal announced? (today is 8 June 2025)", store, {
      now: new Date("2026-12-06T09:00:00Z"),
      briefingId: "us-uk-2025",
    });
    expect(a.text).toContain("31 days before today (June 8, 2025)");
  });
});
