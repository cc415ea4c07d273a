import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";

/**
 * "Trump's planned rates for Japan vs Vietnam": a comparison of the figures as first planned
 * (April's 24% and 46%) compares those, not the July deals that replaced them.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const NOW = new Date("2026-12-06T12:00:00Z");
const ask = (q: string) => answerQuestion(q, store, { now: NOW, briefingId: "japan-vietnam-2025" });

describe("a comparison of the planned figures", () => {
  it.each([
    "quick one — trump's planned rates for japan vs vietnam, which is higher and by how many points?",
    "quick question – trump's planned rates for japan vs vietnam, which is higher?",
    "trump's planned rates for japan vs vietnam, which is higher and by how many points?",
    "Which was higher, the tariff Trump threatened on Japan or on Vietnam?",
    "japan vs vietnam threatened tariffs, which is higher and by how much?",
    "Japan vs Vietnam: the originally proposed US tariffs, how far apart?",
    "トランプ氏が当初示した関税、日本とベトナムではどちらが高い？",
    "Thuế quan Mỹ đe dọa áp lên Nhật Bản hay Việt Nam cao hơn?",
  ])("compares April's rates first: %s", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.factIds.slice(0, 2).sort()).toEqual(["tariff-japan-24", "tariff-vietnam-46"]);
    expect(a.text).toMatch(/22/);
  });

  it("a comparison not asking the planned figures leads with the deals", () => {
    const a = ask("japan vs vietnam tariffs, which is higher and by how much?");
    expect(a.factIds.slice(0, 2).sort()).toEqual(["tariff-japan-15", "tariff-vietnam-20"]);
  });

  it.each([
    "trump's planned rates for japan vs thailand, which is higher?",
    "Which was higher, the tariff Trump threatened on Cambodia or on Vietnam?",
  ])("a side the briefing holds no figure for stays refused: %s", (q) => {
    expect(ask(q).answered).toBe(false);
  });
});
