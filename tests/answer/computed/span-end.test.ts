import { beforeAll, describe, expect, it } from "vitest";
import { dayOf } from "../../../src/answer/computed/between.js";
import { answerQuestion } from "../../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import type { BriefingStore, Fact } from "../../../src/briefing/types.js";

/**
 * An event named by its end ("Xi leaving Vietnam", "習主席がベトナムを離れて", "rời Việt Nam")
 * is dated by the last day of a fact's span (`until`), any other by its first
 * (knowledge/lang/<code>/computed.json `spanEnd`).
 */
describe("the day of a span an event is named by", () => {
  const visit = { date: "2025-04-14", until: "2025-04-15" } as Fact;
  const oneDay = { date: "2025-04-27" } as Fact;
  it.each([
    ["xi leaving vietnam", "en", "2025-04-15"],
    ["the end of Xi's state visit", "en", "2025-04-15"],
    ["Xi's departure from Vietnam", "en", "2025-04-15"],
    ["xi arriving in vietnam", "en", "2025-04-14"],
    ["Xi's state visit", "en", "2025-04-14"],
    ["習主席がベトナムを離れて", "ja", "2025-04-15"],
    ["習近平の訪問終了", "ja", "2025-04-15"],
    ["習主席のベトナム到着", "ja", "2025-04-14"],
    ["ông Tập Cận Bình rời Việt Nam", "vi", "2025-04-15"],
    ["chuyến thăm của ông Tập kết thúc", "vi", "2025-04-15"],
    ["ông Tập Cận Bình đến Việt Nam", "vi", "2025-04-14"],
  ] as const)("%s (%s): %s", (label, lang, day) => {
    expect(dayOf(visit, visit.date!, label, lang)).toBe(day);
    // A fact of one day is dated by that day however it is named.
    expect(dayOf(oneDay, oneDay.date!, label, lang)).toBe("2025-04-27");
  });
});

describe("days between the end of one stay and another event, end to end", () => {
  const NOW = new Date("2026-12-06T09:00:00Z");
  let store: BriefingStore;
  beforeAll(() => {
    store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
  });
  const ask = (q: string) => answerQuestion(q, store, { now: NOW, briefingId: "japan-vietnam-2025" });
  it.each([
    ["how many days passed between xi leaving vietnam and ishiba arriving?", ["12 days", "April 15, 2025"]],
    ["How many days between the end of Xi's state visit and Ishiba's landing in Hanoi?", ["12 days"]],
    ["how long from Xi's departure from Vietnam to Ishiba's talks with Chinh?", ["13 days"]],
    ["how many days between xi arriving in vietnam and ishiba arriving?", ["13 days", "April 14, 2025"]],
    ["習主席がベトナムを離れてから石破首相がハノイに到着するまで何日？", ["12日", "2025年4月15日"]],
    ["習近平の訪問終了から石破首相の到着まで何日空いた？", ["12日"]],
    [
      "Ông Tập Cận Bình rời Việt Nam và Thủ tướng Ishiba hội đàm với ông Chính cách nhau mấy ngày?",
      ["13 ngày", "15/4/2025"],
    ],
  ] as const)("%s", (q, says) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    for (const s of says) expect(a.text).toContain(s);
  });
});
