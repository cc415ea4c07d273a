import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../../src/answer/analyze.js";
import { FitContext } from "../../../src/answer/fit/context.js";
import { reasonText } from "../../../src/answer/fit/explain.js";
import { specificTermStated } from "../../../src/answer/fit/rules/specific-term-stated.js";
import { universalGroups } from "../../../src/answer/fit.js";
import { indexFor } from "../../../src/answer/index-build.js";
import { detectLang } from "../../../src/answer/language.js";
import { personIds } from "../../../src/answer/rank.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import { languageModule } from "../../../src/lang/registry.js";
import { judge, type RuleCase } from "./cases.js";

/**
 * Rejects: the question names one of the briefing's topics by a word the fact does not state
 * (nor its topics), and the fact states no other topic word of the question.
 */
const UK_CASES: RuleCase[] = [
  // Cars asked, a tariff on bioethanol or beef offered: about something else.
  ["英国がアメリカ製の車にかけてる関税は何%？", "ethanol-quota-1-4-billion-litres", true],
  ["英国がアメリカ製の車にかけてる関税は何%？", "uk-beef-quota-13000-tonnes", true],
  ["What tariff does the UK charge on American cars?", "ethanol-quota-1-4-billion-litres", true],
  ["How much US beef can enter the UK tariff-free?", "steel-aluminium-to-zero-uk-claim", true],
  // A loanword no Vietnamese syllable could be ("ethanol") is a word of its own, a topic's.
  ["Mỹ giảm thuế bao nhiêu cho ethanol của Anh xuất sang Mỹ?", "measures-in-force-june-30", true],
  ["Mỹ giảm thuế bao nhiêu cho ethanol của Anh xuất sang Mỹ?", "ethanol-quota-1-4-billion-litres", false],
  // A syllable inside a topic's keyword of several syllables, written whole ("ô tô"), is that
  // topic's word; alone ("tô") it is not.
  ["Thuế ô tô Anh xuất sang Mỹ giờ còn bao nhiêu %?", "steel-aluminium-to-zero-uk-claim", true],
  [
    "thue o to Anh xuat sang My giam tu bao nhieu % xuong con bao nhieu %?",
    "steel-aluminium-to-zero-uk-claim",
    true,
  ],
  ["Thuế ô tô Anh xuất sang Mỹ giờ còn bao nhiêu %?", "car-quota-100000-at-10-percent", false],
  ["Thuế tô Anh xuất sang Mỹ giờ còn bao nhiêu %?", "steel-aluminium-to-zero-uk-claim", false],
  // The fact states the word, or its topic names it: the rule has no say.
  ["英国がアメリカ製の車にかけてる関税は何%？", "car-quota-100000-at-10-percent", false],
  ["uk car tariff?", "car-quota-100000-at-10-percent", false],
  ["What tariff do UK pharmaceuticals face?", "baseline-10-percent-stays", false],
  // Common ground of the briefing ("tariff", "goods"): no topic of its own.
  ["What is the US tariff on UK goods?", "baseline-10-percent-stays", false],
  // "trade" names two topics (the deal, the open issues): a word of several, not one.
  ["When did the US-UK trade deal come into force?", "measures-in-force-june-30", false],
  // "take" is in a topic's keywords ("take effect") but stated all over: not that topic's word.
  ["who wrote the US Chamber of Commerce's take on the EPD?", "chorlins-chamber-assessment", false],
];

/** On the default briefing: another topic word the fact states keeps it ("meet" is the frame). */
const JV_CASES: RuleCase[] = [
  ["At what level will the new defence dialogue meet?", "defence-dialogue-2plus2-dailywrap", false],
  ["How many semiconductor PhDs will Japan train?", "phd-students-250-dailywrap", false],
  ["How many semiconductor engineers will Vietnam train?", "decarbonization-clean-energy-20-billion", true],
];

describe(`fit rule ${specificTermStated.name}`, () => {
  it("has the stable name specific-term-stated", () =>
    expect(specificTermStated.name).toBe("specific-term-stated"));
  it.each(JV_CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(specificTermStated, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^specific-term-stated\b/);
  });
});

describe(`fit rule ${specificTermStated.name} on the U.S.–UK briefing`, () => {
  const briefing = createBriefingStore(DEFAULT_BRIEFINGS_DIR).get("us-uk-2025")!;
  const index = indexFor(briefing);
  const judgeUk = (question: string, factId: string): string[] => {
    const lang = detectLang(question);
    const text = languageModule(lang).numbersToDigits?.(question) ?? question;
    const q = analyzeQuestion(text, lang, index);
    const fact = briefing.byId.fact.get(factId);
    if (!fact) throw new Error(`no fact ${factId} in us-uk-2025`);
    const ctx = new FitContext(q, fact, index, personIds(briefing), universalGroups(index));
    return specificTermStated.check(ctx)?.reasons.map(reasonText) ?? [];
  };
  it.each(UK_CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judgeUk(question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).toMatch(/does not state "/);
  });
});
