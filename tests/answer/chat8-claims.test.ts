import { describe, expect, it } from "vitest";
import { plainQuestion } from "../../src/answer/chat.js";
import { compoundParts } from "../../src/answer/compound.js";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Lang } from "../../src/i18n/lang.js";

/**
 * How chat phrasing hides the question (round 34): a lead-in that rates the question ("random
 * q"), someone's claim to be checked ("my uncle keeps insisting …", "同僚が…って言ってる", "chú
 * mình cứ khăng khăng là …"), students called kids, "chip stuff", options offered ("$20 billion
 * or 20 trillion yen?", "…？それとも…？"), a figure in dollars written out, the ministries of a
 * "thứ trưởng bộ nào".
 * Own wordings, in en, ja and vi; the fact that answers (among those cited), or "refuse" for a
 * look-alike that must stay refused (another thing, another entity, another kind of figure).
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const JV = "japan-vietnam-2025";
const PHD = "phd-students-250-dailywrap";
const CLEAN = "decarbonization-clean-energy-20-billion";
const TWO = "defence-dialogue-2plus2-dailywrap";
const TWO_JT = "defence-channel-vice-ministerial-japantimes";

type Case = [question: string, expected: string];

function answerOf(question: string) {
  return answerQuestion(question, store, { briefingId: JV, now: new Date("2026-12-07") });
}

function check([question, expected]: Case): void {
  const a = answerOf(question);
  if (expected === "refuse") expect(a.answered ? a.factIds : []).toEqual([]);
  else expect(a.factIds).toContain(expected);
}

describe("who claims it and how the asker rates the question (chat.yaml, discourse.yaml)", () => {
  it.each<[Lang, string, string]>([
    ["en", "silly question: when did Ishiba land?", "when did Ishiba land?"],
    ["en", "ok so random q - who met To Lam?", "who met To Lam?"],
    [
      "en",
      "my dad swears that the deal was signed in May, when was it?",
      "the deal was signed in May, when was it?",
    ],
    ["en", "a friend of mine says Japan pledged a lot, how much?", "Japan pledged a lot, how much?"],
    ["en", "how much was pledged? (my boss keeps saying it's yen)", "how much was pledged?"],
    ["en", "how many phd kids will Japan take?", "how many phd students will Japan take?"],
    // Look-alikes: a question about a random sample, "kids" alone, a friend's visit.
    ["en", "was the sample random?", "was the sample random?"],
    ["en", "how many kids were there?", "how many kids were there?"],
    ["en", "when did my friend visit Hanoi?", "when did my friend visit Hanoi?"],
    ["vi", "hỏi linh tinh tí: ai gặp Tô Lâm?", "ai gặp Tô Lâm?"],
  ])("%s: %s → %s", (lang, question, plain) => expect(plainQuestion(question, lang)).toBe(plain));

  it.each<Case>([
    [
      "ok so silly q, my aunt swears Japan will take like 5000 Vietnamese PhD kids for chip stuff - how many really?",
      PHD,
    ],
    [
      "a friend of mine keeps telling me Japan takes thousands of Vietnamese doctoral students in semiconductors, how many is it actually?",
      PHD,
    ],
    [
      "変な質問だけど、叔父がずっと日本はベトナムの博士課程の学生を数千人受け入れるって言い張ってる。本当は何人？",
      PHD,
    ],
    [
      "bác tôi cứ khăng khăng là Nhật nhận hàng nghìn nghiên cứu sinh Việt Nam ngành bán dẫn, thực ra bao nhiêu người?",
      PHD,
    ],
    ["dong nghiep minh bao la Nhat nhan hang nghin nghien cuu sinh VN ve chip, thuc ra bao nhieu?", PHD],
    // Another group, another country, another field: refused.
    [
      "my uncle keeps insisting Japan promised to take thousands of Vietnamese nurses — how many was it actually?",
      "refuse",
    ],
    [
      "my dad says Korea promised to take thousands of Vietnamese PhD kids for chips - how many was it?",
      "refuse",
    ],
    ["叔父が日本はベトナムの看護師を数千人受け入れるって言い張ってる。本当は何人？", "refuse"],
    // 「…って書いてある？」 points at the article, not a topic (ja discourse.yaml).
    ["日本はベトナムの博士課程の学生を何人受け入れるって書いてある？", PHD],
    ["日本はベトナムの看護師を何人受け入れるって書いてある？", "refuse"],
    [
      "chú mình cứ khăng khăng là Hàn Quốc nhận hàng nghìn nghiên cứu sinh Việt Nam, thực ra bao nhiêu?",
      "refuse",
    ],
  ])("%s → %s", (q, expected) => check([q, expected]));
});

describe("options offered: a figure in dollars, one of two figures held (rewrites.yaml, compound.yaml)", () => {
  it.each<[Lang, string, number]>([
    ["en", "Was it $20 billion? Or 20 trillion yen?", 1],
    ["ja", "200億ドル？それとも20兆円？", 1],
    ["vi", "20 tỷ đô à? Hay là 20 nghìn tỷ yên?", 1],
    // An option with no figure may ask a question of its own; two questions stay two.
    ["en", "When did Ishiba visit Hanoi? Or was it Manila first?", 2],
    ["ja", "いつハノイに着いた？それともマニラが先？", 2],
  ])("%s: %s → %i part(s)", (lang, question, n) => expect(compoundParts(question, lang)).toHaveLength(n));

  it.each<Case>([
    ["the clean energy pledge: 20 trillion yen or 20 billion dollars?", CLEAN],
    ["decarbonisation money, 20bn USD or 2 trillion yen? (my brother swears it's yen)", CLEAN],
    ["was the clean energy money 20 billion dollars? or 20 trillion yen?", CLEAN],
    ["脱炭素とクリーンエネルギーの金額は200億ドル？それとも20兆円？", CLEAN],
    ["tiền cho năng lượng sạch là 20 tỷ đô à? Hay là 20 nghìn tỷ yên?", CLEAN],
    // Another topic with the same figures: refused.
    ["was the defence money 20 billion dollars or 20 trillion yen?", "refuse"],
    ["防衛の予算は200億ドル？それとも20兆円？", "refuse"],
    ["tiền cho quốc phòng là 20 tỷ đô hay 20 nghìn tỷ yên?", "refuse"],
    ["did Korea pledge 20 billion dollars or 20 trillion yen for clean energy?", "refuse"],
  ])("%s → %s", (q, expected) => check([q, expected]));
});

describe("the members of what a class belongs to are not asked by name (frames.yaml members)", () => {
  it.each<Case>([
    ["2+2 là cấp nào, thứ trưởng của bộ nào?", TWO_JT],
    ["doi thoai 2+2 cap gi, thu truong bo nao tham gia?", TWO],
    ["2+2はどのレベル？どの省の次官？", TWO],
    ["the 2+2 forum: which ministries' deputy ministers?", TWO],
    // The deputy ministers asked by name: no fact names them.
    ["thứ trưởng nào tham gia đối thoại 2+2?", "refuse"],
    ["2+2に出るのはどの次官？名前は？", "refuse"],
    ["which deputy ministers will attend the 2+2 dialogue, by name?", "refuse"],
  ])("%s → %s", (q, expected) => check([q, expected]));
});
