import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";

/**
 * Differences between two facts' figures asked as "how many (percentage) points higher / lower
 * … than", "by how much … exceed", 「何ポイント高い」, "cao hơn bao nhiêu điểm phần trăm" (typed
 * with or without marks): both figures, each cited, and the difference, computed only from
 * figures of one unit in facts about what is asked. Look-alikes stay refused: a side with no
 * figure, figures of another unit or measure.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const JV = "japan-vietnam-2025";
const NOW = new Date("2026-12-07T09:00:00Z");
const ask = (q: string) => answerQuestion(q, store, { briefingId: JV, now: NOW });

describe("how many points higher or lower", () => {
  it.each([
    ["how many percentage points higher is vietnam's threatened tariff than japan's?", ["46%", "24%", "22"]],
    ["by how much does vietnam's threatened tariff exceed japan's?", ["46%", "24%", "22"]],
    ["how many points lower is japan's threatened tariff than vietnam's?", ["Japan's is lower", "22"]],
    ["what's the gap in points between vietnam's threatened tariff and japan's?", ["22"]],
    ["ベトナムが警告された関税は日本より何ポイント高いですか", ["46%", "24%", "22ポイント"]],
    ["日本の当初の関税はベトナムより何ポイント低い？", ["24%", "46%", "22ポイント"]],
    ["thuế mà Mỹ đe dọa áp lên Việt Nam cao hơn Nhật Bản bao nhiêu điểm phần trăm?", ["46%", "24%", "22"]],
    ["thue my de doa ap len viet nam cao hon nhat ban bao nhieu diem phan tram?", ["46%", "24%", "22"]],
  ])("%s", (q, says) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    for (const s of says) expect(a.text).toContain(s);
    // Each side's figure is cited from its own fact.
    expect(a.factIds).toEqual(expect.arrayContaining(["tariff-vietnam-46", "tariff-japan-24"]));
  });

  it.each([
    // One side has no figure in the briefing.
    "how many percentage points higher is vietnam's threatened tariff than laos's?",
    "日本の関税はフィリピンより何ポイント高い？",
    "thue cua viet nam cao hon lao bao nhieu diem phan tram?",
    // A measure the briefing does not hold for either side, or a figure of another kind.
    "how many percentage points higher is vietnam's export growth than japan's?",
    "how many percentage points higher is the number of vietnamese in japan than vietnam's tariff?",
    "how many points higher is japan's tariff on steel than vietnam's?",
  ])("refuses: %s", (q) => {
    expect(ask(q).answered).toBe(false);
  });
});
