import { describe, expect, it } from "vitest";
import { withoutClauses } from "../../../src/answer/computed/clauses.js";
import { timeFrame } from "../../../src/answer/computed/index.js";
import { answerQuestion } from "../../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import type { Lang } from "../../../src/i18n/lang.js";

/**
 * A question of time since that asks the date too (", and on what date?", "発表日も教えてください"),
 * or a "when" question followed by "how long ago was that?" (knowledge/lang/<code>/computed.json,
 * `dateToo` and `agoToo`): one question of time since, whose answer says the date and how long
 * ago it was, not two parts.
 */
describe("withoutClauses", () => {
  it.each([
    ["a, and b?", [/, and b/u], "a?"],
    ["ab", [/x/u], undefined],
    ["one two three", [/ two /u], "one three"],
    ["今日は晴れ", [/は/u], "今日晴れ"],
  ] as const)("%s → %s", (text, patterns, out) => expect(withoutClauses(text, patterns)).toBe(out));
});

describe("time since with the date asked too", () => {
  it.each<[string, Lang, string | undefined]>([
    ["How long ago did the car tariff cuts take effect, and on what date?", "en", "ago"],
    ["how long ago was the deal announced and when?", "en", "ago"],
    ["How long ago did the quota come into effect? give me the date too", "en", "ago"],
    ["When did the car tariff cut take effect? How long ago was that?", "en", "ago"],
    ["EPDの一般条件が発表されてからどのくらい経ちますか？発表日も教えてください。", "ja", "ago"],
    ["関税枠が発効したのは何年何月何日で、どのくらい前ですか?", "ja", "ago"],
    ["関税の引き下げが始まったのはいつ？今日から見てどのくらい前になりますか？", "ja", "ago"],
    ["Hogan Lovells đăng bài ngày nào? được bao lâu rồi?", "vi", "ago"],
    // Asking the date alone, or another question beside it, is no question of time since.
    ["When did the car tariff cut take effect, and on what date?", "en", undefined],
    ["How long was the pause? And on what date did it end?", "en", undefined],
    ["Thời gian tạm hoãn là bao lâu?", "vi", undefined],
  ])("%s", (question, lang, kind) => expect(timeFrame(question, lang).elapsed?.kind).toBe(kind));
});

describe("answered with the date and the time since", () => {
  const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
  const now = new Date("2026-12-06T12:00:00Z");
  it.each<[string, string]>([
    [
      "It's 6 Dec 2026 today. How long ago did the car & aerospace tariff cuts take effect, and on what date?",
      "June 30, 2025",
    ],
    [
      "Today is 6 Dec 2026. How long ago did the UK car tariff quota come into effect? give me the date too",
      "June 30, 2025",
    ],
    [
      "本日（2026年12月6日）時点で、EPDの一般条件が発表されてからどのくらい経ちますか？発表日も教えてください。",
      "2025年5月8日",
    ],
    [
      "今日は2026年12月6日です。英国車への10%関税枠が実際に発効したのは何年何月何日で、どのくらい前ですか?",
      "2025年6月30日",
    ],
  ])("%s", (question, date) => {
    const a = answerQuestion(question, store, { now, briefingId: "us-uk-2025" });
    expect(a.answered).toBe(true);
    expect(a.text).toContain(date);
  });
});
