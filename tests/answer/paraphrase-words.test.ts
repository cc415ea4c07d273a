import { beforeAll, describe, expect, it } from "vitest";
import { matches, normalise } from "../../bench/eval-rules.js";
import { answerQuestion } from "../../src/answer/index.js";
import { indexTerms } from "../../src/answer/term-ids.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { BriefingStore } from "../../src/briefing/types.js";

/**
 * Everyday wordings read as the plain words the facts use (rewrites.yaml `phrases`,
 * synonyms.yaml): idioms of one meaning with their variants ("stand against", "take a stand
 * against", "push back against" are "oppose"; "put on the table", "bring to the table" are
 * "offer"), and the same in Japanese and Vietnamese where the language has them.
 */
const ALIKE: [lang: "en" | "ja" | "vi", phrase: string, plain: string][] = [
  ["en", "the two countries should stand against bullying", "the two countries should oppose bullying"],
  ["en", "they took a firm stand against unilateral acts", "they oppose unilateral acts"],
  ["en", "Hanoi pushed back against the tariffs", "Hanoi oppose the tariffs"],
  ["en", "Xi spoke out against protectionism", "Xi oppose protectionism"],
  ["en", "Vietnam resisted the pressure", "Vietnam opposed the pressure"],
  ["en", "what did Xi put on the table", "what did Xi offer"],
  ["en", "Japan brought 250 PhD places to the table", "Japan offer 250 PhD places"],
  ["en", "the UK laid a new quota on the table", "the UK offer a new quota"],
  ["en", "who put out the fact sheet", "who publish the fact sheet"],
  ["en", "the ministry issued a joint statement", "the ministry publish a joint statement"],
  ["en", "did the deal get rid of the tax", "did the deal scrap the tax"],
  ["en", "will they do away with the levy", "will they scrap the levy"],
  ["en", "Britain abolished the tax", "Britain scrapped the tax"],
  ["en", "willing to eliminate it", "willing to scrap it"],
  ["en", "how much revenue would the deal bring in", "how much revenue would the deal raise"],
  ["en", "the tariffs rake in billions", "the tariffs raise billions"],
  ["en", "the tariffs generate revenue", "the tariffs raise revenue"],
  ["en", "what will they work on together", "what will they cooperate"],
  ["en", "the two sides joined forces on energy", "the two sides cooperate on energy"],
  ["en", "what will they do later on", "what will they do future"],
  ["en", "what areas would they cooperate on later", "what areas would they cooperate on future"],
  ["en", "security aid", "security assistance"],
  ["en", "Trump claimed it", "Trump said it"],
  ["ja", "称賛", "称え"],
  ["ja", "賞賛", "称え"],
  ["ja", "何を提示した", "何を提案した"],
  ["ja", "何に立ち向かう", "何に反対"],
  ["ja", "一方的な行為に対抗する", "一方的な行為に反対する"],
  ["vi", "Anh có loại bỏ thuế này không", "Anh có bãi bỏ thuế này không"],
  ["vi", "xóa bỏ rào cản", "bãi bỏ rào cản"],
  ["vi", "hai nước nên cùng chống lại các hành vi bắt nạt", "hai nước nên cùng phản đối các hành vi bắt nạt"],
];

/** What keeps its words: the same letters in another sense. */
const KEPT: [lang: "en", text: string, notLike: string][] = [
  ["en", "Vietnam stands to gain from the deal", "Vietnam oppose gain from the deal"],
  ["en", "the issue of tariffs", "the publish of tariffs"],
  ["en", "exports dropped 5%", "exports scrap 5%"],
  ["en", "they bring in foreign workers", "they raise foreign workers"],
  ["en", "he left two days later", "he left two days future"],
  ["en", "did they meet again later", "did they meet again future"],
  ["en", "put the plan on hold", "offer the plan on hold"],
];

describe("everyday wordings read as the facts' words", () => {
  it.each(ALIKE)("%s: %s reads as %s", (lang, phrase, plain) => {
    expect(indexTerms(phrase, lang)).toEqual(indexTerms(plain, lang));
  });
  it.each(KEPT)("%s: %s keeps its words", (lang, text, notLike) => {
    expect(indexTerms(text, lang)).not.toEqual(indexTerms(notLike, lang));
  });
});

/**
 * Questions in everyday words (new wordings of the kinds round 27 and us-uk 14 found refused)
 * against the shipped briefings, judged as the evaluation judges; and traps the same words
 * must not open.
 */
interface Case {
  briefing: string;
  q: string;
  must?: string[][];
}

const ANSWERED: Case[] = [
  {
    briefing: "japan-vietnam-2025",
    q: "What did Xi say China and Vietnam should take a stand against?",
    must: [["bullying", "unilateral"]],
  },
  {
    briefing: "japan-vietnam-2025",
    q: "What should the two countries push back against, according to Xi?",
    must: [["bullying", "unilateral"]],
  },
  {
    briefing: "japan-vietnam-2025",
    q: "What did Xi bring to the table for Vietnam?",
    must: [["agricultur*", "invest*", "infrastructure"]],
  },
  {
    briefing: "japan-vietnam-2025",
    q: "Were Japan and Vietnam able to agree on OSA?",
    must: [["consensus", "agree*"]],
  },
  { briefing: "japan-vietnam-2025", q: "any particular renewable projects mentioned?", must: [["wind*"]] },
  {
    briefing: "japan-vietnam-2025",
    q: "Besides clean energy, what areas will they work on together later on?",
    must: [["infrastructure", "disaster", "agricultur*"]],
  },
  {
    briefing: "japan-vietnam-2025",
    q: "which outlets is all this from?",
    must: [["dailywrap"], ["japan times"]],
  },
  { briefing: "japan-vietnam-2025", q: "この情報はどのメディアから？", must: [["dailywrap"]] },
  {
    briefing: "japan-vietnam-2025",
    q: "I'm a PhD student in Da Nang. How many Vietnamese PhD students will Japan accept?",
    must: [["250"]],
  },
  {
    briefing: "us-uk-2025",
    q: "who brought out the fact sheet on implementing the general terms?",
    must: [["white house"]],
  },
  {
    briefing: "us-uk-2025",
    q: "How much revenue did Trump say the tariffs would rake in for America?",
    must: [["6"]],
  },
  {
    briefing: "us-uk-2025",
    q: "Did the UK do away with its digital services tax?",
    must: [["no", "not", "untouched"]],
  },
  {
    briefing: "us-uk-2025",
    q: "What American products will the UK accept that it didn't accept before, as quoted by AirlineGeeks?",
    must: [["beef", "machinery"]],
  },
  { briefing: "japan-vietnam-2025", q: "習氏はベトナムに何を提示した？", must: [["農産物"]] },
  {
    briefing: "japan-vietnam-2025",
    q: "習氏は両国が何に立ち向かうべきだと言った？",
    must: [["いじめ", "一方的"]],
  },
  {
    briefing: "us-uk-2025",
    q: "Anh có loại bỏ thuế dịch vụ số trong thỏa thuận không?",
    must: [["bai bo", "giu nguyen"]],
  },
  {
    briefing: "us-uk-2025",
    q: "英国大使でトランプ氏を賞賛したのは誰？",
    must: [["mandelson", "マンデルソン"]],
  },
];

/** Examples listed in brackets: a fact about either one answers. */
ANSWERED.push({
  briefing: "japan-vietnam-2025",
  q: "What did Japan put on the table on security (the new dialogue channel, OSA)?",
  must: [
    ["vice*", "deputy*", "2+2"],
    ["osa", "official security assistance"],
  ],
});

const TRAPS: Case[] = [
  // "later on": after the briefing's reports, not the deal itself.
  {
    briefing: "us-uk-2025",
    q: "Did the UK scrap its digital services tax later on as part of the EPD talks?",
  },
  // "American businesses … from the UK" is not "UK businesses … from the US".
  { briefing: "us-uk-2025", q: "How many small UK businesses import goods from the US?" },
  { briefing: "japan-vietnam-2025", q: "Did Japan and Vietnam get rid of tariffs on each other?" },
  {
    briefing: "japan-vietnam-2025",
    q: "What did Ishiba put on the table for the Philippines' fishing fleet?",
  },
];

let store: BriefingStore;
beforeAll(() => {
  store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
});

function ask(c: Case) {
  return answerQuestion(c.q, store, { now: new Date("2026-01-01"), briefingId: c.briefing });
}

describe("questions in everyday words", () => {
  it.each(ANSWERED)("$q", (c) => {
    const a = ask(c);
    expect(a.answered, a.text).toBe(true);
    expect(a.citations.some((x) => x.url)).toBe(true);
    const text = normalise(a.text);
    for (const group of c.must ?? [])
      expect(
        group.some((alt) => matches(text, alt)),
        `${group} in ${a.text}`,
      ).toBe(true);
  });
  it.each(TRAPS)("$q abstains", (c) => {
    const a = ask(c);
    expect(a.answered, a.text).toBe(false);
  });
});
