import type { Lang } from "../../i18n/lang.js";
import { computedWords } from "../../knowledge/computed-words.js";
import { languagePack } from "../../knowledge/packs.js";
import { compilePattern } from "../../lang/pattern.js";

/**
 * "How long ago was the deal announced (today is 6 Dec 2026)?", "今日は2026年12月6日です。…":
 * a clause that says which day "today" is. It is taken out of the question, and the day it
 * names, when it is a real date, is the day a question of time is counted to.
 */

export interface TodayClause {
  /** The question without the clause. */
  text: string;
  /** The day the clause names (YYYY-MM-DD), when it names one that can be read. */
  date: string | undefined;
}

/** Shortest month name prefix read as the month ("Dec" for December). */
const MIN_MONTH_PREFIX = 3;

function monthOf(name: string, lang: Lang): number | undefined {
  const folded = name.toLowerCase();
  if (folded.length < MIN_MONTH_PREFIX) return undefined;
  const i = languagePack(lang).months.findIndex((m) => m.toLowerCase().startsWith(folded));
  return i >= 0 ? i + 1 : undefined;
}

/** A day written in one of the language's forms, as YYYY-MM-DD; undefined when not a real day. */
export function readDate(text: string, lang: Lang): string | undefined {
  const written = text.normalize("NFKC").trim();
  for (const re of computedWords(lang).dates) {
    const g = re.exec(written)?.groups;
    if (!g?.y || !g.d) continue;
    const month = g.m ? Number(g.m) : g.mon ? monthOf(g.mon, lang) : undefined;
    if (month === undefined) continue;
    const iso = `${g.y}-${String(month).padStart(2, "0")}-${g.d.padStart(2, "0")}`;
    // "31 February" is no day: the date must read back as itself.
    const parsed = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso)) return iso;
  }
  return undefined;
}

/** Every day the text names in one of the language's forms (YYYY-MM-DD), wherever it stands. */
export function datesIn(text: string, lang: Lang): string[] {
  const written = text.normalize("NFKC");
  const out: string[] = [];
  for (const re of computedWords(lang).dates) {
    // The forms read a whole text; here each is looked for inside one, between words.
    const inner = re.source.replace(/^\^/, "").replace(/\$$/, "");
    const loose = compilePattern(
      `(?<![\\p{Script=Latin}\\p{N}])(?:${inner})(?![\\p{Script=Latin}\\p{N}])`,
      re.flags,
    );
    let rest = written;
    for (let m = loose.exec(rest); m; m = loose.exec(rest)) {
      const day = readDate(m[0], lang);
      if (day && !out.includes(day)) out.push(day);
      rest = rest.slice(m.index + Math.max(m[0].length, 1));
    }
  }
  return out;
}

const WORD_END = compilePattern("[\\p{Script=Latin}\\p{N}]$", "u");
const WORD_START = compilePattern("^[\\p{Script=Latin}\\p{N}]", "u");

/** The question without its "today" clauses, and the day they name; undefined when it has none. */
export function todayClause(question: string, lang: Lang): TodayClause | undefined {
  let text = question;
  let date: string | undefined;
  for (const re of computedWords(lang).today) {
    const m = re.exec(text);
    if (!m) continue;
    if (!date && m.groups?.date) date = readDate(m.groups.date, lang);
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    // Words either side stay apart; Japanese runs on without a space.
    text = WORD_END.test(before) && WORD_START.test(after) ? `${before} ${after}` : before + after;
  }
  if (text === question) return undefined;
  return { text: text.replace(/\s+/g, " ").trim(), date };
}

/** The moment questions of time are counted to: the day a question names (at noon UTC), or `now`. */
export function referenceDay(day: string | undefined, now: Date): Date {
  return day ? new Date(`${day}T12:00:00Z`) : now;
}
