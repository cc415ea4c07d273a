import { beforeAll, describe, expect, it } from "vitest";
import { elapsedQuestion } from "../../../src/answer/computed/index.js";
import { answerQuestion } from "../../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import type { BriefingStore } from "../../../src/briefing/types.js";

/**
 * "Is X still prime minister?": a state asked of today that the sources state only at their
 * dates. Refused (today is what was asked), showing the latest dated fact giving the person
 * that office, as of its date, and that nothing after the sources is known; never as if it
 * were current.
 */
describe("still holds: the frames of each language", () => {
  it.each([
    ["Is Ishiba still prime minister?", "en", "is Ishiba prime minister?"],
    ["Is Ishiba still the PM now?", "en", "is Ishiba PM?"],
    ["is chinh still in office", "en", "is chinh in office?"],
    ["Does To Lam still lead the party?", "en", "does To Lam lead the party?"],
    ["Is Trump currently president?", "en", "is Trump president?"],
    ["石破氏は今も首相ですか？", "ja", "石破氏は首相ですか？"],
    ["チン首相はまだ首相を務めていますか？", "ja", "チン首相は首相ですか？"],
    ["Ông Ishiba hiện giờ còn làm thủ tướng Nhật không?", "vi", "Ông Ishiba thủ tướng Nhật"],
    ["Ông Chính có còn là thủ tướng nữa không?", "vi", "Ông Chính thủ tướng"],
    ["ong ishiba van con lam thu tuong khong", "vi", "ong ishiba thu tuong"],
  ] as const)("%s", (q, lang, ask) => {
    expect(elapsedQuestion(q, lang)).toEqual({ kind: "holds", ask });
  });
  it.each([
    ["Is the 90-day pause still in effect?", "en", "still"],
    ["Lệnh tạm hoãn 90 ngày còn hiệu lực không?", "vi", "still"],
    ["Is Ishiba prime minister?", "en", undefined],
    ["Ông Ishiba làm gì ở Hà Nội?", "vi", undefined],
  ] as const)("%s is not this frame", (q, lang, kind) => {
    expect(elapsedQuestion(q, lang)?.kind).toBe(kind);
  });
});

describe("still holds, end to end", () => {
  const NOW = new Date("2026-12-06T09:00:00Z");
  let store: BriefingStore;
  beforeAll(() => {
    store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
  });
  const ask = (q: string) => answerQuestion(q, store, { now: NOW, briefingId: "japan-vietnam-2025" });

  it.each([
    [
      "Is Ishiba still prime minister?",
      /Prime Minister Shigeru Ishiba/,
      "whether it still holds today (December 6, 2026) is not known",
    ],
    ["Is Chinh still in office?", /Prime Minister Pham Minh Chinh/, "is not known here"],
    ["石破氏は今も首相ですか？", /石破(?:茂)?首相/, "今日（2026年12月6日）も同じかどうかは分かりません"],
    [
      "Ông Ishiba hiện giờ còn làm thủ tướng Nhật không?",
      /[Tt]hủ tướng[^.]*Ishiba/,
      "không rõ hôm nay (6/12/2026)",
    ],
  ])("%s: refused, with the dated fact that gives the title and today unknown", (q, title, note) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.citations.length).toBeGreaterThan(0);
    expect(a.text).toMatch(title);
    expect(a.text).toContain(note);
  });

  it("does not take 'the Prime Minister's Office' beside a name for the title", () => {
    const a = ask("Is Ishiba still prime minister?");
    expect(a.factIds).not.toContain("cooperation-forum-address-april-28");
  });

  it("does not answer for an office the person is not given", () => {
    expect(ask("Is Ishiba still foreign minister?").answered).toBe(false);
  });
});
