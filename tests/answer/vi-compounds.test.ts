import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { indexTerms } from "../../src/answer/term-ids.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * Vietnamese compound synonyms (synonyms.yaml `compounds`): a word of two syllables read as the
 * one the statements write ("xe hơi" as "ô tô", car), with marks or without, on both sides;
 * the syllables alone keep their own meaning ("hơi" steam, "cảng" a port).
 */
const SAME: [text: string, plain: string][] = [
  ["xe hơi Nhật", "ô tô Nhật"],
  ["xe hoi nhat", "o to nhat"],
  ["XE HƠI điện", "ô tô điện"],
  ["phi cơ chở khách", "máy bay chở khách"],
  ["chiến đấu cơ", "máy bay chiến đấu"],
  ["phi truong Noi Bai", "san bay Noi Bai"],
  ["nhập cảng gạo", "nhập khẩu gạo"],
  ["xuat cang thep", "xuat khau thep"],
  ["thâm hụt mậu dịch", "thâm hụt thương mại"],
  ["điện nguyên tử", "điện hạt nhân"],
  ["phí tổn vận chuyển", "chi phí vận chuyển"],
  ["ngoại trưởng Nhật", "bộ trưởng ngoại giao Nhật"],
  ["xe lửa cao tốc", "tàu hỏa cao tốc"],
];

/** Look-alikes: a syllable of a compound alone, or in another word, keeps its words. */
const KEPT: [text: string, not: string][] = [
  ["hơi nước", "ô tô"],
  ["xe tải", "ô tô"],
  ["xe máy", "ô tô"],
  ["cảng Hải Phòng", "nhập khẩu"],
  ["cơ hội", "máy bay"],
  ["phi thuế quan", "máy bay"],
  ["dịch vụ", "thương mại"],
];

describe("Vietnamese compound synonyms", () => {
  it.each(SAME)("%s reads as %s", (text, plain) => {
    expect(indexTerms(text, "vi")).toEqual(indexTerms(plain, "vi"));
  });
  it.each(KEPT)("%s is not read as %s", (text, not) => {
    const terms = indexTerms(text, "vi");
    expect(indexTerms(not, "vi").every((t) => terms.includes(t))).toBe(false);
  });
});

const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);

const CASES: [question: string, expected: string][] = [
  ["Mỹ đánh thuế bao nhiêu phần trăm với xe hơi, thép và nhôm?", "us-tariff-25-vehicles-steel-aluminum"],
  ["my ap thue xe hoi thep nhom bao nhieu phan tram", "us-tariff-25-vehicles-steel-aluminum"],
  ["Thuế nhập cảng xe hơi của Mỹ là bao nhiêu?", "us-tariff-25-vehicles-steel-aluminum"],
  // Look-alikes: a vehicle the facts do not state, a figure of something else.
  ["Thuế của Mỹ với xe tải điện là bao nhiêu?", "refuse"],
];

describe("compound synonyms in questions (japan-vietnam-2025)", () => {
  it.each(CASES)("%s → %s", (question, expected) => {
    const a = answerQuestion(question, store, {
      briefingId: "japan-vietnam-2025",
      now: new Date("2026-01-01"),
    });
    if (expected === "refuse") expect(a.answered ? a.factIds : []).toEqual([]);
    else expect(a.factIds).toContain(expected);
  });
});
