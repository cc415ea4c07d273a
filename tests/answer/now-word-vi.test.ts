import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze.js";
import { indexFor } from "../../src/answer/index-build.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

const index = indexFor(createBriefingStore(DEFAULT_BRIEFINGS_DIR).get("us-uk-2025")!);

/**
 * "giờ còn / giờ là bao nhiêu" (now): the question's form (reading.yaml residual), not a word
 * the answer must state; "mấy giờ" (what time) and "gió" (wind) stay.
 */
const CASES: [question: string, readsGio: boolean][] = [
  ["Thuế ô tô Anh xuất sang Mỹ giờ còn bao nhiêu %?", false],
  ["Thuế ô tô Anh xuất sang Mỹ giờ là bao nhiêu %?", false],
  ["thue o to Anh xuat sang My gio con bao nhieu %?", false],
  ["Ông Trump ký sắc lệnh lúc mấy giờ?", true],
  ["Giờ làm việc của nhà máy Wilton là bao nhiêu?", true],
];

describe("Vietnamese 'giờ' as now (reading.yaml residual)", () => {
  it.each(CASES)("%s → reads gio: %s", (question, readsGio) =>
    expect(analyzeQuestion(question, "vi", index).words.some((w) => w.word === "gio")).toBe(readsGio),
  );
});
