import type { Briefing, Fact } from "../briefing/types.js";
import type { Lang } from "../i18n/lang.js";
import { languagePack } from "../knowledge/packs.js";
import { compilePattern } from "../lang/pattern.js";
import { cueIn, escapeRegExp } from "./cue.js";
import { formatDate, message } from "./messages.js";
import { type Citation, MAX_ANSWER_CHARS } from "./types.js";

const CAPITALIZED = compilePattern("\\p{Lu}[\\p{L}'’]*", "gu");
const CAPITALIZED_INSIDE = compilePattern("(?<=[^.!?:\\s]\\s+)\\p{Lu}[\\p{L}'’]*", "gu");

/** A capital. */
const CAPITAL = compilePattern("\\p{Lu}", "u");

/** A capital after the first word. */
const CAPITAL_NEXT = compilePattern("^\\s+\\p{Lu}", "u");

/** The first word, with its apostrophes. */
const FIRST_WORD = compilePattern("^[\\p{L}'’]+", "u");

/**
 * Writes the answer from the chosen facts: each claim in the reader's language followed by its
 * citation markers; reported plans "as reported on <date>"; a deadline that has passed said
 * to have passed; where two facts differ, both, each with its publisher.
 */

export interface Composed {
  text: string;
  citations: Citation[];
  factIds: string[];
}

/** A planned piece of the answer: a fact, and whether it is one side of a difference. */
export interface Part {
  fact: Fact;
  /** Set when this fact is given as one source's version next to another's. */
  attributed: boolean;
  /** Set when a later fact in the answer replaced this one (see supersede.ts). */
  replaced?: boolean;
  /** Set when the question asks "when": the fact's date is said if its statement lacks it. */
  sayDate?: boolean;
  /** How two sources differ (a differs-from link's curated note), said after this part. */
  differs?: string;
}

/**
 * Words the briefing writes as names: in its entities' names, its publishers and their aliases,
 * or capitalised mid-sentence in a statement ("Scotch whisky"). Any other capitalised first word
 * is the sentence's capital, not a name.
 */
const nameWordsCache = new WeakMap<Briefing, Map<Lang, Set<string>>>();

function nameWords(briefing: Briefing, lang: Lang): Set<string> {
  let byLang = nameWordsCache.get(briefing);
  if (!byLang) {
    byLang = new Map();
    nameWordsCache.set(briefing, byLang);
  }
  let words = byLang.get(lang);
  if (!words) {
    words = new Set();
    const add = (text: string) => {
      for (const m of text.matchAll(CAPITALIZED)) words!.add(m[0]);
    };
    for (const e of briefing.entities) for (const n of e.names[lang] ?? []) add(n);
    for (const s of briefing.sources) [s.publisher, ...(s.aliases ?? [])].forEach(add);
    for (const fact of briefing.facts)
      for (const m of fact.statement[lang].matchAll(CAPITALIZED_INSIDE)) words.add(m[0]);
    byLang.set(lang, words);
  }
  return words;
}

/**
 * A statement continued after a lead ("As reported on …, "): its first word in lower case
 * ("Since early March…" → "since early March…", "Officials said…" → "officials said…") unless
 * it is a name: one the briefing writes as a name (nameWords), all capitals ("U.S.", "AI"), or
 * followed by another capitalised word ("Nhật Bản"). A word the pack lists as common
 * (commonFirstWords) is lowered even where the briefing also writes it as a name.
 */
export function lowerFirst(text: string, briefing: Briefing, lang: Lang): string {
  const { writing } = languagePack(lang);
  if (!writing.sentenceCase) return text;
  const first = FIRST_WORD.exec(text)?.[0];
  if (!first || first === first.toLowerCase()) return text;
  const lower = first.toLowerCase();
  // "It's": the word before an apostrophe.
  const listed = writing.commonFirstWords.has(first.split(/['’]/u)[0]!);
  if (!listed) {
    if (first.length > 1 && first === first.toUpperCase()) return text;
    if (CAPITAL_NEXT.test(text.slice(first.length))) return text;
    const names = nameWords(briefing, lang);
    if (names.has(first) || names.has(first.split(/['’]/u)[0]!)) return text;
    // Mixed case inside the word ("MyInd", "iPhone") is a name's spelling.
    if (CAPITAL.test(first.slice(1))) return text;
  }
  return lower + text.slice(first.length);
}

/** A statement that already names who says it: "According to …", "…によると", "Theo …". */
function namesItsSource(claim: string, lang: Lang): boolean {
  return cueIn(languagePack(lang).writing.namesSource, claim);
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?。！？]$/.test(t) ? t : `${t}.`;
}

/** The date a fact was reported on: its first cited source's publication date. */
function reportedOn(briefing: Briefing, fact: Fact): string | undefined {
  const source = fact.citations.map((c) => briefing.byId.source.get(c.source)).find((s) => s !== undefined);
  return source?.published;
}

function publisherOf(briefing: Briefing, fact: Fact): string {
  const source = briefing.byId.source.get(fact.citations[0]?.source ?? "");
  return source?.publisher ?? fact.citations[0]?.source ?? "";
}

interface Rendered {
  text: string;
  citations: Citation[];
}

function renderPart(
  briefing: Briefing,
  part: Part,
  lang: Lang,
  now: Date,
  first: boolean,
  startIndex: number,
  deadlinesSaid: Set<string>,
  dated: boolean,
): Rendered {
  const { fact } = part;
  const citations: Citation[] = [];
  for (const c of fact.citations) {
    const s = briefing.byId.source.get(c.source);
    if (!s) continue;
    citations.push({
      sourceId: s.id,
      publisher: s.publisher,
      ...(s.title ? { title: s.title } : {}),
      url: s.url,
      published: s.published,
      ...(s.publishedInferred ? { publishedInferred: true } : {}),
      quote: c.quote,
    });
  }
  const markers = citations.map((_, i) => `[${startIndex + i + 1}]`).join("");
  let claim = fact.statement[lang].trim();
  const alreadyDated = cueIn(languagePack(lang).writing.alreadyDated, claim);
  const reported =
    fact.status === "reported" || (dated && !alreadyDated) ? reportedOn(briefing, fact) : undefined;
  // "As reported on July 2, 2025, on July 2, 2025, …": a statement opening with that very date
  // needs no lead; nor, when only the question's "now" asks for a date, one opening with the
  // date of what it tells ("As reported on July 23, on July 22, Trump announced…").
  const opensDated =
    reported !== undefined &&
    (opensWithDate(claim, formatDate(reported, lang)) ||
      (fact.status !== "reported" &&
        fact.date !== undefined &&
        opensWithDate(claim, formatDate(fact.date, lang))));
  const on = reported && !opensDated ? reported : undefined;
  if (part.replaced) {
    // The older fact of a superseded pair: said after the latest one, as what it replaced.
    const date = formatDate(reportedOn(briefing, fact) ?? fact.date ?? briefing.meta.asOf, lang);
    claim = `${message("replacedLead", lang, { date })}${lowerFirst(claim, briefing, lang)}`;
  } else if (part.attributed) {
    // One source's version next to another's: say who reported it (and when, for plans); a
    // statement that already says whose words it gives takes the publisher as a label.
    const publisher = publisherOf(briefing, fact);
    const says = namesItsSource(claim, lang);
    const vars = { publisher, ...(on ? { date: formatDate(on, lang) } : {}) };
    const lead = on
      ? message(says ? "reportedBySays" : "reportedBy", lang, vars)
      : message(says ? "reportsSays" : "reports", lang, vars);
    claim = `${lead}${says ? claim : lowerFirst(claim, briefing, lang)}`;
  } else if (part.sayDate && fact.date && !claim.includes(fact.date.slice(0, 4))) {
    // "When did the terms become operative?" answered by a fact whose date is a field, not in
    // its words: the date is the answer, so it is said.
    claim = `${message("onDate", lang, { date: formatDate(fact.date, lang) })}${lowerFirst(claim, briefing, lang)}`;
  } else if (on && first) {
    // A statement that already names who says it ("…によると", "Theo …") takes the date as a label.
    const says = namesItsSource(claim, lang) && lang !== "en";
    const lead = message(says ? "reportedLabel" : "reportedOn", lang, { date: formatDate(on, lang) });
    claim = `${lead}${says ? claim : lowerFirst(claim, briefing, lang)}`;
  }
  let text = `${sentence(claim)} ${markers}`.trim();
  if (part.differs) text += ` ${sentence(part.differs)}`;
  if (fact.from && fact.supersedes)
    text += ` ${message("inEffectFrom", lang, { date: formatDate(fact.from, lang) })}`;
  if (fact.deadline && !deadlinesSaid.has(fact.deadline.date)) {
    const due = new Date(`${fact.deadline.date}T23:59:59Z`);
    if (due.getTime() < now.getTime()) {
      text += ` ${message("deadlinePassed", lang, { label: fact.deadline.label[lang] })}`;
      deadlinesSaid.add(fact.deadline.date);
    }
  }
  return { text, citations };
}

/**
 * Composes parts in order, dropping trailing parts that would take the text past the limit
 * (the first part always stays; it is cut at a sentence boundary only if alone too long).
 */
export function compose(
  briefing: Briefing,
  parts: readonly Part[],
  lang: Lang,
  now: Date,
  /** Say the date even for settled facts (the question asked about "now"). */
  dated = false,
): Composed {
  let best: Composed | undefined;
  // A note on how two sources differ goes first when the answer runs long: the versions stay.
  const noted = parts.some((p) => p.differs !== undefined);
  const plain = parts.map(({ differs: _, ...p }) => p);
  const tries = [...(noted ? [parts] : []), plain];
  for (let n = parts.length; n >= 1; n--)
    for (const from of tries) {
      const chosen = from.slice(0, n);
      const deadlinesSaid = new Set<string>();
      const texts: string[] = [];
      const citations: Citation[] = [];
      chosen.forEach((part, i) => {
        const r = renderPart(briefing, part, lang, now, i === 0, citations.length, deadlinesSaid, dated);
        texts.push(r.text);
        citations.push(...r.citations);
      });
      const joined = texts.join(" ");
      const { spaceLatin } = languagePack(lang).writing;
      const text = spaceLatin ? spaceLatinApart(joined, spaceLatin) : joined;
      best = { text, citations, factIds: chosen.map((p) => p.fact.id) };
      if (text.length <= MAX_ANSWER_CHARS) return best;
    }
  // A single fact longer than the limit: cut cleanly, keeping the citation marker.
  const b = best!;
  const marker = b.text.match(/(\[\d+\])+(?=[^[]*$)/)?.[0] ?? "";
  return { ...b, text: `${b.text.slice(0, MAX_ANSWER_CHARS - marker.length - 2).trimEnd()}… ${marker}` };
}

const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc";
const CJK_THEN_LETTER = compilePattern(`([${CJK}])([A-Za-z$])`, "gu");
const LETTER_THEN_CJK = compilePattern(`([A-Za-z])([${CJK}])`, "gu");

interface Spacing {
  cjkThenDigit: RegExp;
  digitThenCounter: RegExp | undefined;
}
const spacings = new WeakMap<object, Spacing>();

function spacing(rule: { binding: string; counters: readonly string[] }): Spacing {
  let s = spacings.get(rule);
  if (!s) {
    s = {
      cjkThenDigit: compilePattern(`([${CJK}])(?<![${escapeRegExp(rule.binding)}])(\\d)`, "gu"),
      digitThenCounter:
        rule.counters.length > 0
          ? compilePattern(`(\\d)(${rule.counters.map(escapeRegExp).join("|")})`, "gu")
          : undefined,
    };
    spacings.set(rule, s);
  }
  return s;
}

/**
 * Spaces that set Latin words and numbers apart in text written without spaces ("に 46%の関税",
 * "OSA について"), a common way to set mixed text that keeps numbers and names findable, while
 * dates, amounts and counted numbers stay whole (2025年4月28日, 200億ドル, 2週間, 250人); a pack
 * may also list counters to set apart.
 */
export function spaceLatinApart(
  text: string,
  rule: { binding: string; counters: readonly string[] },
): string {
  const { cjkThenDigit, digitThenCounter } = spacing(rule);
  const spaced = text
    .replace(CJK_THEN_LETTER, "$1 $2")
    .replace(LETTER_THEN_CJK, "$1 $2")
    .replace(cjkThenDigit, "$1 $2");
  return (
    (digitThenCounter ? spaced.replace(digitThenCounter, "$1 $2") : spaced)
      // Brackets set a number apart already: "（250人）", not "（ 250人）".
      .replace(/([（「(]) (?=\d)/gu, "$1")
  );
}

/** How far into a statement its date may sit and still open it ("On July 2, 2025, …"). */
const OPENING = 12;

function opensWithDate(claim: string, date: string): boolean {
  const at = claim.indexOf(date);
  return at >= 0 && at <= OPENING;
}
