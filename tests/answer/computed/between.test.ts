import { beforeAll, describe, expect, it } from "vitest";
import { betweenQuestion } from "../../../src/answer/computed/index.js";
import { answerQuestion } from "../../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import type { BriefingStore } from "../../../src/briefing/types.js";

/**
 * Time between two events (knowledge/lang/<code>/computed.json, `between`): each language's
 * frames give the two "when" questions the events are found by, and the answer gives both
 * dates, each cited, which came first and the days between, or refuses.
 */
describe("between two events: the frames of each language", () => {
  it.each([
    [
      "How many days between Liberation Day and the 90-day pause?",
      "en",
      "span",
      ["when was Liberation Day?", "when was the 90-day pause?"],
    ],
    [
      "how many days passed between the announcement of the deal and the tariff cuts taking effect?",
      "en",
      "span",
      ["when was the announcement of the deal?", "when was the tariff cuts taking effect?"],
    ],
    [
      "How many days from the announcement to the executive order?",
      "en",
      "span",
      ["when was the announcement?", "when was the executive order?"],
    ],
    [
      "how far apart were the announcement and the executive order",
      "en",
      "span",
      ["when was the announcement?", "when was the executive order?"],
    ],
    [
      "Which came first, the US Chamber's assessment or the executive order? And by how long?",
      "en",
      "first",
      ["when was the US Chamber's assessment?", "when was the executive order?"],
    ],
    // A closing "how many days apart were the calls": the span of the two, asked of what they are.
    [
      "who called trump first after liberation day, lam or ishiba? and how many days apart were the calls",
      "en",
      "first",
      ["when did lam called trump?", "when did ishiba called trump?"],
    ],
    [
      "Which came first, the arrival or the talks? How many days apart were they",
      "en",
      "first",
      ["when was the arrival?", "when was the talks?"],
    ],
    [
      "who got trump on the phone first, lam or ishiba? how many days apart",
      "en",
      "first",
      ["when did lam got trump on the phone?", "when did ishiba got trump on the phone?"],
    ],
    [
      "how many days after liberation day did ishiba get trump on the line",
      "en",
      "relative",
      ["when was liberation day?", "when was ishiba get trump on the line?"],
    ],
    [
      "一般条件の発表から関税引き下げの発効までは何日ですか？",
      "ja",
      "span",
      ["一般条件の発表はいつですか？", "関税引き下げの発効はいつですか？"],
    ],
    [
      "解放の日と石破首相の電話の間は何日？",
      "ja",
      "span",
      ["解放の日はいつですか？", "石破首相の電話はいつですか？"],
    ],
    [
      "トー・ラム書記長と石破首相、どちらが先にトランプ氏と電話しましたか？",
      "ja",
      "first",
      [
        "トー・ラム書記長がトランプ氏と電話したのはいつですか？",
        "石破首相がトランプ氏と電話したのはいつですか？",
      ],
    ],
    [
      "習主席の訪問と首脳会談はどちらが先ですか？",
      "ja",
      "first",
      ["習主席の訪問はいつですか？", "首脳会談はいつですか？"],
    ],
    [
      "Việc công bố thỏa thuận và sắc lệnh hành pháp cách nhau bao lâu?",
      "vi",
      "span",
      ["Việc công bố thỏa thuận khi nào?", "sắc lệnh hành pháp khi nào?"],
    ],
    [
      "Ai điện đàm với ông Trump trước, Tô Lâm hay Ishiba?",
      "vi",
      "first",
      ["Tô Lâm điện đàm với ông Trump khi nào?", "Ishiba điện đàm với ông Trump khi nào?"],
    ],
    [
      "Chuyến thăm của ông Tập hay hội đàm cái nào diễn ra trước?",
      "vi",
      "first",
      ["Chuyến thăm của ông Tập khi nào?", "hội đàm khi nào?"],
    ],
  ] as const)("%s", (q, lang, kind, asks) => {
    expect(betweenQuestion(q, lang)).toMatchObject({ kind, asks });
  });

  it.each([
    // One event and today, or how long something lasted: not two events.
    ["How many months from the joint press conference to today?", "en"],
    ["How many days did the pause last?", "en"],
    ["Who is first in line, Japan or Vietnam?", "en"],
    ["Was the UK the first country to get a trade deal?", "en"],
    ["首脳会談から今日で何日経った？", "ja"],
    ["石破首相はハノイに何日間滞在しましたか？", "ja"],
    ["Từ hội đàm đến nay là bao lâu?", "vi"],
    ["Lệnh tạm hoãn thuế kéo dài bao nhiêu ngày?", "vi"],
  ] as const)("not two events: %s", (q, lang) => {
    expect(betweenQuestion(q, lang)).toBeUndefined();
  });
});

describe("between two events, end to end", () => {
  const NOW = new Date("2026-12-06T09:00:00Z");
  let store: BriefingStore;
  beforeAll(() => {
    store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
  });
  const ask = (q: string, briefing: string) => answerQuestion(q, store, { now: NOW, briefingId: briefing });

  it.each([
    [
      "who got trump on the phone first, lam or ishiba? how many days apart",
      "japan-vietnam-2025",
      ["First: To Lam, 3 days before Shigeru Ishiba", "April 4, 2025 [1]", "April 7, 2025 [2]"],
      ["lam-called-trump-april-4", "ishiba-called-trump-april-7"],
    ],
    [
      "how many days between the may announcement and the tariff cuts taking effect for uk cars",
      "us-uk-2025",
      ["53 days", "May 8, 2025", "June 30, 2025"],
      ["general-terms-announced-may-8", "measures-in-force-june-30"],
    ],
    [
      "how many days after liberation day did ishiba get trump on the line",
      "japan-vietnam-2025",
      ["5 days", "April 2, 2025", "April 7, 2025"],
      ["liberation-day-announcement-april-2", "ishiba-called-trump-april-7"],
    ],
    [
      "トー・ラム書記長と石破首相、どちらが先にトランプ氏と電話しましたか？",
      "japan-vietnam-2025",
      ["3日早い", "2025年4月4日", "2025年4月7日"],
      ["lam-called-trump-april-4", "ishiba-called-trump-april-7"],
    ],
    [
      "Ai điện đàm với ông Trump trước, Tô Lâm hay Ishiba?",
      "japan-vietnam-2025",
      ["3 ngày", "4/4/2025", "7/4/2025"],
      ["lam-called-trump-april-4", "ishiba-called-trump-april-7"],
    ],
  ])("%s", (q, briefing, says, facts) => {
    const a = ask(q, briefing);
    expect(a.answered).toBe(true);
    for (const s of says) expect(a.text).toContain(s);
    expect(a.factIds).toEqual(facts);
    // Each date is cited: both facts' citations are given.
    expect(a.citations.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps the span a fact states for 'how long after/before' (no arithmetic over it)", () => {
    const a = ask("How many days before Ishiba did To Lam get Trump on the line?", "japan-vietnam-2025");
    expect(a.factIds).toEqual(["vietnam-quick-reaction-tariffs"]);
  });

  it.each([
    // An event the briefing does not hold: nothing is computed.
    ["How many days between the summit and the moon landing?", "japan-vietnam-2025"],
    ["how many days between the announcement and the brexit referendum", "us-uk-2025"],
  ])("refuses when an event is not found: %s", (q, briefing) => {
    const a = ask(q, briefing);
    expect(a.answered).toBe(false);
  });
});
