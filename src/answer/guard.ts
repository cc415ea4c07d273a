import type { Lang } from "../i18n/lang.js";
import { questionLength } from "./length.js";
import { fold } from "./normalize.js";
import { MAX_QUESTION_CHARS } from "./types.js";

/** What the text is before any retrieval: something to refuse, a greeting, or a question. */
export type Screening =
  | { kind: "invalid"; reason: "empty" | "tooLong" | "control"; length: number }
  | { kind: "help" }
  | { kind: "injection" }
  | { kind: "opinion" }
  | { kind: "question"; text: string };

// C0/C1 controls except tab, newline and carriage return (those are just whitespace).
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const HELP_EN =
  /^(hi|hello|hey|yo|hiya|howdy|help|\/?help|start|menu|commands?|good (morning|afternoon|evening)|what can you do|what do you (know|cover)|who are you|what are you|how do i use (this|you)|how does this work|what (topics|questions) (can|do) you (answer|cover|know))( there)?( bot| briefbot)?[\s!.?]*$/;
/** Small talk: answered with the short guide, like a greeting. */
const SMALL_TALK =
  /^((hi|hey|hello|yo)[\s,!]+)?(how are you( doing)?|how's (your day|it going|everything)( going)?|how is (your day|it going)( going)?|what's up|whats up|sup|how are things|thanks|thank you|thx|ty|cheers|lol|cool|nice|great|ok|okay|good (bot|job)|bye|goodbye|see you)( today)?( bot| briefbot)?[\s!.?😊🙂👍]*$/u;
const HELP_JA =
  /^(こんにちは|こんばんは|おはよう(ございます)?|やあ|ヘルプ|助けて|使い方|何ができますか|何ができる|あなたは誰|はじめまして)[\s！!。？?]*$/u;
const HELP_VI =
  /^(xin chao|chao( ban)?|tro giup|giup (toi|do)?|huong dan|ban (la ai|lam duoc gi)|ban co the lam gi)[\s!.?]*$/;

const INJECTION = [
  /\bignore (all |any |the |your |previous |prior |above )*(instructions?|rules?|prompts?|directions?)\b/,
  /\b(disregard|forget|override|bypass) (all |any |the |your |previous |prior |above )*(instructions?|rules?|prompts?|guidelines?)\b/,
  /\bsystem prompt\b/,
  /\b(pretend|act as|roleplay|role-play|you are now|from now on you)\b/,
  /\bjailbreak|\bdan mode\b|\bdeveloper mode\b/,
  /\b(reveal|print|show|repeat) (me )?(your|the) (instructions|prompt|rules|configuration)\b/,
  /指示を無視|命令を無視|システムプロンプト|ふりをして|なりきって|ルールを無視/u,
  /bo qua (cac |moi |tat ca )?(huong dan|chi dan|lenh|quy tac)|loi nhac he thong|gia vo|dong vai/,
];

/**
 * Asking the bot for its own view or a forecast ("do you think…", "どう思う", "theo bạn"): the
 * briefing holds what sources reported, so no fact answers it, however close its words.
 */
const OPINION = [
  /^(so )?(do|does|would) you (think|reckon|believe|expect|predict)\b|\bin your (opinion|view)\b|\byour (take|opinion|view|prediction|guess) (on|about)\b|\bwhat do you (think|make of|expect|predict)\b|\bwhat(?: is|'s) your (take|opinion|view|guess|prediction)\b/,
  /と思いますか|と思う[？?]|と思います[？?]|あなたは?どう思|あなたの(意見|考え|予想)|予想して/u,
  // With tone marks: folded, "Nhật Bản nghĩ…" would read as "bạn nghĩ".
  /(?<![\p{L}])(theo bạn(?! tin)|bạn (nghĩ|thấy|đoán)|ý kiến của bạn)(?![\p{L}])/u,
];

/** Screens raw input: refuse what is not a question, spot greetings and prompt injection. */
export function screen(raw: string): Screening {
  const text = raw.trim();
  // Counted after trimming, in characters as a person sees them; a short text needs no count.
  const length = text.length <= MAX_QUESTION_CHARS ? text.length : questionLength(text);
  if (length > MAX_QUESTION_CHARS) return { kind: "invalid", reason: "tooLong", length };
  if (CONTROL.test(raw)) return { kind: "invalid", reason: "control", length: raw.length };
  if (text.length === 0) return { kind: "invalid", reason: "empty", length: raw.length };
  const folded = fold(text).replace(/\s+/g, " ");
  if (
    HELP_EN.test(folded) ||
    SMALL_TALK.test(folded) ||
    HELP_JA.test(text.normalize("NFKC")) ||
    HELP_VI.test(folded)
  )
    return { kind: "help" };
  if (INJECTION.some((re) => re.test(folded))) return { kind: "injection" };
  const exact = text.normalize("NFKC").toLowerCase();
  if (OPINION.some((re) => re.test(folded) || re.test(exact))) return { kind: "opinion" };
  return { kind: "question", text };
}

/** The language to reply in when the text itself gives no clue (empty input). */
export function fallbackLang(options?: { lang?: Lang }): Lang {
  return options?.lang ?? "en";
}
