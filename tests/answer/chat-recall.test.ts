import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze.js";
import { plainQuestion } from "../../src/answer/chat.js";
import { changeAsked } from "../../src/answer/computed/change.js";
import { elapsedQuestion } from "../../src/answer/computed/index.js";
import { buildEntityMatcher, findMentions, latinTokens, prepareQuestion } from "../../src/answer/entities.js";
import { indexFor } from "../../src/answer/index-build.js";
import { figureKindsNamed } from "../../src/answer/question-intent.js";
import { readRoles } from "../../src/answer/roles.js";
import { indexTerms } from "../../src/answer/term-ids.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Lang } from "../../src/i18n/lang.js";

/**
 * Questions the briefing can answer, written the way people chat (issue 11): clipped offices
 * ("commerce sec"), a pause ("wait a sec"), a closing particle ("… hả",
 * "… z"), a number in a "who are the 2 producers", a figure "for" a name, a count "under" a
 * quota, "has it passed or is it still upcoming". Each with look-alikes read as before.
 */

describe("chat spellings and pauses (chat.yaml)", () => {
  it.each<[Lang, string, string]>([
    ["en", "who is the commerce sec?", "who is the commerce secretary?"],
    ["en", "what did the treasury secy say", "what did the treasury secretary say"],
    ["en", "wait a sec, who is the commerce sec?", "who is the commerce secretary?"],
    // Look-alikes: a second round, a wait asked about, a minute of a meeting.
    ["en", "is there a second round of talks?", "is there a second round of talks?"],
    ["en", "how long did they wait for the deal?", "how long did they wait for the deal?"],
    ["en", "wait times at the border?", "wait times at the border?"],
    ["vi", "gạo Mỹ vào Nhật là bn tấn z", "gạo Mỹ vào Nhật là bao nhiêu tấn"],
    ["vi", "thuế ô tô giảm bao nhiêu ha", "thuế ô tô giảm bao nhiêu"],
    ["vi", "quy tắc mới định nghĩa cái gì thế?", "quy tắc mới định nghĩa gì"],
    ["vi", "Ai ký sắc lệnh vậy?", "Ai ký sắc lệnh"],
    // A lone particle, or one inside the question, stays.
    ["vi", "hả", "hả"],
    ["vi", "thế giới nói gì", "thế giới nói gì"],
  ])("%s: %s → %s", (lang, question, plain) => expect(plainQuestion(question, lang)).toBe(plain));
});

const usUk = createBriefingStore(DEFAULT_BRIEFINGS_DIR).get("us-uk-2025")!;
const usUkIndex = indexFor(usUk);

describe("a who asking for a company, with a count before its noun (reading.yaml whoBody)", () => {
  it.each<[string, boolean]>([
    ["who are the 2 producers that dominate UK bioethanol", true],
    ["who are the 3 biggest carmakers in the UK?", true],
    ["who are the two companies that dominate UK bioethanol?", true],
    // A person asked: no company noun.
    ["who are the 2 ministers that signed?", false],
    ["who is the CEO of Ensus?", false],
  ])("%s → %s", (q, body) => expect(analyzeQuestion(q, "en", usUkIndex).whoBody).toBe(body));
});

const matcher = buildEntityMatcher(usUk);
function roles(text: string): string[] {
  const prepared = prepareQuestion(text);
  const toks = latinTokens(prepared);
  const found = findMentions(prepared, toks, "en", matcher);
  const read = readRoles(prepared, toks, found, "en");
  return found.map((m, i) => `${m.id}:${read[i] ?? "-"}`);
}

describe("a figure given for a name: no recipient (roles.yaml figureNouns)", () => {
  it.each<[string, string[]]>([
    ["combined capacity figure S&P gives for Ensus?", ["ensus:-"]],
    ["what estimate does the Chamber give for Ensus", ["ensus:-"]],
    // Given to a name, or a tariff on it: who receives.
    ["what did the US give Britain?", ["united-states:agent", "united-kingdom:recipient"]],
    ["what tariff applies to Britain?", ["united-kingdom:recipient"]],
  ])("%s → %j", (q, read) => expect(roles(q)).toEqual(read));
});

describe("a quota a figure is counted under is not the figure asked (measures.yaml)", () => {
  it.each<[string, Lang, string[]]>([
    ["how many tons of US rice entered Japan under the MA quota in fiscal 2024?", "en", []],
    ["how many cars were exported within the cap last year?", "en", ["trade"]],
    ["gạo Mỹ vào Nhật theo hạn ngạch MA năm 2024 là bao nhiêu tấn", "vi", []],
    ["Nhật nhập bao nhiêu gạo trong hạn ngạch?", "vi", []],
    // The quota itself asked.
    ["how big is the MA quota for rice?", "en", ["quota"]],
    ["under the deal, what's the quota for British cars?", "en", ["quota"]],
    ["how much beef can enter under the quota?", "en", ["quota"]],
    ["hạn ngạch gạo là bao nhiêu tấn?", "vi", ["quota"]],
  ])("%s → %j", (q, lang, kinds) => expect(figureKindsNamed(q, lang)).toEqual(kinds));
});

describe("has it passed or is it still upcoming: when is it (computed.json elapsed.passed)", () => {
  it.each([
    [
      "has the implementation date for the tariff cuts passed yet or is it still upcoming?",
      "when is the implementation date for the tariff cuts?",
    ],
    ["has the deadline passed, or is it still ahead?", "when is the deadline?"],
    ["is the July deadline already past or yet to come", "when is the July deadline?"],
  ] as const)("%s", (q, ask) => expect(elapsedQuestion(q, "en")).toMatchObject({ kind: "passed", ask }));
  it("a question of what is upcoming alone is no deadline's", () => {
    expect(elapsedQuestion("what is still upcoming after the deal?", "en")).toBeUndefined();
  });
});

describe("a change asked, written without marks (vi computed.json change)", () => {
  it.each<[string, boolean]>([
    ["thue oto nhat giam bao nhieu diem phan tram", true],
    ["thuế ô tô giảm bao nhiêu điểm?", true],
    ["thue giam bao nhieu diem", true],
    ["diem den tiep theo la dau", false],
  ])("%s → %s", (q, asked) => expect(changeAsked(q, "vi")).toBe(asked));
});

describe("words read as the statements write them", () => {
  it.each<[Lang, string, string]>([
    ["en", "auto tariffs", "car tariffs"],
    ["en", "aero tariffs", "aerospace tariffs"],
    ["ja", "トレントXWBが搭載されてる機体", "トレントXWBが使われてる機"],
    ["vi", "quy tắc định nghĩa ô tô", "quy tắc xác định ô tô"],
  ])("%s: %s reads as %s", (lang, phrase, plain) =>
    expect(indexTerms(phrase, lang)).toEqual(indexTerms(plain, lang)),
  );
  it.each<[Lang, string, string]>([
    // A word that only shares letters keeps its own reading.
    ["en", "automatic renewal", "car renewal"],
    ["ja", "搭載量", "使わ量"],
    ["vi", "ý nghĩa của thỏa thuận", "ý xác định của thỏa thuận"],
  ])("%s: %s stays itself", (lang, phrase, other) =>
    expect(indexTerms(phrase, lang)).not.toEqual(indexTerms(other, lang)),
  );
});
