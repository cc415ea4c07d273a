import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * Comparisons of two goods under two names, the note on how two sources differ, the first item
 * of a list, a place that stands for an industry, and how talks came out "in the end": each
 * with variants in three languages and look-alikes that stay refused.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const NOW = new Date("2026-12-06T12:00:00Z");
const ask = (q: string, briefingId: string) => answerQuestion(q, store, { now: NOW, briefingId });
const uk = (q: string) => ask(q, "us-uk-2025");
const jv = (q: string) => ask(q, "japan-vietnam-2025");

describe("two goods compared, each side with its own name as context", () => {
  it.each([
    "Which is higher, the UK tariff on US ethanol or the US tariff on UK cars within the quota?",
    "英国の米国産エタノールへの関税と、米国の英国車への関税では、どちらが高い？",
    "Thuế của Anh với ethanol Mỹ và thuế của Mỹ với ô tô Anh trong hạn ngạch, cái nào cao hơn?",
  ])("gives both figures, cited: %s", (q) => {
    const a = uk(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/19\s?%/);
    expect(a.text).toMatch(/(?<![\d.,])10\s?%/);
    expect(a.factIds).toEqual(
      expect.arrayContaining(["ethanol-quota-1-4-billion-litres", "car-quota-100000-at-10-percent"]),
    );
  });

  it("refuses when one side has no figure", () => {
    const a = uk("Which is higher: the UK tariff on US ethanol or the US tariff on UK pharmaceuticals?");
    expect(a.answered).toBe(false);
  });
});

describe("why two sources differ: the briefing's note on the difference", () => {
  it.each([
    ["Why do AirlineGeeks and No 10 differ on the car tariff before the deal?", /2\.5%/],
    ["AirlineGeeksは25%、英首相官邸は27.5%と言っているのはなぜ？違いはどこから？", /2\.5%/],
  ])("says where the difference comes from: %s", (q, note) => {
    const a = uk(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(note);
    expect(a.factIds).toEqual(expect.arrayContaining(["car-tariff-was-25-airlinegeeks"]));
  });

  it("a question of one source's figure gets no note", () => {
    const a = uk("What did AirlineGeeks say the car tariff had been?");
    expect(a.text).not.toMatch(/differs/);
  });
});

describe("the first item of a list is not in the fact that gives its rest", () => {
  it.each([
    "商工会議所の最初の要求は？",
    "Đề nghị đầu tiên của Phòng Thương mại Mỹ với các nhà đàm phán là gì?",
  ])("answers with the list's opening fact: %s", (q) => {
    const a = uk(q);
    expect(a.answered).toBe(true);
    expect(a.factIds[0]).toBe("us-chamber-wanted-more");
  });

  it.each([
    "What's the first recommendation the US Chamber gave American negotiators?",
    "Khuyến nghị đầu tiên của Phòng Thương mại Mỹ là gì?",
  ])("never gives the rest for the first: %s", (q) => {
    expect(uk(q).factIds).not.toContain("chamber-other-recommendations");
  });

  it("the rest is still the answer when no first is asked", () => {
    const a = uk("Did the Chamber ask for rules on AI and cybersecurity?");
    expect(a.factIds).toContain("chamber-other-recommendations");
  });
});

describe("a place that stands for an industry", () => {
  it.each([
    "Why did Trump say British luxury cars are no danger to Detroit?",
    "Does the UK car deal threaten Detroit?",
    "トランプ氏はなぜ英国の高級車がデトロイトを脅かさないと言ったのですか？",
  ])("reads Detroit as the American car makers: %s", (q) => {
    const a = uk(q);
    expect(a.answered).toBe(true);
    expect(a.factIds[0]).toBe("luxury-cars-no-threat-to-us-automakers");
  });

  it.each(["What is the population of Detroit?", "When is the Detroit auto show?"])(
    "refuses the city: %s",
    (q) => {
      expect(uk(q).answered).toBe(false);
    },
  );
});

describe("how talks came out in the end: the deal, not the deadline", () => {
  it.each([
    "In the end, did Japan land a trade deal with the US?",
    "結局、日本は7月の期限までに米国と合意できたの？",
    "Cuối cùng Nhật Bản có đạt thỏa thuận với Mỹ trước hạn chót tháng 7 không?",
  ])("answers with the deal: %s", (q) => {
    const a = jv(q);
    expect(a.answered).toBe(true);
    expect(a.factIds[0]).toBe("tariff-japan-15");
  });

  it.each([
    "In the end, did Japan and Vietnam sign an OSA deal?",
    "In the end, did China get a deal before the deadline?",
  ])("refuses an outcome no fact reports: %s", (q) => {
    expect(jv(q).answered).toBe(false);
  });

  it("a deadline asked to have ended is still a deadline question", () => {
    const a = jv("did the July deadline end?");
    expect(a.answered).toBe(true);
    expect(a.factIds[0]).toBe("tariff-deadline-july");
  });
});

describe("a party's term of a deal as a fact sheet writes it ('Japan will provide …')", () => {
  const trial = createBriefingStore("tests/eval/briefings");
  it("answers what was agreed with the term", () => {
    const a = answerQuestion("Which subsidies did Japan agree to extend to US cars?", trial, {
      now: NOW,
      briefingId: "us-japan-2025",
    });
    expect(a.answered).toBe(true);
    expect(a.factIds[0]).toBe("clean-energy-vehicle-subsidies");
  });
});
