import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { BriefingStore } from "../../src/briefing/types.js";

/**
 * Computed answers asked in other shapes: the two events of a span asked "between A and B, how
 * many days?", with the asker's note of a date in brackets, "how soon after"; "when did A …?
 * how many days before B?"; a "today" clause in colloquial Japanese and Vietnamese; a country
 * typed without marks ("so voi nhat"); a comparison whose figures the question states (they
 * pick the facts that hold them, April's, not the latest); goods compared with goods at large.
 * Each with look-alikes that must stay refused.
 */
describe("computed answers in other shapes", () => {
  const NOW = new Date("2026-12-06T09:00:00Z");
  const JV = "japan-vietnam-2025";
  let store: BriefingStore;
  beforeAll(() => {
    store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
  });
  const ask = (q: string) => answerQuestion(q, store, { now: NOW, briefingId: JV });

  it.each([
    // Between two events, the asker's bracketed date a note, the event found by its words.
    [
      "between the Liberation Day announcement (2 April) and To Lam's call to Trump, how many days?",
      ["2 days"],
    ],
    ["between Xi leaving Vietnam (April 15) and the Hanoi summit, how many days was it?", ["13 days"]],
    ["How many days between Xi's visit ending (15/4) and Ishiba landing in Hanoi?", ["12 days"]],
    // How soon after: the fact's own span ("two days after"), or the two dates.
    ["How soon did To Lam phone Trump after Liberation Day?", ["April 4, 2025"]],
    [
      "When was Liberation Day, and how soon after it did Ishiba call Trump?",
      ["April 2, 2025", "April 7, 2025"],
    ],
    // When did A …? How many days before B? — B asked as doing what A did.
    ["When did Xi visit Vietnam? How many days before Ishiba?", ["April 14, 2025", "13 days"]],
    ["習主席がベトナムを訪問したのはいつ？石破首相の何日前？", ["2025年4月14日", "13日"]],
    ["Tập Cận Bình thăm Việt Nam khi nào? trước Ishiba mấy ngày?", ["14/4/2025", "13 ngày"]],
    // Today said in passing.
    ["首脳会談から何か月経った？今日は2026年12月7日だけど", ["2026年12月7日", "7か月"]],
    ["hội đàm cách đây bao lâu, hôm nay 7/12/2026 rồi", ["7/12/2026", "7 tháng"]],
    // "nhat" typed without marks after "với": Japan.
    ["thue my ap voi nhat la bao nhieu %", ["Nhật Bản"]],
    // Figures stated: the facts that hold them, and the other side's of that time.
    ["Japan's rate was 24% and Vietnam's 46%: how far apart is that?", ["22 percentage points"]],
    ["日本は24%、ベトナムは46%だと、差は何ポイント？", ["22ポイント"]],
    ["Nhật bị áp 24%, còn Việt Nam bị áp bao nhiêu %?", ["46%"]],
    ["日本が24%なら、ベトナムは何%？", ["46%"]],
    ["Mức thuế Mỹ định áp với Việt Nam so với Nhật Bản chênh bao nhiêu?", ["46%", "24%"]],
    // Goods compared with goods at large.
    ["Compare the U.S. tariff on steel with the one on other goods", ["25%", "10%", "15 percentage points"]],
    ["アルミの関税率は他の製品と比べてどれだけ高い？", ["25%", "10%", "15ポイント"]],
    ["thuế nhôm cao hơn hàng hóa khác bao nhiêu?", ["25%", "10%"]],
  ])("%s", (q, says) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    for (const s of says) expect(a.text).toContain(s);
  });

  it.each([
    // One event the briefing does not hold: no span, whatever date the asker gives it.
    "between the moon landing (20 July) and the Hanoi summit, how many days?",
    "How soon did Macron call Trump after Liberation Day?",
    "When did Xi visit Vietnam? How many days before Modi?",
    "習主席がベトナムを訪問したのはいつ？マクロン大統領の何日前？",
    // A country with no fact: no comparison, and no figure of another country in its place.
    "日本が24%ならフィリピンは何%？",
    "Japan got 24%, what about China's rate?",
    "Nhật bị áp 24%, còn Lào bị áp bao nhiêu %?",
    // Goods the briefing holds no rate of.
    "How does the tariff on beef compare with other goods?",
    "牛肉の関税率は他の品目と比べてどう？",
    "thuế thịt bò so với hàng hóa khác thế nào?",
  ])("refuses: %s", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
  });

  it("keeps 'nhat' after an adjective as 'most' (cao nhat), not Japan", () => {
    const a = ask("thue my voi vn cao nhat la bao nhieu");
    expect(a.text).not.toContain("Nhật Bản:");
  });
});
