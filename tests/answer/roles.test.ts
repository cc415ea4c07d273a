import { describe, expect, it } from "vitest";
import { buildEntityMatcher, findMentions, latinTokens, prepareQuestion } from "../../src/answer/entities.js";
import { readRoles, slotsFit } from "../../src/answer/roles.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Lang } from "../../src/i18n/lang.js";
import type { CueSlot } from "../../src/knowledge/cues.js";

const briefing = createBriefingStore(DEFAULT_BRIEFINGS_DIR).get()!;
const matcher = buildEntityMatcher(briefing);

/**
 * Each named entity of the question with the role read for it: "japan:agent". With `kinds`,
 * each entity's kind comes from the briefing, as the analyzer reads them.
 */
function roles(text: string, lang: Lang, kinds = false): string[] {
  const prepared = prepareQuestion(text);
  const toks = latinTokens(prepared);
  const found = findMentions(prepared, toks, lang, matcher);
  const kindOf = kinds ? (id: string) => briefing.byId.entity.get(id)?.kind : undefined;
  const read = readRoles(prepared, toks, found, lang, kindOf);
  return found.map((m, i) => `${m.id}:${read[i] ?? "-"}`);
}

describe("roles read from the pack's cues, the same way in every language", () => {
  it.each([
    ["How many Vietnamese engineers will Japan accept?", "en", ["vietnam:origin", "japan:agent"]],
    ["What tariff does Vietnam face?", "en", ["vietnam:recipient"]],
    ["What tariff did the U.S. impose on Japan?", "en", ["united-states:agent", "japan:recipient"]],
    ["Was Japan threatened with a 24% tariff?", "en", ["japan:recipient"]],
    // A commitment "from Japan" is Japan's own: it acts, not where goods come from; what comes
    // from Japan's investment leaves Japan's role open.
    ["What is the purchase commitment from Japan for?", "en", ["japan:agent"]],
    ["Who gets the profits from Japan's investment?", "en", ["japan:-"]],
    ["How many goods come from Japan?", "en", ["japan:origin"]],
    ["How many people live in Japan?", "en", ["japan:location"]],
    ["What did Ishiba agree with Chinh?", "en", ["shigeru-ishiba:agent", "pham-minh-chinh:counterpart"]],
    ["How strong is Japan compared with Vietnam?", "en", ["japan:-", "vietnam:-"]],
    [
      "What did Ishiba say about the Ishiba-Chinh talks?",
      "en",
      ["shigeru-ishiba:agent", "shigeru-ishiba:-", "pham-minh-chinh:-"],
    ],
    // Sending: the sender is where the people come from; the other side takes them in.
    ["How many students will Vietnam send to Japan?", "en", ["vietnam:origin", "japan:-"]],
    // Whose exports the question says already: the other one is not made their origin.
    ["アメリカはベトナムの輸出の何％を占めてる？", "ja", ["united-states:-", "vietnam:origin"]],
    ["ベトナムへの関税は何パーセントですか？", "ja", ["vietnam:recipient"]],
    ["日本は何人のベトナム人学生を受け入れますか？", "ja", ["japan:agent", "vietnam:origin"]],
    ["日本にいくら投資しましたか？", "ja", ["japan:recipient"]],
    ["Thuế Mỹ áp lên hàng Việt Nam là bao nhiêu?", "vi", ["united-states:agent", "vietnam:origin"]],
    ["Mỹ áp thuế đối với Việt Nam bao nhiêu?", "vi", ["united-states:agent", "vietnam:recipient"]],
    ["Có bao nhiêu người Việt Nam đang sống ở Nhật Bản?", "vi", ["vietnam:origin", "japan:location"]],
    // A cue does not reach past a comma: "ngoài bán dẫn, Nhật …" (besides chips, Japan …).
    ["Ngoài bán dẫn, Nhật và VN còn hợp tác trong lĩnh vực nào?", "vi", ["japan:-", "vietnam:-"]],
    // A why-question's subject acted, unless a passive or "get" says it received.
    ["Why did To Lam fly to Washington?", "en", ["to-lam:agent", "washington:location"]],
    ["Why would Japan train Vietnamese PhDs?", "en", ["japan:agent", "vietnamese-phd-students:-"]],
    ["Why has Japan been hit by tariffs?", "en", ["japan:recipient"]],
    ["Why did Vietnam get a 46% tariff?", "en", ["vietnam:-"]],
    // What is received or faced from a side comes from the one who imposes it.
    ["What tariff rate was Japan facing from the US?", "en", ["japan:recipient", "united-states:agent"]],
    ["Did Vietnam get a 46 percent tariff from the U.S.?", "en", ["vietnam:-", "united-states:agent"]],
    ["What tariff did Japan face on goods from Vietnam?", "en", ["japan:recipient", "vietnam:origin"]],
    // A name before a levy: whose levy, or on whom, is not said by the words.
    [
      "What happened to the US tariff on British engines?",
      "en",
      ["united-states:-", "united-kingdom:origin"],
    ],
    // Whose waters or airspace: as "the UK's waters", no role.
    ["How long will Vietnam keep access to Japanese waters?", "en", ["vietnam:-", "japan:-"]],
    // What is escaped or left is not where people or goods come from; a plain "from" still is.
    [
      "How long are Vietnamese workers exempt from Japanese national insurance?",
      "en",
      ["vietnam:origin", "japan:-"],
    ],
    ["Are Vietnamese goods free from U.S. tariffs?", "en", ["vietnam:origin", "united-states:-"]],
    ["Will Vietnam benefit from Japan?", "en", ["vietnam:-", "japan:-"]],
    ["How many students come from Vietnam?", "en", ["vietnam:origin"]],
    // The side one acts for is not a recipient; "for" after other words still is.
    ["Who negotiated for Japan?", "en", ["japan:-"]],
    ["Who spoke on behalf of Vietnam?", "en", ["vietnam:-"]],
    ["Who negotiated the trade deal for Japan?", "en", ["japan:-"]],
    ["Who signed the agreement for Vietnam?", "en", ["vietnam:-"]],
    ["What tariff is there for Vietnam?", "en", ["vietnam:recipient"]],
    // "for X" or "to X" after a word of perspective: in X's view, not X receiving.
    ["How did Ishiba describe Vietnam's role for Japan?", "en", ["shigeru-ishiba:-", "vietnam:-", "japan:-"]],
    ["How important is Vietnam to Japan?", "en", ["vietnam:-", "japan:-"]],
    ["What kind of partner is Vietnam for Japan?", "en", ["vietnam:-", "japan:-"]],
    ["Vai trò của Việt Nam đối với Nhật Bản là gì?", "vi", ["vietnam:-", "japan:-"]],
    // The one helped is not who acts.
    ["Tại sao Nhật lại muốn giúp VN đào tạo tiến sĩ?", "vi", ["japan:-", "vietnam:recipient"]],
  ] as const)("%s", (question, lang, expected) => {
    expect(roles(question, lang)).toEqual(expected);
  });
});

/**
 * A country's name or adjective used as a modifier of goods marks where the goods come from:
 * "American cars", 米国車, "xe Mỹ". A measure after the goods is the country's own ("US steel
 * tariffs"), and "米国の自動車への関税" is the U.S.'s tariff: neither is the goods' origin.
 */
describe("a country modifying goods is their origin", () => {
  const usUk = createBriefingStore(DEFAULT_BRIEFINGS_DIR).get("us-uk-2025")!;
  const usUkMatcher = buildEntityMatcher(usUk);
  const read = (text: string, lang: Lang): string[] => {
    const prepared = prepareQuestion(text);
    const toks = latinTokens(prepared);
    const found = findMentions(prepared, toks, lang, usUkMatcher);
    const roles = readRoles(prepared, toks, found, lang);
    return found.map((m, i) => `${m.id}:${roles[i] ?? "-"}`);
  };
  it.each([
    [
      "What tariff does the UK charge on American cars?",
      "en",
      ["united-kingdom:agent", "united-states:origin"],
    ],
    ["How much British ethanol enters the US?", "en", ["united-kingdom:origin", "united-states:-"]],
    ["Is US beef allowed in the UK?", "en", ["united-states:origin", "united-kingdom:location"]],
    ["How many UK car parts pay 10%?", "en", ["united-kingdom:origin"]],
    ["Are cars made in the UK cheaper?", "en", ["united-kingdom:origin"]],
    // Not goods, or a measure on them: the country's own.
    ["What are US steel tariffs now?", "en", ["united-states:-"]],
    ["Did the US tariff on steel change?", "en", ["united-states:-"]],
    // Who changes a levy imposes it; "into X" is where the goods go.
    ["英国は米国車への関税を下げましたか？", "ja", ["united-kingdom:agent", "united-states:origin"]],
    ["Did Britain lower its tariff on US cars?", "en", ["united-kingdom:agent", "united-states:origin"]],
    ["The UK cut its duty on American cars, right?", "en", ["united-kingdom:agent", "united-states:origin"]],
    [
      "What quota of American cars can go into Britain?",
      "en",
      ["united-states:origin", "united-kingdom:location"],
    ],
    ["Anh giảm thuế đối với ô tô Mỹ khi nào?", "vi", ["united-kingdom:agent", "united-states:origin"]],
    ["英国産牛肉の枠は？", "ja", ["united-kingdom:origin"]],
    ["米国製エタノールの関税は？", "ja", ["united-states:origin"]],
    ["米国の自動車への関税は？", "ja", ["united-states:-"]],
    ["Thuế Anh với xe Mỹ là bao nhiêu?", "vi", ["united-kingdom:-", "united-states:origin"]],
    ["Thịt bò Anh vào Mỹ được bao nhiêu tấn?", "vi", ["united-kingdom:origin", "united-states:location"]],
    ["Hàng Anh chịu thuế bao nhiêu?", "vi", ["united-kingdom:origin"]],
    // The one allowed to export sends: the goods are its own.
    [
      "Anh được xuất khẩu bao nhiêu lít ethanol sang Mỹ?",
      "vi",
      ["united-kingdom:origin", "united-states:location"],
    ],
  ] as const)("%s", (question, lang, expected) => {
    expect(read(question, lang)).toEqual(expected);
  });
});

describe("a cue's slots", () => {
  const phrases = (words: string[][], min = 1, max = 1): CueSlot => ({
    phrases: words,
    unless: [],
    min,
    max,
    anyUnit: false,
  });
  const skip = (max: number): CueSlot => ({ phrases: [], unless: [], min: 0, max, anyUnit: true });
  it.each([
    // [units, slots, fits]
    [["phd", "students"], [phrases([["phd"]], 0, 2), phrases([["students"]])], true],
    // Backtracking: a word that may be a modifier or the noun itself.
    [["phd"], [phrases([["phd"]], 0, 2), phrases([["phd"]])], true],
    [["a", "b", "c", "face"], [skip(2), phrases([["face"]])], false],
    [["a", "b", "face"], [skip(2), phrases([["face"]])], true],
    [["doi", "voi"], [phrases([["doi", "voi"], ["doi"]])], true],
    [["x"], [phrases([["doi", "voi"]])], false],
  ] as const)("%j", (units, slots, fits) => {
    expect(slotsFit(units as readonly string[], 0, slots as readonly CueSlot[])).toBe(fits);
  });
  it("a longer phrase named in `unless` is not the slot's phrase: 送り先 is not 送", () => {
    const send: CueSlot = { phrases: [["送"]], unless: [["送", "り", "先"]], min: 1, max: 1, anyUnit: false };
    expect(slotsFit(Array.from("送る"), 0, [send])).toBe(true);
    expect(slotsFit(Array.from("送り先"), 0, [send])).toBe(false);
  });
});

describe("a person is no one's origin: 'from Trump' names who acts", () => {
  it.each([
    ["what tariff is JP facing from trump?", "en", ["japan:recipient", "donald-trump:agent"]],
    // A country after "from" stays where goods come from.
    ["What tariff do goods from Vietnam face?", "en", ["vietnam:origin"]],
  ])("%s", (q, lang, expected) => {
    expect(roles(q, lang as Lang, true)).toEqual(expected);
  });
});

describe("people sent on a mission: the sender acts", () => {
  it.each([
    ["Did Vietnam send an envoy to Washington?", "en", "vietnam:agent"],
    // "dispatch" sends too; the place the envoy goes to is a place.
    ["Who did Hanoi dispatch to Washington?", "en", "hanoi:agent"],
    ["Who did Hanoi dispatch to Washington?", "en", "washington:location"],
    ["Who was dispatched by Vietnam to Washington?", "en", "vietnam:agent"],
    ["ベトナムはワシントンに特使を派遣しましたか？", "ja", "vietnam:-"],
    // Not taken as the origin of what is sent, as students are below.
    ["Việt Nam có gửi phái đoàn sang Washington không?", "vi", "vietnam:-"],
    // Goods or students sent come from the sender.
    ["How many students will Vietnam send to Japan?", "en", "vietnam:origin"],
    ["Việt Nam gửi bao nhiêu sinh viên sang Nhật?", "vi", "vietnam:origin"],
  ])("%s", (q, lang, expected) => {
    expect(roles(q, lang as Lang, true)).toContain(expected);
  });
});

describe("the name right after a giving verb receives", () => {
  it.each([
    ["How much will the US pay Japan?", "en", ["united-states:agent", "japan:recipient"]],
    ["Did Japan give Vietnam any loans?", "en", ["japan:agent", "vietnam:recipient"]],
  ])("%s", (q, lang, expected) => {
    expect(roles(q, lang as Lang)).toEqual(expected);
  });
});

describe("who ships goods acts: where they come from, whichever way they go", () => {
  it.each([
    ["How many tons of rice is Japan shipping to Vietnam?", "en", ["japan:origin", "vietnam:-"]],
    ["Is Vietnam exporting rice to Japan?", "en", ["vietnam:origin", "japan:-"]],
    ["日本はベトナムにコメを何トン出荷しますか？", "ja", ["japan:origin", "vietnam:-"]],
    ["Nhật Bản được xuất bao nhiêu xe sang Việt Nam?", "vi", ["japan:origin", "vietnam:location"]],
    // Not sending: who makes or proposes something ("sản xuất", "đề xuất").
    ["Nhật Bản được đề xuất bao nhiêu dự án ở Việt Nam?", "vi", ["japan:-", "vietnam:location"]],
  ] as const)("%s → %j", (q, lang, expected) => {
    expect(roles(q, lang as Lang)).toEqual(expected);
  });
  // A firm before its goods is their maker, left unchecked (a fact writes it as the one who acts).
  it("leaves a firm's goods unchecked", () => {
    expect(roles("How much do Foreign Ministry exports cost?", "en", true)).toEqual(["japan-mofa:-"]);
  });
});
