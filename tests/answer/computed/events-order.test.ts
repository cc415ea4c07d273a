import { describe, expect, it } from "vitest";
import { compoundParts } from "../../../src/answer/compound.js";
import { answerQuestion } from "../../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";

/**
 * Two events asked of in other shapes: an event named by its start ("the start of Xi's visit",
 * 「訪問の初日」, "ngày bắt đầu"), dated by its fact's first day; "was A before or after B?"
 * (「AはBの前？後？」, "A trước hay sau B?") said of A as asked; such a question as one part of
 * two, each part answered and the answers joined; a short Japanese sentence with a question
 * word of its own as a part (「誰に会う予定？」) when the question read whole is not answered, one
 * without (「後？」) read with the one before.
 * Look-alikes with an event the briefing does not hold stay refused.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const JV = "japan-vietnam-2025";
const NOW = new Date("2026-12-07T09:00:00Z");
const ask = (q: string) => answerQuestion(q, store, { briefingId: JV, now: NOW });

describe("two events", () => {
  it.each([
    // The start of a stay: its first day.
    ["how many days between phoc's washington meeting and the start of xi's visit to vietnam?", ["4 days"]],
    ["how many days from the beginning of Xi's state visit to Ishiba's arrival in Hanoi?", ["13 days"]],
    ["フック副首相のワシントンでの会談から習主席のベトナム訪問の初日まで何日？", ["4日"]],
    [
      "từ cuộc gặp của Phớc ở Washington đến ngày bắt đầu chuyến thăm Việt Nam của Tập Cận Bình là bao nhiêu ngày?",
      ["4 ngày"],
    ],
    // Before or after, said of the first event named.
    ["was Xi's visit before or after Liberation Day?", ["after Liberation Day", "12 days"]],
    ["was the Hanoi summit before or after Phoc's meeting in Washington?", ["after", "18 days"]],
    ["習主席のベトナム訪問は解放の日の前？後？", ["12日後"]],
    ["習主席のベトナム訪問は解放の日より前ですか、後ですか？", ["12日後"]],
    ["chuyến thăm Việt Nam của Tập Cận Bình trước hay sau Ngày Giải phóng?", ["diễn ra sau", "12 ngày"]],
    // In parts: each answered.
    [
      "sorry if this is a dumb question but was Xi's visit before or after Liberation Day, and how many days after Xi left did the Hanoi talks with Chinh happen?",
      ["after Liberation Day", "13 days"],
    ],
    [
      "chuyến thăm Việt Nam của Tập Cận Bình trước hay sau Ngày Giải phóng? và từ khi Tập Cận Bình rời Việt Nam đến hội đàm ở Hà Nội là bao nhiêu ngày?",
      ["diễn ra sau", "13 ngày"],
    ],
    ["習主席のベトナム訪問は解放の日の前？後？石破首相のマニラ訪問はいつ？", ["12日後", "マニラ"]],
  ])("%s", (q, says) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    for (const s of says) expect(a.text).toContain(s);
  });

  it("a part not held is said to be left out", () => {
    const a = ask(
      "was Xi's visit before or after Liberation Day, and how many days after Modi left did the Hanoi talks with Chinh happen?",
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain("after Liberation Day");
    expect(a.text).toContain("does not cover the rest");
    expect(a.text).not.toContain("13 days");
  });

  it.each([
    "how many days between phoc's washington meeting and the start of modi's visit to vietnam?",
    "how many days between the start of xi's visit to laos and phoc's washington meeting?",
    "how many days between phoc's paris meeting and the start of xi's visit to vietnam?",
    "was Modi's visit before or after Liberation Day?",
    "was Xi's visit before or after the moon landing?",
    "モディ首相のベトナム訪問は解放の日の前？後？",
    "chuyến thăm Việt Nam của Modi trước hay sau Ngày Giải phóng?",
    // The first part is the question proper.
    "was Modi's visit before or after Liberation Day, and how many days after Xi left did the Hanoi talks with Chinh happen?",
  ])("refuses: %s", (q) => {
    expect(ask(q).answered).toBe(false);
  });
});

describe("short Japanese sentences", () => {
  it.each([
    [
      "石破さんってベトナムの後どこ行くの？誰に会う予定？",
      ["石破さんってベトナムの後どこ行くの？", "誰に会う予定？"],
    ],
    [
      "習主席の訪問は解放の日の前？後？首脳会談はいつ？",
      ["習主席の訪問は解放の日の前？後？", "首脳会談はいつ？"],
    ],
    // Too short to ask alone: one question.
    ["OSAって何？なぜ？", ["OSAって何？なぜ？"]],
  ])("%s", (q, parts) => {
    expect(compoundParts(q, "ja", true)).toEqual(parts);
  });

  it("answers both parts: where he goes after Vietnam and whom he meets", () => {
    const a = ask("石破さんってベトナムの後どこ行くの？誰に会う予定？");
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toMatch(/フィリピン|マニラ/);
    expect(a.text).toContain("マルコス");
  });
});
