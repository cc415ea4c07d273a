import { formatDate } from "../answer/messages.js";
import type { Lang } from "../i18n/lang.js";
import type { Briefing } from "./types.js";

/** A text an alias must not be found in, with the language the engine reads it in. */
export interface Probe {
  text: string;
  lang: Lang;
  /** What the text is, for the warning: "the date 2025年4月28日". */
  what: string;
}

const WEEKDAYS: Record<Lang, readonly string[]> = {
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  ja: ["月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日", "4月28日（月）"],
  vi: ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"],
};

const LANGS: readonly Lang[] = ["en", "ja", "vi"];

/** Every day, month and year of the briefing's years as each language writes it, and weekdays. */
function dateProbes(briefing: Briefing): Probe[] {
  const years = new Set<number>();
  for (const d of [briefing.meta.period.start, briefing.meta.period.end, briefing.meta.asOf]) {
    years.add(Number(d.slice(0, 4)));
  }
  const probes: Probe[] = [];
  for (const year of years) {
    for (let month = 1; month <= 12; month++) {
      const ym = `${year}-${String(month).padStart(2, "0")}`;
      const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const dates = [
        ym,
        ...Array.from({ length: days }, (_, i) => `${ym}-${String(i + 1).padStart(2, "0")}`),
      ];
      for (const iso of dates) {
        for (const lang of LANGS) probes.push({ text: formatDate(iso, lang), lang, what: "the date" });
      }
      probes.push({ text: `ngày ${days} tháng ${month} năm ${year}`, lang: "vi", what: "the date" });
      probes.push({ text: `${month}月${days}日`, lang: "ja", what: "the date" });
    }
  }
  for (const lang of LANGS)
    for (const text of WEEKDAYS[lang]) probes.push({ text, lang, what: "the weekday" });
  return probes;
}

/** Each fact's numbers as the statements write them: 600,000 · 60万 · 20 tỷ · 46%. */
function numberProbes(briefing: Briefing): Probe[] {
  const probes: Probe[] = [];
  const seen = new Set<number>();
  for (const fact of briefing.facts) {
    for (const { value } of fact.numbers) {
      if (seen.has(value)) continue;
      seen.add(value);
      const en = value.toLocaleString("en-US");
      probes.push(
        { text: en, lang: "en", what: "the number" },
        { text: `${en}%`, lang: "en", what: "the number" },
      );
      probes.push({ text: value.toLocaleString("de-DE"), lang: "vi", what: "the number" });
      const ja =
        value >= 1e8 && value % 1e8 === 0
          ? `${value / 1e8}億`
          : value >= 1e4 && value % 1e4 === 0
            ? `${value / 1e4}万`
            : String(value);
      probes.push(
        { text: `${ja}人`, lang: "ja", what: "the number" },
        { text: `${ja}ドル`, lang: "ja", what: "the number" },
      );
    }
  }
  return probes;
}

/** Dates and numbers: no entity is named in them, so an alias found there is too loose. */
export function datesAndNumbers(briefing: Briefing): Probe[] {
  return [...dateProbes(briefing), ...numberProbes(briefing)];
}
