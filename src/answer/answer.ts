import type { BriefingStore } from "../briefing/types.js";
import { screen } from "./guard.js";
import { detectLang } from "./language.js";
import { message } from "./messages.js";
import { suggestQuestions } from "./suggest.js";
import type { Answer, AnswerOptions, Explanation } from "./types.js";

// First version: screening, help and abstention only; retrieval lands next.
export function answerQuestion(question: string, store: BriefingStore, options: AnswerOptions = {}): Answer {
  return explainQuestion(question, store, options).answer;
}

export function explainQuestion(
  question: string,
  store: BriefingStore,
  options: AnswerOptions = {},
): Explanation {
  const lang = options.lang ?? detectLang(question);
  const briefing = store.get(options.briefingId);
  const base = {
    citations: [],
    factIds: [],
    confidence: 0,
    lang,
    briefing: briefing?.id ?? "",
    suggestions: [],
  };
  const s = screen(question);
  let answer: Answer;
  if (!briefing) answer = { ...base, answered: false, kind: "abstain", text: message("noBriefing", lang) };
  else if (s.kind === "invalid")
    answer = {
      ...base,
      answered: false,
      kind: "invalid",
      text: message(s.reason, lang, { n: s.length, max: 1000 }),
    };
  else {
    const title = briefing.meta.title[lang];
    const suggestions = suggestQuestions(briefing, lang, 3);
    const id = s.kind === "help" ? "help" : s.kind === "injection" ? "injection" : "abstain";
    answer = {
      ...base,
      answered: false,
      kind: s.kind === "help" ? "help" : "abstain",
      text: message(id, lang, { title }),
      suggestions,
    };
  }
  return { question, normalized: question, lang, wants: [], entities: [], candidates: [], answer };
}
