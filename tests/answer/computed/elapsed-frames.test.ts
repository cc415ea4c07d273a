import { beforeAll, describe, expect, it } from "vitest";
import { labelGivesDate } from "../../../src/answer/computed/elapsed.js";
import { elapsedQuestion } from "../../../src/answer/computed/index.js";
import { answerQuestion } from "../../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import type { BriefingStore } from "../../../src/briefing/types.js";

/**
 * The frames of "how long since": each language's ways of asking how much time has passed
 * since something (knowledge/lang/<code>/computed.json, elapsed.ago), and the look-alikes that
 * ask how long something lasted, which are not about today.
 */
describe("time since: the frames of each language", () => {
  it.each([
    ["How many days since the summit?", "en", "when was the summit?"],
    ["how long has it been since the Hanoi talks", "en", "when was the Hanoi talks?"],
    ["How many weeks have passed since the July deadline?", "en", "when was the July deadline?"],
    ["How long is it since Xi visited Vietnam?", "en", "when was Xi visited Vietnam?"],
    [
      "How many months from the joint press conference to today?",
      "en",
      "when was the joint press conference?",
    ],
    ["The summit was how long ago?", "en", "when was The summit?"],
    ["首脳会談から今日で何日経った？", "ja", "首脳会談はいつですか？"],
    ["共同記者会見から何か月経ちましたか？", "ja", "共同記者会見はいつですか？"],
    ["習主席のベトナム訪問からどのくらい経った？", "ja", "習主席のベトナム訪問はいつですか？"],
    ["首脳会談は何カ月前？", "ja", "首脳会談はいつですか？"],
    ["首脳会談はどのくらい前のことですか？", "ja", "首脳会談はいつですか？"],
    // Polite past with でしょうか and a full stop.
    ["首脳会議からどのくらい経ちましたでしょうか。", "ja", "首脳会議はいつですか？"],
    ["Hội đàm cách đây bao nhiêu ngày?", "vi", "Hội đàm khi nào?"],
    ["hoi dam cach day bao lau roi", "vi", "hoi dam khi nao?"],
    ["Cuộc họp báo chung đã được mấy tháng rồi?", "vi", "Cuộc họp báo chung khi nào?"],
    ["Bao nhiêu ngày kể từ hội đàm?", "vi", "hội đàm khi nào?"],
    ["Từ chuyến thăm của ông Tập đến nay là bao lâu?", "vi", "chuyến thăm của ông Tập khi nào?"],
  ] as const)("%s", (q, lang, ask) => {
    expect(elapsedQuestion(q, lang)).toMatchObject({ kind: "ago", ask });
  });

  it.each([
    // How long something lasted, or a date: not time relative to today.
    ["How many days did the pause last?", "en"],
    ["How long did Ishiba stay in Hanoi?", "en"],
    ["How many days after Liberation Day did To Lam call Trump?", "en"],
    ["石破首相はハノイに何日間滞在しましたか？", "ja"],
    ["解放の日から何日後にトー・ラム書記長は電話しましたか？", "ja"],
    ["Ông Ishiba ở Hà Nội mấy ngày?", "vi"],
    ["Lệnh tạm hoãn thuế kéo dài bao nhiêu ngày?", "vi"],
    ["Ông Tô Lâm gọi điện cho Trump bao lâu sau Ngày Giải phóng?", "vi"],
  ] as const)("not a question of time since: %s", (q, lang) => {
    expect(elapsedQuestion(q, lang)).toBeUndefined();
  });
});

describe("time since a start: how long something has been in effect", () => {
  it.each([
    [
      "How long has the 10% baseline tariff been in effect?",
      "en",
      "when did the 10% baseline tariff take effect?",
    ],
    [
      "how many months have the car tariff cuts been in place",
      "en",
      "when did the car tariff cuts take effect?",
    ],
    ["Roughly how long ago was Liberation Day?", "en", "when was Liberation Day?"],
    ["Has it been more than a year since the deal was announced?", "en", "when was the deal was announced?"],
    ["一般条件が発効してからどれくらい経った？", "ja", "一般条件はいつ発効しましたか？"],
    ["合意の発表から何年くらい経ちましたか？", "ja", "合意の発表はいつですか？"],
    ["thỏa thuận có hiệu lực được bao lâu rồi?", "vi", "thỏa thuận có hiệu lực khi nào?"],
    ["thoa thuan duoc cong bo cach day bao lau roi", "vi", "thoa thuan duoc cong bo khi nao?"],
  ] as const)("%s", (q, lang, ask) => {
    expect(elapsedQuestion(q, lang)).toEqual({ kind: "ago", ask });
  });
});

describe("time since, counted in days when the question asks for days", () => {
  it.each([
    ["How many days since the summit?", "en", true],
    ["How long ago was the summit?", "en", undefined],
    ["首脳会談から今日で何日経った？", "ja", true],
    ["首脳会談からどれくらい経った？", "ja", undefined],
    ["Hội đàm cách đây bao nhiêu ngày?", "vi", true],
    ["hoi dam cach day bao lau roi", "vi", undefined],
  ] as const)("%s", (q, lang, inDays) => {
    expect(elapsedQuestion(q, lang)?.inDays).toBe(inDays);
  });
});

describe("time since, end to end", () => {
  const NOW = new Date("2026-12-06T09:00:00Z");
  let store: BriefingStore;
  beforeAll(() => {
    store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
  });
  it.each([
    ["首脳会談から今日で何日経った？", "587日（約1年7か月）前"],
    ["How long has it been since the summit?", "1 year and 7 months before today"],
    ["Hội đàm cách đây bao nhiêu ngày?", "cách hôm nay (6/12/2026) 587 ngày (khoảng 1 năm và 7 tháng)"],
  ])("%s", (q, says) => {
    const a = answerQuestion(q, store, { now: NOW });
    expect(a.answered).toBe(true);
    expect(a.text).toContain(says);
  });
  it("takes the date from a dated fact of the answer when an undated version leads", () => {
    const a = answerQuestion("how long since Xi visited Vietnam?", store, { now: NOW });
    expect(a.answered).toBe(true);
    expect(a.text).toContain("April 14, 2025");
  });
});

describe("time until: how long is left before a deadline", () => {
  it.each([
    ["how many yrs left until the fishing access ends", "when is the fishing access ends?"],
    ["How long until the July deadline?", "when is the July deadline?"],
    ["how many days are there left before the deadline?", "when is the deadline?"],
  ] as const)("%s", (q, ask) => {
    expect(elapsedQuestion(q, "en")).toMatchObject({ kind: "passed", ask });
  });
  it("'how long before X was Y' asks how far apart two events were, not time left", () => {
    expect(elapsedQuestion("How long before Ishiba's trip was Xi in Vietnam?", "en")?.kind).not.toBe(
      "passed",
    );
  });
});

describe("a deadline's label that gives its whole date stands alone", () => {
  it.each([
    ["until 30 June 2038", "2038-06-30", true],
    ["2038年6月30日まで", "2038-06-30", true],
    ["by July 2025", "2025-07-09", false],
    ["the end of the extended EU fishing access", "2038-06-30", false],
  ] as const)("%s (%s) → %s", (label, iso, gives) => {
    expect(labelGivesDate(label, iso)).toBe(gives);
  });
});
