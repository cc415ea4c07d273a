import type { Lang } from "../i18n/lang.js";

/** A source as cited in an answer: enough for a reader to find and check the words. */
export interface Citation {
  sourceId: string;
  publisher: string;
  /** The headline, when the source prints one. */
  title?: string;
  url: string;
  /** YYYY-MM-DD, or YYYY-MM / YYYY when the source gives only a month or year. */
  published: string;
  /** Present (true) when the source prints no date and `published` is the curator's inference. */
  publishedInferred?: boolean;
  /** The verbatim words from the source. */
  quote: string;
}

export type AnswerKind =
  /** One to three facts that fit, each cited. */
  | "answer"
  /** Nothing in the briefing fits: a plain sentence and suggestions. */
  | "abstain"
  /** A greeting or "help": a short guide. */
  | "help"
  /** Empty, too long, or control characters: a clear message. */
  | "invalid";

/** The JSON contract of `briefbot ask --json` (extra fields are allowed, never fewer). */
export interface Answer {
  answered: boolean;
  kind: AnswerKind;
  /** The answer as a person reads it, plain text, at most 700 characters. */
  text: string;
  citations: Citation[];
  factIds: string[];
  /** 0–1 */
  confidence: number;
  lang: Lang;
  briefing: string;
  /** Questions the briefing can answer, offered when it abstains or on help. */
  suggestions: string[];
}

export interface AnswerOptions {
  /** Answer in this language instead of the question's. */
  lang?: Lang;
  /** Which briefing to answer from; the store's default otherwise. */
  briefingId?: string;
  /** "Today", for deadlines that may have passed. */
  now?: Date;
  /**
   * false: never turn an answer into "did you mean" (the calibration gate), to measure what
   * the gate removes (scripts/calibration.mjs). On by default.
   */
  gate?: boolean;
}

/** One candidate fact considered for a question, for `briefbot ask --explain`. */
export interface CandidateExplanation {
  factId: string;
  score: number;
  used: boolean;
  /** 0–1: the share of the question's content (by weight) the fact speaks to. */
  coverage?: number;
  /** No fit rule rejected it. */
  fits?: boolean;
  /** The question's words the fact does not state. */
  uncovered?: string[];
  /** Why it was used or rejected: "entity japan has role origin in the question but agent in the fact". */
  reasons: string[];
  /** The fit rules that rejected it (stable names, e.g. "roles-agree"), each with every reason it gave. */
  rejectedBy: { rule: string; reasons: string[] }[];
}

export interface Explanation {
  question: string;
  /** Words typed with a slip and the briefing's words they were read as ("acces" → "access"). */
  corrections?: { from: string; to: string }[];
  normalized: string;
  /** The statements around the question, read as its context (discourse.ts). */
  context?: string;
  lang: Lang;
  /** What the question asks for: number, date, person, ... */
  wants: string[];
  /** Entities recognised in the question, with the role read from it. */
  entities: {
    entity: string;
    role?: string;
    external?: boolean;
    /** Where the question names it: a character range of the question as read (the same text whichever briefing reads it). */
    at?: [number, number];
  }[];
  candidates: CandidateExplanation[];
  /** Question words no part of the briefing uses (they weigh against answering). */
  unknownWords?: string[];
  /** Their share of the question's content, 0–1. */
  unknownShare?: number;
  answer: Answer;
}

export const MAX_QUESTION_CHARS = 1000;
export const MAX_ANSWER_CHARS = 700;
