import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { BriefingStore } from "../../src/briefing/types.js";

/**
 * General knowledge a question leans on, in en/ja/vi, each with look-alikes that stay refused:
 * "now" words ask for the figure as the sources give it, no topic (discourse.yaml framing); verbs
 * that say a source states something ask the source (frames.yaml sources `about`); "next to X"
 * is a companion, not a receiver (roles.yaml); "what is X's office" asks who X is (reading.yaml
 * roleWords); a country named twice (英米 … イギリス車) is one whole (every-name-stated).
 */
describe("now words, reporting verbs, companions, offices, country names", () => {
  const NOW = new Date("2026-12-06T09:00:00Z");
  let store: BriefingStore;
  beforeAll(() => {
    store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
  });
  const ask = (q: string, briefingId: string) => answerQuestion(q, store, { now: NOW, briefingId });
  const JV = "japan-vietnam-2025";
  const UK = "us-uk-2025";

  it.each([
    // Now words.
    [JV, "How many Vietnamese live in Japan these days?", ["600,000"]],
    [JV, "How many Vietnamese live in Japan today?", ["600,000"]],
    [JV, "How many Vietnamese are in Japan at the moment?", ["600,000"]],
    [JV, "今、日本にいるベトナム人は何人？", ["60万"]],
    [JV, "在日ベトナム人は今のところ何人？", ["60万"]],
    [JV, "在日ベトナム人は現時点で何人？", ["60万"]],
    [JV, "Bây giờ có bao nhiêu người Việt ở Nhật?", ["600.000"]],
    [JV, "Hiện giờ có bao nhiêu người Việt ở Nhật?", ["600.000"]],
    // Reporting verbs in a question about the source.
    [JV, "Which paper cites the 600,000 figure for Vietnamese in Japan?", ["Japan Times"]],
    [JV, "Which outlet mentions 600,000 Vietnamese living in Japan?", ["Japan Times"]],
    [JV, "Báo nào nêu con số 600.000 người Việt ở Nhật?", ["Japan Times"]],
    [JV, "Báo nào nhắc đến 600.000 người Việt tại Nhật Bản?", ["Japan Times"]],
    // A companion.
    [JV, "Who was standing next to Ishiba at the joint news conference?", ["Chinh"]],
    [JV, "Who stood beside Ishiba at the joint press conference?", ["Chinh"]],
    [JV, "共同記者会見で石破首相の隣に立ったのは誰？", ["チン"]],
    // An office.
    [UK, "マンデルソン氏の肩書きは？", ["大使"]],
    [UK, "ラトニック氏の役職は何でしょうか？", ["商務長官"]],
    [UK, "Chức vụ của ông Mandelson là gì?", ["Đại sứ"]],
    [UK, "Ông Mandelson giữ chức danh gì?", ["Đại sứ"]],
    [UK, "What position does Mandelson hold?", ["Ambassador"]],
    // A country named twice, one of them with goods.
    [UK, "英米協定でイギリス車の関税はいくら？", ["10%"]],
    [UK, "米英の合意で英国車にかかる関税は？", ["英国車"]],
  ])("%s: %s", (briefing, q, says) => {
    const a = ask(q, briefing);
    expect(a.answered).toBe(true);
    for (const s of says) expect(a.text).toContain(s);
  });

  it.each([
    [JV, "How many Vietnamese live in Korea now?"],
    [JV, "在韓ベトナム人は今何人？"],
    [JV, "Bây giờ có bao nhiêu người Việt ở Hàn Quốc?"],
    [JV, "Which outlet gives the figure of 900,000 Vietnamese in Japan?"],
    [JV, "Which outlet cites the number of Vietnamese in Korea?"],
    [JV, "Who sent a letter to Ishiba?"],
    [UK, "マンデルソン氏の年齢は？"],
    [UK, "Ông Mandelson bao nhiêu tuổi?"],
    [UK, "英米協定で日本車の関税は？"],
    [UK, "英米協定でドイツ車の関税は何%？"],
  ])("refuses: %s: %s", (briefing, q) => {
    expect(ask(q, briefing).answered).toBe(false);
  });
});
