import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../../src/answer/analyze.js";
import { FitContext } from "../../../src/answer/fit/context.js";
import { reasonText } from "../../../src/answer/fit/explain.js";
import { topicWordKnown } from "../../../src/answer/fit/rules/topic-word-known.js";
import { universalGroups } from "../../../src/answer/fit.js";
import { indexFor } from "../../../src/answer/index-build.js";
import { detectLang } from "../../../src/answer/language.js";
import { personIds } from "../../../src/answer/rank.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import { languagePack } from "../../../src/knowledge/packs.js";
import { judge, type RuleCase } from "./cases.js";

/** Rejects: the question's topic is a word no part of the briefing knows, and the fact shares only names. */
const CASES: RuleCase[] = [
  // The weather, traffic, an earthquake in a city the briefing names: not Xi's visit there.
  ["what's the weather in hanoi this week", "xi-state-visit-april-14-15-japantimes", true],
  ["how's the traffic in Hanoi today?", "ishiba-arrived-hanoi-april-27", true],
  ["Any earthquakes in Tokyo this month?", "ishiba-return-tokyo-april-30", true],
  ["ハノイの今週の天気は？", "xi-state-visit-april-14-15-japantimes", true],
  ["Thời tiết Hà Nội tuần này thế nào?", "xi-state-visit-april-14-15-japantimes", true],
  // A word the briefing knows, even mistyped: the rule has no say.
  ["When did Ishiba land in Hanoi?", "ishiba-arrived-hanoi-april-27", false],
  ["How many Vietnamese PhD studnets will Japan acept?", "phd-students-250-dailywrap", false],
  // An unknown word beside a topical word the fact shares: a paraphrase, left to the other rules.
  ["How many doctoral candidates from Vietnam will Japan welcome?", "phd-half-of-500-japantimes", false],
  ["When exactly did Ishiba land in Hanoi?", "ishiba-arrived-hanoi-april-27", false],
  // An unknown word too vague to be the topic ("push"): the fact that names it otherwise stands.
  [
    "What does the Japan Times call Japan's push in Southeast Asia?",
    "japan-charm-offensive-southeast-asia",
    false,
  ],
  // A figure asked of a thing unknown, sharing only the briefing's common ground ("tariff",
  // "rate") and the setting ("under the deal"): the figure of something else.
  ["What tariff applies to Vietnamese bicycles under the deal?", "tariff-vietnam-46", true],
  // The same words, a thing the fact states: let through.
  ["What tariff applies to Vietnamese goods under the deal?", "tariff-vietnam-46", false],
  // Only names and words of general use ("latest", "news"): nothing unknown to judge.
  ["latest news on Ishiba in Hanoi?", "ishiba-arrived-hanoi-april-27", false],
];

describe(`fit rule ${topicWordKnown.name}`, () => {
  it("has the stable name topic-word-known", () => expect(topicWordKnown.name).toBe("topic-word-known"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(topicWordKnown, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^topic-word-known\b/);
  });
  it("reads words of general use from the language packs", () => {
    expect(languagePack("en").generalWords.has("week")).toBe(true);
    expect(languagePack("ja").generalWords.has("今週")).toBe(true);
    expect(languagePack("vi").generalWords.has("tuan")).toBe(true);
    expect(languagePack("en").vagueWords.has("push")).toBe(true);
  });
});

/** The same rule on the second briefing: foods and films it never mentions are not its beef or aerospace. */
describe(`fit rule ${topicWordKnown.name} on the U.S.–UK briefing`, () => {
  const briefing = createBriefingStore(DEFAULT_BRIEFINGS_DIR).get("us-uk-2025")!;
  const index = indexFor(briefing);
  const judgeUk = (question: string, factId: string): string[] => {
    const q = analyzeQuestion(question, detectLang(question), index);
    const fact = briefing.byId.fact.get(factId)!;
    const ctx = new FitContext(q, fact, index, personIds(briefing), universalGroups(index));
    return topicWordKnown.check(ctx)?.reasons.map(reasonText) ?? [];
  };
  it.each([
    ["UK chicken?", "uk-beef-quota-13000-tonnes", true],
    ["British films and the US?", "aerospace-tariffs-removed-june-30", true],
    ["What about lamb from the UK?", "us-beef-quota-13000-for-uk", true],
    ["What about beef from the UK?", "us-beef-quota-13000-for-uk", false],
  ] as const)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeUk(question, factId).length > 0).toBe(rejects);
  });
});
