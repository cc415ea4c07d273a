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
  en: /\b(now|currently|today|nowadays|at present|these days|latest|current|this year|so far)\b/,
  // Not "いま": it is also inside every "…います".
  ja: /現在|今は|今の|今、|いまの|いまは|最新|現時点|今日|今年/u,
  vi: /hiện nay|bây giờ|hiện tại|mới nhất|hôm nay|năm nay/u,
};
/** Outcome words: what came of it, which a briefing dated before the outcome cannot know. */
const OUTCOME: Record<Lang, RegExp> = {
  en: /\b(final|finally (?:agreed?|settled?|signed?|struck|strike|reached an? (?:deal|agreement))|eventual|eventually|ultimately|in the end|end(?:ed)? up with)\b/,
  ja: /最終的|結局/u,
  vi: /cuối cùng|kết quả cuối/u,
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
  const beyond = beyondPeriod(question, lang, briefing);
  if (beyond) return { word: beyond, beyond: true };
  return now ? { word: now, beyond: false } : undefined;
}

/** Words in the question that point past the briefing's period (outcomes, later years), if any. */
export function beyondPeriod(question: string, lang: Lang, briefing: Briefing): string | undefined {
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

/** Whether the fact itself speaks in those terms ("600,000 Vietnamese currently live…"). */
export function factSaysMarker(fact: Fact, marker: string, lang: Lang): boolean {
  const statement = lang === "ja" ? fact.statement.ja : fold(fact.statement[lang]);
  const needle = lang === "ja" ? marker : fold(marker);
  return statement.includes(needle) || fold(fact.statement.en).includes(needle);
}
