import { describe, expect, it } from "vitest";
import { changeAsked } from "../../../src/answer/computed/change.js";
import { answerQuestion } from "../../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import type { Lang } from "../../../src/i18n/lang.js";

const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);

describe("a change asked: how far apart a fact's two figures are", () => {
  it.each<[string, Lang, boolean]>([
    ["By how many percentage points did the in-quota duty on British cars fall?", "en", true],
    ["how much did the car tariff drop?", "en", true],
    ["How much did the car tariff come down by?", "en", true],
    ["英国車の枠内関税は何ポイント引き下げられましたか？", "ja", true],
    ["Thuế ô tô Anh trong hạn ngạch giảm bao nhiêu điểm phần trăm?", "vi", true],
    // How much money or how many days: not a change between two figures.
    ["How much will Jaguar Land Rover save?", "en", false],
    ["Lệnh tạm hoãn kéo dài bao nhiêu ngày?", "vi", false],
  ])("%s → %s", (q, lang, asked) => {
    expect(changeAsked(q, lang)).toBe(asked);
  });
});

describe("answered with both figures and their difference, cited", () => {
  it.each<[string, RegExp]>([
    [
      "By how many percentage points did the in-quota duty on British cars fall?",
      /27\.5% and 10% \[1\], the difference is 17\.5 percentage points/,
    ],
    ["英国車の枠内関税は何ポイント引き下げられましたか？", /17\.5ポイント/],
    ["Thuế ô tô Anh trong hạn ngạch giảm bao nhiêu điểm phần trăm?", /17,5 điểm phần trăm/],
  ])("%s", (q, expected) => {
    const a = answerQuestion(q, store, { briefingId: "us-uk-2025" });
    expect(a.answered).toBe(true);
    expect(a.citations.length).toBeGreaterThan(0);
    expect(a.text).toMatch(expected);
  });

  it("a fact without two figures of one unit gets no difference", () => {
    const a = answerQuestion("By how many points did the tariff on Vietnam fall?", store, {
      briefingId: "japan-vietnam-2025",
    });
    expect(a.text).not.toMatch(/the difference is/);
  });
});
