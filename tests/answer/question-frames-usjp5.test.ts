import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildEntityMatcher, findMentions, latinTokens, prepareQuestion } from "../../src/answer/entities.js";
import { answerQuestion } from "../../src/answer/index.js";
import { figureKindsNamed, measureKind } from "../../src/answer/question-intent.js";
import { readRoles } from "../../src/answer/roles.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Lang } from "../../src/i18n/lang.js";

/**
 * Question frames read as data (roles.yaml, measures.yaml, rewrites.yaml, frames.yaml):
 * a subject after an inverted auxiliary acts ("how much is the US investing", "is Japan
 * boosting imports"); buying is trade and a figure asked per year is a year's; boost, expand,
 * ramp up are increase; top/lead negotiator, 交渉の日本側トップ are the chief negotiator; who
 * succeeded someone is asked of a succession the facts state.
 */
const main = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const trial = createBriefingStore(fileURLToPath(new URL("../eval/briefings", import.meta.url)));

function reader(briefingId: string, store: typeof main) {
  const matcher = buildEntityMatcher(store.get(briefingId)!);
  return (text: string, lang: Lang): string[] => {
    const prepared = prepareQuestion(text);
    const toks = latinTokens(prepared);
    const found = findMentions(prepared, toks, lang, matcher);
    const roles = readRoles(prepared, toks, found, lang);
    return found.map((m, i) => `${m.id}:${roles[i] ?? "-"}`);
  };
}

describe("a subject after an inverted auxiliary acts", () => {
  const read = reader("us-japan-2025", trial);
  it.each([
    [
      "how much is the US investing in japan as part of the deal?",
      "en",
      // "invest in X": X receives the money (roles.yaml), not only where it goes.
      ["united-states:agent", "japan:recipient"],
    ],
    ["How much is Japan buying from the US?", "en", ["japan:agent", "united-states:origin"]],
    ["How much is Japan paying the US?", "en", ["japan:agent", "united-states:recipient"]],
    [
      "By how much is Japan boosting imports of American rice?",
      "en",
      ["japan:agent", "united-states:origin"],
    ],
    ["Will Japan expand its imports of US rice?", "en", ["japan:agent", "united-states:origin"]],
    ["Mỹ đầu tư bao nhiêu vào Nhật Bản?", "vi", ["united-states:agent", "japan:location"]],
    ["Nhật Bản sẽ đầu tư bao nhiêu vào Mỹ?", "vi", ["japan:agent", "united-states:location"]],
    // Not a subject that acts: a passive, a "set to" of what it faces, imports named alone.
    ["Was Japan threatened with a 25% tariff?", "en", ["japan:recipient"]],
    ["What tariff is Japan set to face?", "en", ["japan:recipient"]],
    ["Do US vehicle imports face a tariff?", "en", ["united-states:location"]],
  ] as const)("%s", (question, lang, expected) => {
    expect(read(question, lang)).toEqual(expected);
  });
});

describe("what a figure is of", () => {
  it.each([
    ["U.S. agricultural and other goods Japan committed to buy", "trade"],
    ["investment Japan pledged in the United States", "payment"],
    ["amount pledged for decarbonization and clean energy cooperation projects", "payment"],
    ["Japan's tariff-free rice import quota under minimum access", "quota"],
    ["UK duty-free quota for U.S. beef", "quota"],
    ["UK tariff on U.S. beef removed within the quota", "tariff"],
  ])("measure %s → %s", (measure, kind) => expect(measureKind(measure)).toBe(kind));
  it.each([
    ["How much did Japan commit to buy?", "en", ["trade"]],
    ["How much did Japan commit?", "en", ["payment"]],
    ["How much will Japan spend on US energy?", "en", ["payment", "trade"]],
    ["Nhật cam kết mua năng lượng Mỹ bao nhiêu?", "vi", ["payment", "trade"]],
    ["日本は米国産エネルギーをいくら購入しますか", "ja", ["trade"]],
    ["How much beef can the UK import duty-free?", "en", ["quota", "tariff", "trade"]],
  ] as const)("asked %s → %j", (question, lang, kinds) =>
    expect(figureKindsNamed(question, lang)).toEqual(kinds),
  );
});

const CASES: [store: typeof main, briefing: string, question: string, expected: string][] = [
  // 1. The swapped side's figure is refused; the side that acts is answered.
  [trial, "us-japan-2025", "how much is the US investing in japan as part of the deal?", "refuse"],
  [trial, "us-japan-2025", "How much is Washington investing in Japan?", "refuse"],
  [trial, "us-japan-2025", "How much will America invest in Japan?", "refuse"],
  [trial, "us-japan-2025", "Mỹ đầu tư bao nhiêu vào Nhật Bản?", "refuse"],
  [trial, "us-japan-2025", "米国は日本にいくら投資するのですか", "refuse"],
  [trial, "us-japan-2025", "How much energy is the US buying from Japan each year?", "refuse"],
  [trial, "us-japan-2025", "how much is japan investing in the US?", "investment-550-billion-90-percent"],
  [trial, "us-japan-2025", "Nhật Bản đầu tư bao nhiêu vào Mỹ?", "investment-550-billion-90-percent"],
  [trial, "us-japan-2025", "日本は米国にいくら投資しますか", "investment-550-billion-90-percent"],
  [
    main,
    "japan-vietnam-2025",
    "How much will Japan pledge for decarbonization and clean energy projects?",
    "decarbonization-clean-energy-20-billion",
  ],
  // 3. Buying is trade; a figure per year is a year's.
  [
    trial,
    "us-japan-2025",
    "Nhật cam kết mua năng lượng Mỹ (gồm cả LNG) bao nhiêu mỗi năm?",
    "energy-7-billion-lng",
  ],
  [trial, "us-japan-2025", "日本は米国産エネルギーを年間いくら購入しますか", "energy-7-billion-lng"],
  [trial, "us-japan-2025", "How much will Japan spend on US energy each year?", "energy-7-billion-lng"],
  [
    trial,
    "us-japan-2025",
    "how much in agricultural goods did japan commit to buy?",
    "purchases-8-billion-farm-goods",
  ],
  [
    trial,
    "us-japan-2025",
    "whats the total ag purchase commitment japan made, dollar amount",
    "purchases-8-billion-farm-goods",
  ],
  [trial, "us-japan-2025", "How much will Japan invest in the US each year?", "refuse"],
  [trial, "us-japan-2025", "日本は毎年いくら対米投資しますか", "refuse"],
  [trial, "us-japan-2025", "How many Boeing planes will Japan buy per year?", "refuse"],
  [
    main,
    "us-uk-2025",
    "How many UK cars can enter the US at the lower rate each year?",
    "car-quota-100000-at-10-percent",
  ],
  [trial, "us-japan-2025", "ミニマムアクセスの無税枠って年間何トン？", "rice-within-minimum-access"],
  [
    trial,
    "us-japan-2025",
    "How big is Japan's tariff-free rice quota each year?",
    "rice-within-minimum-access",
  ],
  // 4. boost / expand / ramp up / step up are increase.
  [trial, "us-japan-2025", "By how much is Japan boosting imports of American rice?", "rice-imports-up-75"],
  [trial, "us-japan-2025", "how much will japan expand its imports of US rice", "rice-imports-up-75"],
  [trial, "us-japan-2025", "how much is japan stepping up purchases of american rice", "rice-imports-up-75"],
  [trial, "us-japan-2025", "Nhật Bản sẽ tăng nhập khẩu gạo Mỹ bao nhiêu?", "rice-imports-up-75"],
  [trial, "us-japan-2025", "日本は米国産米の輸入をどれだけ拡大しますか", "rice-imports-up-75"],
  [trial, "us-japan-2025", "How much is the US boosting imports of Japanese rice?", "refuse"],
  // 2. A successor the facts do not name is refused.
  [trial, "us-japan-2025", "who took over from ishiba as pm and did they keep the deal going", "refuse"],
  [trial, "us-japan-2025", "Who succeeded Ishiba as prime minister?", "refuse"],
  [trial, "us-japan-2025", "石破首相の後任は誰ですか", "refuse"],
  [trial, "us-japan-2025", "Ai kế nhiệm ông Ishiba làm thủ tướng?", "refuse"],
  [main, "japan-vietnam-2025", "Who replaced To Lam?", "refuse"],
  [main, "us-uk-2025", "Who replaced Mandelson as ambassador?", "refuse"],
  [trial, "us-japan-2025", "Who signed the executive order?", "eo-14345-signed"],
  // 5. Top / lead negotiator, 交渉の日本側トップ, 交渉役: the chief negotiator.
  [trial, "us-japan-2025", "who's japan's top trade negotiator on this", "akazawa-lutnick-mid-june"],
  [trial, "us-japan-2025", "Who was Japan's lead negotiator?", "akazawa-lutnick-mid-june"],
  [trial, "us-japan-2025", "交渉の日本側トップって誰でしたっけ", "akazawa-lutnick-mid-june"],
  [trial, "us-japan-2025", "日本の交渉役は誰でしたか", "akazawa-lutnick-mid-june"],
  [trial, "us-japan-2025", "Ai là trưởng đoàn đàm phán của Nhật?", "akazawa-lutnick-mid-june"],
  [trial, "us-japan-2025", "who is japan's top supplier of rice?", "refuse"],
  [main, "us-uk-2025", "Who was the UK's top trade negotiator?", "refuse"],
  // 6. 表明 is what was said (述べた).
  [trial, "us-japan-2025", "石破首相が合意を表明したのはいつ、どこでですか", "ishiba-lowest-rate"],
];

describe("the right fact, or a refusal", () => {
  it.each(CASES)("%#: %s %s → %s", (store, briefingId, question, expected) => {
    const a = answerQuestion(question, store, { briefingId, now: new Date("2026-01-01") });
    if (expected === "refuse") expect(a.answered ? a.factIds : []).toEqual([]);
    else expect(a.factIds).toContain(expected);
  });
});
