import { beforeAll, describe, expect, it } from "vitest";
import { plainQuestion } from "../../src/answer/chat.js";
import { sameKind } from "../../src/answer/computed/compare.js";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { BriefingStore } from "../../src/briefing/types.js";

// Four classes of question a round found refused or misread, each with variants in other
// words, on both shipped briefings, and look-alikes that must stay refused (or not be misread).
const NOW = new Date("2026-12-06T09:00:00Z");
let store: BriefingStore;
beforeAll(() => {
  store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
});
const ask = (q: string, briefing?: string) =>
  answerQuestion(q, store, { now: NOW, ...(briefing ? { briefingId: briefing } : {}) });

type Row = readonly [question: string, briefing: string | undefined, says: readonly string[]];

function answers(rows: readonly Row[]) {
  it.each(rows)("%s", (q, briefing, says) => {
    const a = ask(q, briefing);
    expect(a.answered, a.text).toBe(true);
    for (const s of says) expect(a.text).toContain(s);
    expect(a.citations.length).toBeGreaterThan(0);
  });
}

function refuses(rows: readonly (readonly [string, string | undefined])[]) {
  it.each(rows)("%s", (q, briefing) => {
    expect(ask(q, briefing).answered).toBe(false);
  });
}

const JV = "japan-vietnam-2025";
const UK = "us-uk-2025";

describe("chat openers, fillers and 'does anyone remember' frames ask no topic (chat.yaml, discourse.yaml)", () => {
  answers([
    [
      "hey quick one, whats the total number of semiconductor phds vietnam is aiming for overall?",
      JV,
      ["500"],
    ],
    ["ok another quick q - how many PhD candidates does Vietnam want in total?", JV, ["500"]],
    [
      "Morning all! Does anyone remember which two seas Tokyo and Hanoi said they were worried about?",
      JV,
      ["East China Sea", "South China Sea"],
    ],
    [
      "evening folks, anybody recall which seas Japan and Vietnam were concerned about?",
      JV,
      ["South China Sea"],
    ],
    ["do you know when Ishiba landed in Hanoi?", JV, ["April 27"]],
    ["I can't remember who Ishiba met on Sunday", JV, ["To Lam"]],
    ["liberation day tariff announcement was which date again?", JV, ["April 2"]],
    ["what was the car quota again?", UK, ["100,000"]],
    ["good morning team! does anyone know how many cars the quota covers overall?", UK, ["100,000"]],
  ]);
  // "again" of what is to come, or a yes/no question, is not asking to be reminded.
  it.each([
    ["liberation day tariff announcement was which date again?", false],
    ["who was the envoy Vietnam sent again?", false],
    ["when will Ishiba and Chinh meet again?", true],
    ["did they meet again?", true],
    ["what is next if tariffs rise again?", true],
  ] as const)("%s keeps 'again': %s", (q, kept) => {
    expect(/\bagain\b/.test(plainQuestion(q, "en"))).toBe(kept);
  });
  it.each([
    ["Morning all! Does anyone remember which two seas they were worried about?", "which two seas"],
    ["do you know if the deal was signed?", "do you know if"],
  ] as const)("%s reads as %s", (q, plain) => {
    expect(plainQuestion(q, "en")).toContain(plain);
  });
  refuses([
    ["Does anyone remember what the weather was in Hanoi?", JV],
    ["hey quick one, what's the total number of tourists vietnam expects overall?", JV],
  ]);
});

describe("words of characterising speech ask for the words the fact quotes (stopwords.yaml, reading.yaml)", () => {
  answers([
    ["ishiba described vietnam as what, in terms of the indo-pacific?", JV, ["key partner"]],
    ["ishiba called vietnam what, in the indo-pacific?", JV, ["key partner"]],
    ["how did ishiba label vietnam in terms of the indo-pacific?", JV, ["key partner"]],
    ["what phrase did ishiba use to describe the talks on OSA", JV, ["constructive"]],
    ["what words did ishiba use for the OSA talks?", JV, ["constructive"]],
    ["which expression did Ishiba use about the talks on OSA?", JV, ["constructive"]],
  ]);
  // A phone call asked of whom is still a call.
  answers([["who did ishiba call?", JV, ["Trump"]]]);
  refuses([
    ["what phrase did ishiba use to describe the weather in hanoi?", JV],
    ["what words did Starmer use about the Japan deal?", UK],
    // A participle tells which words are asked for: a fact must hold them.
    ["trump's three buzzwords describing the deal?", UK],
  ]);
});

describe("where a source's report originally comes from is read from its record (sources[].origin)", () => {
  answers([
    [
      "is the dailywrap piece their own reporting? where does it originally come from",
      JV,
      ["PAP", "money.pl"],
    ],
    ["what language was the original written in", JV, ["Polish"]],
    ["what language was the dailywrap article originally written in?", JV, ["Polish", "money.pl"]],
    ["is the Dailywrap story a translation?", JV, ["Polish"]],
    ["bai dailywrap dang ngay nao, goc tu dau vay", JV, ["28", "money.pl"]],
    ["bài Dailywrap có phải bản dịch không, bản gốc bằng tiếng gì?", JV, ["Ba Lan"]],
    // "từ Việt Nam" folds to the words of "tự viết": no question about a source.
    ["Nhật sẽ nhận khoảng bao nhiêu nghiên cứu sinh ngành chip từ Việt Nam?", JV, ["250"]],
    ["デイリーラップの記事は独自取材？元の記事はどこ？", JV, ["money.pl"]],
    ["デイリーラップの記事の原文は何語？", JV, ["ポーランド語"]],
    // 「どこのメディア」 is read whole, not as 「どこ」 and a topic 「メディア」: the sources are listed.
    ["この2つの記事ってどこのメディアの？", JV, ["Dailywrap", "The Japan Times"]],
    ["この記事はどこの新聞のもの？", JV, ["The Japan Times"]],
  ]);
  // A source whose record says nothing of its origin: told so, never answered with a fact.
  refuses([
    ["is the japan times piece a translation?", JV],
    ["ジャパンタイムズの記事の原文は何語？", JV],
    ["what was the original language of the White House fact sheet?", UK],
  ]);
  // "original" of a plan, "nguồn gốc" of goods: no question about a source.
  answers([["what was the original tariff on vietnam?", JV, ["46%"]]]);
});

describe("a gap in points between two cited rates of one kind (compare.ts, rule same-kind-measure)", () => {
  answers([
    [
      "quick compare: japan's rate vs vietnam's rate, what's the gap in percentage points?",
      JV,
      ["22 percentage points", "24%", "46%"],
    ],
    ["how many points apart are the rates for Japan and Vietnam?", JV, ["5 percentage points", "15%", "20%"]],
    ["日本とベトナムの税率の差は何ポイント？", JV, ["22ポイント"]],
    ["chênh lệch thuế suất giữa Nhật và Việt Nam là bao nhiêu điểm phần trăm?", JV, ["22 điểm phần trăm"]],
    ["Nhật với Việt Nam, mức thuế chênh nhau mấy điểm?", JV, ["5 điểm phần trăm"]],
  ]);
  it("cites each input", () => {
    const a = ask("japan's rate vs vietnam's rate?", JV);
    expect(a.factIds.slice(0, 2).sort()).toEqual(["tariff-japan-15", "tariff-vietnam-20"]);
    expect(a.text).toMatch(/15%\s*\[\d\].*20%\s*\[\d\]/su);
  });
  // No rate for one side: no gap is made up.
  refuses([["japan's rate vs china's rate, what's the gap in points?", JV]]);
  it.each([
    [
      "U.S. tariff rate on imports from Japan under the July 2025 deal",
      "U.S. tariff rate on imports from Vietnam under the July 2025 deal",
      true,
    ],
    [
      "U.S. reciprocal tariff rate threatened on imports from Japan",
      "U.S. tariff rate threatened on imports from Vietnam",
      true,
    ],
    [
      "U.S. share of Vietnam's total exports in 2023",
      "U.S. tariff rate on imports from Japan under the July 2025 deal",
      false,
    ],
    [
      "U.S. reciprocal tariff rate on Japan briefly in place",
      "U.S. tariff rate threatened on imports from Vietnam",
      false,
    ],
  ] as const)("same kind: %s / %s", (a, b, same) => {
    expect(sameKind(a, b, new Set(["japan", "vietnam", "japanese", "vietnamese"]))).toBe(same);
  });
});
