import { beforeAll, describe, expect, it } from "vitest";
import { compoundParts, sharedFrame } from "../../src/answer/compound.js";
import { answerQuestion } from "../../src/answer/index.js";
import { periodMarker } from "../../src/answer/timeframe.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { BriefingStore } from "../../src/briefing/types.js";

/**
 * Questions of two parts that share one frame: "日本は何％、ベトナムは何％" (the same ask of two
 * names, compound.yaml join), "Rời Hà Nội ông Ishiba đi đâu, gặp ai?" (a short last ask in the
 * first part's frame).
 */
describe("parts that share a frame: where a question splits", () => {
  it.each([
    [
      "トランプ関税って日本は何％、ベトナムは何％だったっけ",
      "ja",
      ["トランプ関税って日本は何％", "ベトナムは何％だったっけ"],
    ],
    [
      "日本への関税は何％、ベトナムへの関税は何％？",
      "ja",
      ["日本への関税は何％", "ベトナムへの関税は何％？"],
    ],
    ["習主席はいつ来て、石破首相はいつ来た？", "ja", ["習主席はいつ来て", "石破首相はいつ来た？"]],
    [
      "Rời Hà Nội ông Ishiba đi đâu, gặp ai?",
      "vi",
      ["Rời Hà Nội ông Ishiba đi đâu", "Rời Hà Nội ông Ishiba gặp ai?"],
    ],
    [
      "Thủ tướng Ishiba đến Hà Nội ngày nào, gặp ai?",
      "vi",
      ["Thủ tướng Ishiba đến Hà Nội ngày nào", "Thủ tướng Ishiba đến Hà Nội gặp ai?"],
    ],
  ] as const)("%s", (q, lang, parts) => {
    expect(compoundParts(q, lang)).toEqual(parts);
  });

  it.each([
    // One ask: nothing to split.
    ["日本への関税は何％ですか？", "ja"],
    ["ベトナム、日本の関税は何％？", "ja"],
    ["Ông Ishiba đã gặp ai ở Hà Nội?", "vi"],
    // "…, Việt Nam được gì?": a comma inside one ask of one subject stays whole when the first
    // part asks nothing.
    ["Theo hiệp định, Việt Nam được gì?", "vi"],
  ] as const)("one question: %s", (q, lang) => {
    expect(compoundParts(q, lang)).toEqual([q]);
  });
});

describe("a later part asking the first part's question of another name", () => {
  const country = (surface: string) => ({ surface, kind: "country" });
  it.each([
    [
      ["トランプ関税って日本は何％", [country("日本")]],
      ["ベトナムは何％だったっけ", [country("ベトナム")]],
      "ja",
      "トランプ関税ってベトナムは何％だったっけ",
    ],
    [
      ["Thuế đối ứng của Mỹ với Nhật Bản là bao nhiêu", [country("Nhật Bản")]],
      ["Việt Nam là bao nhiêu?", [country("Việt Nam")]],
      "vi",
      "Thuế đối ứng của Mỹ với Việt Nam là bao nhiêu?",
    ],
  ] as const)("%j + %j", (first, later, lang, framed) => {
    const out = sharedFrame({ piece: first[0], names: first[1] }, { piece: later[0], names: later[1] }, lang);
    // Read as NFKC ("％" is "%").
    expect(out).toBe(framed.normalize("NFKC"));
  });

  it.each([
    // The first part opens with its name: the later part is whole as it is.
    [["日本への関税は何％", [country("日本")]], ["ベトナムへの関税は何％", [country("ベトナム")]], "ja"],
    // The later part opens with no name.
    [["トランプ関税って日本は何％", [country("日本")]], ["いつ発表された？", []], "ja"],
    // Names of different kinds: not the same ask.
    [
      ["トランプ関税って日本は何％", [country("日本")]],
      ["石破首相は何と言った？", [{ surface: "石破首相", kind: "person" }]],
      "ja",
    ],
  ] as const)("not framed: %j + %j", (first, later, lang) => {
    expect(
      sharedFrame({ piece: first[0], names: first[1] }, { piece: later[0], names: later[1] }, lang),
    ).toBeUndefined();
  });
});

describe("what happened to something is not what happened after the sources", () => {
  let store: BriefingStore;
  beforeAll(() => {
    store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
  });
  it.each([
    ["鉄鋼とアルミの関税ってどうなったの？", undefined],
    ["英国車の関税はどうなった？", undefined],
    ["その後、鉄鋼の関税はどうなった？", "その後"],
    ["7月の期限の後、ベトナムへの関税はどうなった？", "期限の後"],
  ] as const)("%s", (q, marker) => {
    expect(periodMarker(q, "ja", store.get("us-uk-2025")!)?.word).toBe(marker);
  });
});

describe("parts that share a frame, end to end", () => {
  const NOW = new Date("2026-12-06T09:00:00Z");
  let store: BriefingStore;
  beforeAll(() => {
    store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
  });
  it.each([
    ["トランプ関税って日本は何％、ベトナムは何％だったっけ", "japan-vietnam-2025", ["24%", "46%"]],
    [
      "トランプの相互関税、日本は何パーセント、ベトナムは何パーセント？",
      "japan-vietnam-2025",
      ["24%", "46%"],
    ],
    ["Rời Hà Nội ông Ishiba đi đâu, gặp ai?", "japan-vietnam-2025", ["Philippines", "Marcos"]],
    ["Sau khi rời Hà Nội, ông Ishiba đi đâu, gặp ai?", "japan-vietnam-2025", ["Philippines", "Marcos"]],
    [
      "After leaving Hanoi, where did Ishiba go, and who did he meet?",
      "japan-vietnam-2025",
      ["Philippines", "Marcos"],
    ],
    ["After leaving Hanoi, who did Ishiba meet?", "japan-vietnam-2025", ["Marcos"]],
    ["ハノイを離れた後、石破首相は誰と会った？", "japan-vietnam-2025", ["マルコス"]],
    ["鉄鋼とアルミの関税ってどうなったの？", "us-uk-2025", ["ゼロ"]],
  ] as const)("%s", (q, briefing, says) => {
    const a = answerQuestion(q, store, { now: NOW, briefingId: briefing });
    expect(a.answered).toBe(true);
    for (const s of says) expect(a.text).toContain(s);
  });

  it.each([
    // Leaving Hanoi, he met no one in Hanoi: the talks there are not the answer.
    ["After leaving Hanoi, who did Ishiba meet?", ["To Lam", "Chinh"]],
    ["Rời Hà Nội ông Ishiba gặp ai?", ["Tô Lâm", "Chính"]],
  ] as const)("never the place left: %s", (q, never) => {
    const a = answerQuestion(q, store, { now: NOW, briefingId: "japan-vietnam-2025" });
    for (const s of never) expect(a.text).not.toContain(s);
  });
});
