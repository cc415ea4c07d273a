import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze.js";
import { answerQuestion } from "../../src/answer/index.js";
import { indexFor } from "../../src/answer/index-build.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * Four classes a question round found in Japanese and Vietnamese, asked in other words than
 * the round's and of both shipped briefings: the fact that answers (among those cited), or
 * "refuse" for a look-alike that must stay refused.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const JV = "japan-vietnam-2025";
const UK = "us-uk-2025";
const PH = "ishiba-depart-for-philippines-april-29";

type Case = [briefing: string, question: string, expected: string];

function check([briefingId, question, expected]: Case): void {
  const a = answerQuestion(question, store, { briefingId, now: new Date("2026-12-07") });
  if (expected === "refuse") expect(a.answered ? a.factIds : []).toEqual([]);
  else expect(a.factIds).toContain(expected);
}

/**
 * 1. "Where next after a place": the words of "after" right before (en, vi) or after (ja) a
 * place or country the briefing knows read as leaving it (reading.yaml `leaving`), in any
 * case and without marks; "after April 26", "会談の後", "sau Chủ nhật" stay a time.
 */
const LEAVING: Case[] = [
  [JV, "where did ishiba head after vietnam?", PH],
  [JV, "Where did Ishiba go after his visit to Hanoi?", PH],
  [JV, "ong ishiba se di dau sau viet nam?", PH],
  [JV, "sau ha noi thu tuong ishiba di nuoc nao?", PH],
  [JV, "Thủ tướng Ishiba đi đâu sau chuyến thăm Hà Nội?", PH],
  [JV, "石破首相、ハノイのあとどこ行った？", PH],
  [JV, "ベトナムの後、石破首相はどの国へ?", PH],
  [JV, "石破首相はハノイ訪問後どこへ向かった?", PH],
  [JV, "ハノイを出た後、石破首相はどこに行った?", PH],
  // After the stay there: whom he met next is not whom he met there.
  [JV, "石破首相はハノイの後に誰と会った?", "ishiba-meet-marcos-manila"],
  // A time after "after" is no place left.
  [JV, "Where did Ishiba land after April 26?", "ishiba-arrived-hanoi-april-27"],
  // Where Xi went next the briefing does not say.
  [JV, "Where did Xi go after Hanoi?", "refuse"],
  [JV, "習主席はハノイの後どこへ?", "refuse"],
  [JV, "ong tap can binh di dau sau ha noi?", "refuse"],
];

/**
 * 2. "Now", and "as of" a date: bare 今, hiện nay are now (answered as of the briefing's
 * date); "as of December", 「12月時点」, "tính đến tháng 12" past the briefing's date are
 * beyond it (time.yaml `asOf`); "as of" a date within it is answered.
 */
const NOW: Case[] = [
  [JV, "対ベトナム関税は今何%?", "tariff-vietnam-20"],
  [JV, "hiện nay Mỹ đánh thuế hàng Việt Nam bao nhiêu?", "tariff-vietnam-20"],
  [UK, "今の英国車への米国の関税は何%?", "car-quota-100000-at-10-percent"],
  [UK, "What was the US tariff on British cars as of June 2025?", "measures-in-force-june-30"],
  [JV, "4月時点の対ベトナム関税率は?", "tariff-vietnam-46"],
  [JV, "今(12月時点)の対日関税率は?", "refuse"],
  [JV, "2025年12月現在、在日ベトナム人は何人?", "refuse"],
  [JV, "tinh den thang 12 co bao nhieu nguoi viet o nhat?", "refuse"],
  [JV, "Tính đến tháng 12/2025, thuế Mỹ đối với hàng Việt Nam là bao nhiêu?", "refuse"],
  [JV, "What is the US tariff on Vietnam as of December?", "refuse"],
  [UK, "今(12月時点)の英国車への米国の関税は何%?", "refuse"],
  [UK, "Tính đến tháng 12, thuế Mỹ với ô tô Anh là bao nhiêu?", "refuse"],
];

/**
 * 3. 対X: the country a measure is toward (roles.yaml), its one-kanji form written out
 * (names.yaml `toward`: 対日 → 対日本); a fact about another target is not the answer.
 */
const TOWARD: Case[] = [
  [JV, "対日関税は何%?", "tariff-japan-24"],
  [JV, "米国の対ベトナム関税は当初何%?", "tariff-vietnam-46"],
  [UK, "対英関税は何%?", "baseline-10-percent-stays"],
  [UK, "米国の対英ベースライン関税は何%?", "baseline-10-percent-stays"],
  [UK, "英国車の対米関税は何%になった?", "car-quota-100000-at-10-percent"],
  [JV, "対中関税は何%?", "refuse"],
  [JV, "対比すると?", "refuse"],
];

/**
 * 4. Words that point at the sources (「記事ベースで」「報道によると」「ソース的に」, "theo bài
 * báo", "theo nguồn"): where the answer is found, no topic (discourse.yaml fillers).
 */
const SOURCES: Case[] = [
  [JV, "在日ベトナム人って何人?記事によれば", "vietnamese-in-japan-600000"],
  [JV, "ソース的に、石破首相はいつハノイに着いた?", "ishiba-arrived-hanoi-april-27"],
  [JV, "Theo bài báo, có bao nhiêu người Việt ở Nhật?", "vietnamese-in-japan-600000"],
  [JV, "theo cac bai bao, ishiba den ha noi ngay nao?", "ishiba-arrived-hanoi-april-27"],
  [UK, "記事ベースで、英国車は何台まで10%?", "car-quota-100000-at-10-percent"],
  [UK, "報道によると、英国の牛肉枠は何トン?", "uk-beef-quota-13000-tonnes"],
  [UK, "Theo bài báo, Anh được xuất bao nhiêu ô tô sang Mỹ với thuế 10%?", "car-quota-100000-at-10-percent"],
  [JV, "在日ベトナム人の平均年収は?記事ベースで", "refuse"],
  [JV, "記事ベースで、石破首相の好きな食べ物は?", "refuse"],
  [JV, "theo bài báo, lương trung bình của người Việt ở Nhật là bao nhiêu?", "refuse"],
];

describe("round 30 classes: where next, now / as of, 対X, words pointing at the sources", () => {
  it.each(LEAVING)("where next: %s: %s → %s", (...c) => check(c));
  it.each(NOW)("now / as of: %s: %s → %s", (...c) => check(c));
  it.each(TOWARD)("対X: %s: %s → %s", (...c) => check(c));
  it.each(SOURCES)("sources: %s: %s → %s", (...c) => check(c));
});

const jv = indexFor(store.get(JV)!);

/** How 対 before a name reads: toward a measure's target, or the other side of talks. */
const ROLES: [question: string, entity: string, role: string | undefined][] = [
  ["対ベトナム関税は?", "vietnam", "recipient"],
  ["対日関税は?", "japan", "recipient"],
  ["対越投資は増えた?", "vietnam", "recipient"],
  ["対米交渉は誰が担当した?", "united-states", "counterpart"],
  ["対中関係はどうなる?", "china", "counterpart"],
  // After goods: where they go, no role said.
  ["英国車の対米関税は?", "united-states", undefined],
];

describe("対X reads the country and its role (names.yaml toward, roles.yaml)", () => {
  it.each(ROLES)("%s → %s as %s", (question, entity, role) => {
    const q = analyzeQuestion(question, "ja", jv);
    expect(q.mentions.find((m) => m.id === entity)?.role).toBe(role);
    // 対 names no topic of its own.
    expect(q.words.map((w) => w.word)).not.toContain("対");
  });
});
