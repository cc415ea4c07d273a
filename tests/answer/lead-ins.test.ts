import { describe, expect, it } from "vitest";
import { plainQuestion } from "../../src/answer/chat.js";
import { elapsedQuestion } from "../../src/answer/computed/index.js";
import { readDiscourse } from "../../src/answer/discourse.js";
import { answerQuestion, explainQuestion } from "../../src/answer/index.js";
import { detectWants } from "../../src/answer/question-intent.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Lang } from "../../src/i18n/lang.js";

/**
 * Talk around a question (issue 11): chat lead-ins ("ok so", "hope you're well :)") and a
 * clause saying today's date come off it; the asker's own situation ("while I'm writing up my
 * notes", "my uncle works at a car plant", 「ノートをまとめているところなんですが」, "chú mình
 * làm ở Osaka") is an aside that never counts as uncovered topic, nor what "is that right?"
 * points back to; a request framed round a question word ("Could you explain what …", 「…か
 * 説明してもらえますか」, "bạn có thể cho biết … là gì không") asks that question, not a yes
 * or no, while "could you tell me whether …" stays yes/no. Own wordings in en, ja and vi, and
 * look-alikes that must stay refused: `expected` is a fact id, text the answer holds, or
 * "refuse".
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
const JV = "japan-vietnam-2025";
const UK = "us-uk-2025";
const NOW = new Date("2026-12-07T09:00:00Z");

type Case = [briefing: string, question: string, expected: string];

function check([briefingId, question, expected]: Case): void {
  const a = answerQuestion(question, store, { briefingId, now: NOW });
  if (expected === "refuse") {
    expect(a.answered, a.text).toBe(false);
    return;
  }
  expect(a.answered, a.text).toBe(true);
  if (/^[a-z][a-z0-9]*-[a-z0-9-]+$/.test(expected)) expect(a.factIds).toContain(expected);
  else expect(a.text).toContain(expected);
}

describe("chat lead-ins come off the question (chat.yaml)", () => {
  it.each([
    [
      "ok so today's dec 7 2026 — roughly how long ago was the summit?",
      "roughly how long ago was the summit?",
    ],
    ["so, well, what did they agree?", "what did they agree?"],
    ["hi! hope you're well :) what did they agree?", "what did they agree?"],
    ["um anyway how many students?", "how many students?"],
    ["sorry dumb q but what is OSA exactly?", "what is OSA exactly?"],
    ["sorry for the basic question, who is To Lam?", "who is To Lam?"],
    // Not a lead-in: "so far", "so-called", "well-being".
    ["so far, how many students came?", "so far, how many students came?"],
    ["so-called reciprocal tariffs: when?", "so-called reciprocal tariffs: when?"],
  ] as const)("%s", (q, plain) => {
    expect(plainQuestion(q, "en")).toBe(plain);
  });
  it.each([
    ["OSAが何をするものか説明してもらえますか？", "ja", "OSAが何をするものか"],
    ["合意したかどうか教えてください", "ja", "合意したかどうか"],
    ["bạn có thể cho biết OSA là gì không?", "vi", "OSA là gì"],
    ["ban co the cho minh biet OSA la gi khong?", "vi", "OSA la gi"],
    // No question word inside: the "không" asks yes or no and stays.
    ["bạn có thể cho biết hai bên có đồng thuận không?", "vi", "hai bên có đồng thuận không?"],
  ] as [string, Lang, string][])("%s (%s)", (q, lang, plain) => {
    expect(plainQuestion(q, lang)).toBe(plain);
  });
});

describe("a request framed round a question word asks that question", () => {
  it.each([
    ["Could you explain what Japan's OSA initiative does?", "en", "description"],
    ["can you please describe how the quota works?", "en", "description"],
    ["would you say when the deal took effect?", "en", "date"],
    ["could you tell me whether Japan and Vietnam agreed?", "en", "yesno"],
    ["can you tell me if they met?", "en", "yesno"],
    ["OSAが何をするものか説明してもらえますか？", "ja", "description"],
    ["日本とベトナムが合意したかどうか教えてもらえますか？", "ja", "yesno"],
    ["bạn có thể cho biết OSA là gì không?", "vi", "description"],
    ["bạn có thể cho biết hai bên có đồng thuận không?", "vi", "yesno"],
  ] as [string, Lang, string][])("%s → %s", (q, lang, want) => {
    expect(detectWants(plainQuestion(q, lang), lang)).toEqual([want]);
  });
  it("a condition is no yes/no question: “if the deal fails, what happens?”", () => {
    expect(detectWants("if the deal fails, what happens?", "en")).not.toContain("yesno");
  });
});

describe("the asker's situation is an aside, never what the question points back to", () => {
  it.each([
    [
      "en",
      "quick one while I'm writing up my notes: how many students will Japan take?",
      "how many students will Japan take?",
      "",
    ],
    ["en", "while I'm writing up my notes, when did Ishiba meet To Lam?", "when did Ishiba meet To Lam?", ""],
    [
      "en",
      "my uncle works at a car plant in the Midlands. he says the quota is all the cars we send. is that right?",
      "is that right?",
      "he says the quota is all the cars we send.",
    ],
    [
      "vi",
      "chú mình làm ở Osaka. Nhật Bản nhận bao nhiêu nghiên cứu sinh?",
      "Nhật Bản nhận bao nhiêu nghiên cứu sinh?",
      "",
    ],
    [
      "ja",
      "ノートをまとめているところなんですが、日本は何人受け入れますか？",
      "日本は何人受け入れますか？",
      "",
    ],
  ] as [Lang, string, string, string][])("%s: %s", (lang, question, asking, said) => {
    const d = readDiscourse(question, lang);
    expect(d.asking).toBe(asking);
    expect(d.context?.aside).toBe(true);
    expect(d.context?.situation).toBeDefined();
    expect(d.context?.text).toBe(said);
  });
  it.each([
    // A lead-in naming what the question is about is its topic, not the asker's situation.
    ["en", "quick one about Toyota: how many students will Japan take?"],
    ["en", "brits at european airports - what changes under the deal?"],
    // A question inside the clause: no situation, whatever it opens with.
    [
      "en",
      "I'm writing a short brief and would appreciate it if you could tell me which country sent an envoy first, and who went?",
    ],
    ["en", "I know the main talks were on the Monday, but when did Ishiba meet To Lam?"],
  ] as [Lang, string][])("%s: %s has no situation", (lang, question) => {
    expect(readDiscourse(question, lang).context?.situation).toBeUndefined();
  });
});

describe("questions wrapped in talk, answered", () => {
  it.each([
    // Lead-ins before a clause saying today's date; the bot counts from the date said.
    [
      JV,
      "ok so today's dec 7 2026 — roughly how long ago was the ishiba–chinh summit in hanoi?",
      "April 28, 2025",
    ],
    [JV, "well, today is 7 December 2026. how long ago did Ishiba meet Chinh in Hanoi?", "April 28, 2025"],
    [JV, "えっと、今日は2026年12月7日です。ハノイでの石破・チン会談は何年前ですか？", "2025年4月28日"],
    [JV, "ok, hôm nay là 7/12/2026, hội đàm Ishiba – Chính ở Hà Nội cách đây bao lâu?", "28/4/2025"],
    // "Counting from today": no topic; an unmarked question stays unmarked ("My": Mỹ).
    [UK, "tinh tu hom nay thi thoa thuan My Anh duoc cong bo cach day bao lau roi?", "8/5/2025"],
    [UK, "tính từ hôm nay thì thỏa thuận Mỹ Anh được công bố cách đây bao lâu rồi?", "8/5/2025"],
    [UK, "so, counting from today, how long ago was the US-UK deal announced?", "May 8, 2025"],
    // The asker's situation, then the question.
    [
      JV,
      "hey, quick one while I'm writing up my notes: how many vietnamese phd students did japan say it'd take in for semiconductors, and what's the overall number vietnam is aiming for?",
      "500",
    ],
    [JV, "I am a student in Osaka, how many Vietnamese PhD students will Japan take in?", "250"],
    [JV, "ノートをまとめているところなんですが、日本はベトナム人の博士課程学生を何人受け入れますか？", "250"],
    [
      JV,
      "叔父がハノイの会社で働いているんですが、日本はベトナム人の博士課程学生を何人受け入れますか？",
      "250",
    ],
    [JV, "mình đang viết ghi chú, cho hỏi Nhật Bản nhận bao nhiêu nghiên cứu sinh tiến sĩ Việt Nam?", "250"],
    [JV, "chu minh lam o Osaka. Nhat Ban nhan bao nhieu nghien cuu sinh tien si Viet Nam?", "250"],
    [
      UK,
      "hi! hope you're well :) so my uncle works at a car plant in the Midlands and he keeps going on about this US deal at family dinners. he says the quota for cheaper tariffs is basically all the cars we send over there anyway. is that right? how big is the quota and how does No 10 say it compares to last year's exports?",
      "100,000",
    ],
    [UK, "my cousin works for a car dealer in Leeds. what is the tariff on UK cars within the quota?", "10%"],
    // Requests framed round a question word.
    [
      JV,
      "Could you explain what Japan's Official Security Assistance initiative does, as the Japan Times describes it?",
      "osa-definition",
    ],
    [JV, "can you describe what the OSA scheme is?", "osa-definition"],
    [JV, "OSAが何をするものか説明してもらえますか？", "osa-definition"],
    [JV, "bạn có thể cho biết Hỗ trợ an ninh chính thức (OSA) là gì không?", "osa-definition"],
    [JV, "ban co the cho minh biet OSA la gi khong?", "osa-definition"],
    // …and a yes/no question framed by a request stays one.
    [JV, "could you tell me whether Japan and Vietnam reached agreement on OSA?", "osa-no-consensus"],
    [JV, "日本とベトナムがOSAで合意したかどうか教えてもらえますか？", "osa-no-consensus"],
    [JV, "bạn có thể cho biết Nhật Bản và Việt Nam có đồng thuận về OSA không?", "osa-no-consensus"],
    // Look-alikes: the question (or a lead-in naming its topic) is about what the briefing lacks.
    [
      JV,
      "hey, quick one about Toyota: how many vietnamese phd students did japan say it would take in?",
      "refuse",
    ],
    [JV, "ok so today is dec 7 2026 - how long ago did Ishiba visit Cambodia?", "refuse"],
    [JV, "my uncle works at Toyota. how many vietnamese phd students will Toyota take in?", "refuse"],
    [
      JV,
      "叔父がトヨタで働いているんですが、トヨタはベトナム人の博士課程学生を何人受け入れますか？",
      "refuse",
    ],
    [JV, "chú mình làm ở Toyota. Toyota nhận bao nhiêu nghiên cứu sinh tiến sĩ Việt Nam?", "refuse"],
    [JV, "Could you explain what the Toyota initiative does?", "refuse"],
    [JV, "トヨタの取り組みが何をするものか説明してもらえますか？", "refuse"],
    [JV, "bạn có thể cho biết sáng kiến của Toyota là gì không?", "refuse"],
  ] as Case[])("%s: %s", (briefing, question, expected) => check([briefing, question, expected]));
  it("the US–UK deal's own date, not the India agreement's, counting from today (vi, unmarked)", () => {
    const a = answerQuestion(
      "tinh tu hom nay thi thoa thuan My Anh duoc cong bo cach day bao lau roi?",
      store,
      {
        briefingId: UK,
        now: NOW,
      },
    );
    expect(a.text).not.toContain("6/5/2025");
  });
  it("the situation's words are no part of what a fact must cover", () => {
    const e = explainQuestion("while I'm writing up my notes, when did Ishiba meet To Lam?", store, {
      briefingId: JV,
      now: NOW,
    });
    const used = e.candidates.find((c) => c.used);
    expect(used?.uncovered ?? []).not.toContain("notes");
  });
});

describe("an unmarked question's “when” form is unmarked too", () => {
  it.each([
    ["thoa thuan My Anh duoc cong bo cach day bao lau roi?", "thoa thuan My Anh duoc cong bo khi nao?"],
    ["thỏa thuận Mỹ Anh được công bố cách đây bao lâu rồi?", "thỏa thuận Mỹ Anh được công bố khi nào?"],
  ])("%s", (q, ask) => {
    expect(elapsedQuestion(q, "vi")).toMatchObject({ kind: "ago", ask });
  });
});
