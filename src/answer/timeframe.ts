import type { Briefing, Fact } from "../briefing/types.js";
import type { Lang } from "../i18n/lang.js";
import { fold } from "./normalize.js";

/**
 * Questions about a time the briefing cannot speak for: "now", "currently", "the final deal",
 * a later year. The briefing reports what its sources said on their dates; a fact that itself
 * says "currently" answers "currently" as reported, anything else is out of its period.
 */

/** "Now" words: answerable from the briefing, but only as of its date. */
const PRESENT: Record<Lang, RegExp> = {
  en: /\b(now|currently|today|nowadays|at present|these days|latest|current|this year|so far|to date|thus far|until now)\b/,
  // Not "いま": it is also inside every "…います".
  ja: /現在|今は|今の|今、|いまの|いまは|最新|現時点|今日|今年/u,
  vi: /hiện nay|bây giờ|hiện tại|mới nhất|hôm nay|năm nay/u,
};
/** Outcome words: what came of it, which a briefing dated before the outcome cannot know. */
const OUTCOME: Record<Lang, RegExp> = {
  en: /\b(final|finally (?:agreed?|settled?|signed?|struck|strike|reached an? (?:deal|agreement))|eventual|eventually|ultimately|in the end|end(?:ed)? up with|succeeded|successor|replaced)\b/,
  ja: /最終的|結局|後任|後継/u,
  vi: /cuối cùng|kết quả cuối|kế nhiệm|thay thế/u,
};

/** "after the July deadline", "その後": what happened once the reported plans ran out. */
const AFTER: Record<Lang, RegExp> = {
  en: /\b(after|since) (the )?(july |tariff |trade )?(2025 )?(deadline|deal|pause)\b|\bsince then\b|\bwhat happened (next|after|then)\b/,
  ja: /期限の後|期限後|期限が過ぎ|その後|どうなった/u,
  vi: /sau (thời hạn|hạn chót|tháng 7)|sau đó ra sao|kết cục/u,
};

export interface PeriodMarker {
  word: string;
  /** True for outcomes and later years (abstain); false for "now" words (answer, dated). */
  beyond: boolean;
  /** Whether something happened in a later month: no fact answers, even one naming that month as a deadline. */
  strict?: boolean;
}

/** The words in the question that point past the briefing's dates, if any. */
export function periodMarker(question: string, lang: Lang, briefing: Briefing): PeriodMarker | undefined {
  const text =
    lang === "ja"
      ? question.normalize("NFKC")
      : lang === "vi"
        ? question.normalize("NFC").toLowerCase()
        : fold(question);
  const now = PRESENT[lang].exec(text)?.[0];
  const later = happenedLater(text, lang, briefing);
  if (later) return { word: later, beyond: true, strict: true };
  const beyond = beyondPeriod(question, lang, briefing);
  if (beyond) return { word: beyond, beyond: true };
  return now ? { word: now, beyond: false } : undefined;
}

/** Words in the question that point past the briefing's period (outcomes, later years), if any. */
function beyondPeriod(question: string, lang: Lang, briefing: Briefing): string | undefined {
  const text =
    lang === "ja"
      ? question.normalize("NFKC")
      : lang === "vi"
        ? question.normalize("NFC").toLowerCase()
        : fold(question);
  const marker = OUTCOME[lang].exec(text)?.[0] ?? AFTER[lang].exec(text)?.[0];
  if (marker) return marker;
  const endYear = Number(briefing.meta.period.end.slice(0, 4));
  for (const m of text.matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/g)) if (Number(m[0]) > endYear) return m[0];
  return undefined;
}

/**
 * "Did they conclude a deal in July 2025?": whether something happened in a month after the
 * briefing's period (asking what was due by then, "what happens without a deal by July
 * 2025", is answerable). `text` as periodMarker reads it.
 */
function happenedLater(text: string, lang: Lang, briefing: Briefing): string | undefined {
  const asked =
    /^(is|are|was|were|did|does|do|will|would|has|have|had)\b/.test(text) ||
    /た[？?]?$|ましたか|でしたか/u.test(text) ||
    /\b(chua|khong)\s*\??$/.test(fold(text));
  if (!asked) return undefined;
  // "Is the deadline in July 2025?" asks what was set for then, which a fact can say; "did the
  // talks conclude by the July 2025 deadline?" asks what came of it.
  const plain = lang === "ja" ? text : fold(text);
  if (DEADLINE_WORDS.test(plain) && !SETTLED_WORDS.test(plain)) return undefined;
  return laterMonth(text, lang, briefing.meta.period.end);
}

const SETTLED_WORDS =
  /\b(conclud\w*|agree\w*|settl\w*|struck|strike|reach\w*|sign\w*|finali[sz]\w*|dat|ky)\b|まとま|妥結|決着|合意|締結/u;
const DEADLINE_WORDS = /\b(deadline|due|expire|expires|set for|scheduled|han chot|thoi han)\b|期限|予定/u;

/** "So far", "これまでに", "đến nay": how much of a plan has been carried out. */
const PROGRESS = /\b(so far|to date|thus far|until now)\b|これまでに|今までに|đến nay|tới nay/u;
const PLAN_VERBS = /\b(pledg\w*|commit\w*|promis\w*|plan\w*|aim\w*|agree\w*)\b|約束|計画|cam kết|kế hoạch/u;
/** A statement of what is planned, pledged or aimed at, not of what was done. */
const PLANNED =
  /\b(will|would|plans?|planned|aims?|aimed|set to|expected to|to be|committed|commits|pledged?|promised?|vowed|agreed to)\b/;

/**
 * "How many PhD students has Japan accepted so far?": a question about what has been done
 * since, which a fact about the plan cannot answer.
 */
export function asksProgressOfPlan(question: string, fact: Fact): boolean {
  const q = question.toLowerCase();
  // "How much has Japan pledged so far?" asks the pledge itself.
  if (PLAN_VERBS.test(q)) return false;
  if (!PLANNED.test(fact.statement.en)) return false;
  // "How many Vietnamese PhD students are in Japan right now?": a count today, not the plan.
  // (A question in the plan's own terms, "how many will Japan accept, as of today", asks the plan.)
  const folded = fold(q);
  return (
    PROGRESS.test(q) ||
    (HOW_MANY_NOW.test(folded) && !PLAN_TENSE.test(folded) && !fact.statement.en.includes("currently"))
  );
}

const PLAN_TENSE = /\b(will|would|set to|going to|expected to|plans?|planned|aims?|pledged?|committed)\b/;
const HOW_MANY_NOW = /^how many\b.*\b(right now|at present|presently|currently|today|these days)\b/;

/** Whether the fact itself speaks in those terms ("600,000 Vietnamese currently live…"). */
export function factSaysMarker(fact: Fact, marker: string, lang: Lang): boolean {
  const statement = lang === "ja" ? fact.statement.ja : fold(fact.statement[lang]);
  const needle = lang === "ja" ? marker : fold(marker);
  return statement.includes(needle) || fold(fact.statement.en).includes(needle);
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_EN = new RegExp(`\\b(?:in |by |during )(${MONTHS.join("|")}) (\\d{4})\\b`);
const MONTH_JA = /(\d{4})年(\d{1,2})月/u;
const MONTH_VI = /tháng (\d{1,2})(?:\/| năm )(\d{4})/u;

/** A month named with its year that comes after `end` (YYYY-MM-DD), as written in the question. */
function laterMonth(text: string, lang: Lang, end: string): string | undefined {
  let year: number | undefined;
  let month: number | undefined;
  let word: string | undefined;
  if (lang === "en") {
    const m = MONTH_EN.exec(text);
    if (m) [word, month, year] = [m[0], MONTHS.indexOf(m[1]!) + 1, Number(m[2])];
  } else if (lang === "ja") {
    const m = MONTH_JA.exec(text);
    if (m) [word, year, month] = [m[0], Number(m[1]), Number(m[2])];
  } else {
    const m = MONTH_VI.exec(text);
    if (m) [word, month, year] = [m[0], Number(m[1]), Number(m[2])];
  }
  if (word === undefined || year === undefined || month === undefined) return undefined;
  const [endYear, endMonth] = end.split("-").map(Number) as [number, number];
  return year > endYear || (year === endYear && month > endMonth) ? word : undefined;
}
