import type { Briefing } from "../briefing/types.js";
import { LANGS, type Lang } from "../i18n/lang.js";
import { allPacks, languagePack } from "../knowledge/packs.js";
import { foldMarks } from "../knowledge/unmarked.js";
import { worldKnowledge } from "../knowledge/world.js";
import { compilePattern } from "../lang/pattern.js";
import { escapeRegExp } from "./cue.js";
import type { EntityMention, QuestionToken } from "./mention-types.js";
import { fold, lowerExact } from "./normalize.js";
import { foreignOutletNames } from "./outlets.js";
import { framedAsName } from "./roles.js";
import { stem } from "./tokenize.js";

export type { EntityMention, QuestionToken } from "./mention-types.js";

const FIRST_CAPITAL = compilePattern("^\\p{Lu}", "u");
const ALL_DIGITS = compilePattern("^\\p{N}+$", "u");

/**
 * Recognises the entities a question names, from the briefing's entity names (all three
 * languages) and a world file (knowledge/world.yaml) of countries and leaders the briefing may lack.
 * Longest match wins, a briefing entity over a world one.
 */

const CJK_CHAR = compilePattern("[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]", "u");
const KATAKANA = compilePattern("[\\p{Script=Katakana}\\u30fc]", "u");
const HIRAGANA = compilePattern("\\p{Script=Hiragana}", "u");
const HAN = compilePattern("\\p{Script=Han}", "u");

interface LatinAlias {
  id: string;
  external: boolean;
  /** Undefined for a code of the world file ("VN"): a name in every language. */
  lang: Lang | undefined;
  folded: string[];
  stems: string[];
  exact: string[];
  /** "US", "OSA": only when written in capitals, so "us" and "osa" in prose do not match. */
  caseSensitive: string[] | undefined;
  /** For an alias of figures ("2+2"): what joins them, which the text must repeat. */
  joins: string[] | undefined;
}

interface CjkAlias {
  id: string;
  external: boolean;
  text: string;
}

export interface EntityMatcher {
  latin: Map<string, LatinAlias[]>;
  cjk: CjkAlias[];
}

/** A word of the question with its position in the prepared text. */
/** NFKC, Ph.D. → PhD, U.S. → US: the text mentions and roles are read from (rewrites: names.yaml). */
export function prepareQuestion(text: string): string {
  let out = expandCountryPairs(text.normalize("NFKC"));
  for (const pack of allPacks()) for (const { re, to } of pack.names.rewrites) out = out.replace(re, to);
  return out.replace(/\b(?:[A-Za-z]\.){2,}/g, (m) => m.replace(/\./g, ""));
}

interface CountryKanji {
  names: Readonly<Record<string, string>>;
  pair: RegExp | undefined;
  visits: { re: RegExp; after: string }[];
  /** 対日 → 対日本: the prefix kept, the country written out. */
  towards: { re: RegExp; before: string }[];
  kept: ReadonlySet<string>;
  onlyBefore: Readonly<Record<string, readonly string[]>>;
}

let countryKanji: CountryKanji | undefined;

/** One kanji abbreviations of countries, from every pack (names.yaml), compiled once. */
function countryKanjiData(): CountryKanji {
  if (countryKanji) return countryKanji;
  const names: Record<string, string> = {};
  const visits: CountryKanji["visits"] = [];
  const towards: CountryKanji["towards"] = [];
  const kept = new Set<string>();
  const onlyBefore: Record<string, readonly string[]> = {};
  for (const { names: n } of allPacks()) {
    Object.assign(names, n.countryKanji);
    if (n.visit)
      visits.push({
        re: compilePattern(`${escapeRegExp(n.visit.before)}([${escapeRegExp(n.visit.kanji)}])`, "gu"),
        after: n.visit.after,
      });
    if (n.toward)
      towards.push({
        re: compilePattern(`${escapeRegExp(n.toward.before)}([${escapeRegExp(n.toward.kanji)}])`, "gu"),
        before: n.toward.before,
      });
    for (const p of n.pairsKept) kept.add(p);
    Object.assign(onlyBefore, n.pairsOnlyBefore);
  }
  const set = escapeRegExp(Object.keys(names).join(""));
  const pair = set ? compilePattern(`([${set}])([${set}])`, "gu") : undefined;
  countryKanji = { names, pair, visits, towards, kept, onlyBefore };
  return countryKanji;
}

/** 越, 米: one kanji the engine knows as a country's abbreviation (in pairs, visits). */
export function isCountryKanji(text: string): boolean {
  return text.length === 1 && text in countryKanjiData().names;
}

/**
 * Names the engine reads only as written, in capitals: acronyms ("US", "OSA", so "us" and
 * "osa" in prose do not match) and names of one or two letters ("Xi", "Mỹ": not "xi măng").
 */
export function readOnlyInCapitals(name: string): boolean {
  const toks = latinTokens(prepareQuestion(name));
  if (toks.length !== 1) return false;
  const word = toks[0]!.original;
  return /^[A-Z]{2,5}$/.test(word) || ([...word].length <= 2 && FIRST_CAPITAL.test(word));
}

/** 訪越 → ベトナム訪問; 対米 → 対米国; 日越 → 日本・ベトナム, so each country is recognised; 日中 stays ("daytime") unless clearly bilateral. */
function expandCountryPairs(text: string): string {
  const { names, pair, visits, towards, kept, onlyBefore } = countryKanjiData();
  for (const { re, after } of visits)
    text = text.replace(re, (m, c: string) => (names[c] ? `${names[c]}${after}` : m));
  // 対日 → 対日本, but 対日本 stays as written.
  for (const { re, before } of towards)
    text = text.replace(re, (m, c: string, at: number, whole: string) => {
      const name = names[c];
      if (!name || whole.startsWith(name.slice(1), at + m.length)) return m;
      return `${before}${name}`;
    });
  if (!pair) return text;
  return text.replace(pair, (both: string, a: string, b: string, at: number) => {
    if (a === b || kept.has(both)) return both;
    const before = onlyBefore[both];
    const rest = text.slice(at + 2);
    if (before && !before.some((w) => rest.startsWith(w))) return both;
    return `${names[a]}・${names[b]}`;
  });
}

const WORD = compilePattern("[\\p{L}\\p{N}]+", "gu");

/** A Latin word written against Japanese script ("OSAとは", "VNへの"). */
const LATIN_IN_CJK = compilePattern("\\p{Script=Latin}[\\p{Script=Latin}\\p{N}]*", "gu");

export function latinTokens(prepared: string): QuestionToken[] {
  const out: QuestionToken[] = [];
  for (const m of prepared.matchAll(WORD)) {
    if (CJK_CHAR.test(m[0])) {
      for (const w of m[0].matchAll(LATIN_IN_CJK)) out.push(token(w[0], (m.index ?? 0) + (w.index ?? 0)));
      continue;
    }
    out.push(token(m[0], m.index ?? 0));
  }
  return out;
}

function token(original: string, start: number): QuestionToken {
  return {
    original,
    folded: fold(original),
    exact: lowerExact(original),
    start,
    end: start + original.length,
  };
}

function addAlias(
  matcher: EntityMatcher,
  id: string,
  external: boolean,
  lang: Lang | undefined,
  name: string,
): void {
  const prepared = prepareQuestion(name);
  if (CJK_CHAR.test(prepared)) {
    matcher.cjk.push({ id, external, text: prepared.toLowerCase() });
    return;
  }
  const toks = latinTokens(prepared);
  if (toks.length === 0) return;
  const isAcronym = readOnlyInCapitals(name);
  // "2+2": figures joined by a sign match only with that sign, never in a date like 2/2.
  const joins = toks.every((t) => ALL_DIGITS.test(t.original))
    ? toks.slice(1).map((t, k) => prepared.slice(toks[k]!.end, t.start))
    : undefined;
  const alias: LatinAlias = {
    id,
    external,
    lang,
    folded: toks.map((t) => t.folded),
    stems: toks.map((t) => stem(t.folded)),
    exact: toks.map((t) => t.exact),
    caseSensitive: isAcronym ? toks.map((t) => t.original) : undefined,
    joins,
  };
  const key = alias.stems[0]!;
  const list = matcher.latin.get(key) ?? [];
  list.push(alias);
  matcher.latin.set(key, list);
}

/** Builds the matcher for a briefing (done once per briefing, with its index). */
export function buildEntityMatcher(briefing: Briefing): EntityMatcher {
  const matcher: EntityMatcher = { latin: new Map(), cjk: [] };
  for (const e of briefing.entities) {
    for (const lang of LANGS) for (const n of e.names[lang]) addAlias(matcher, e.id, false, lang, n);
  }
  // A world entry's codes ("VN") name a briefing entity of the same id as the briefing's own;
  // its names stay the world's (a name the briefing left out is not one it answers to).
  const own = new Set(briefing.entities.map((e) => e.id));
  for (const e of worldKnowledge().entities) {
    for (const lang of LANGS) for (const n of e.names[lang]) addAlias(matcher, e.id, true, lang, n);
    for (const code of e.codes) addAlias(matcher, e.id, !own.has(e.id), undefined, code);
  }
  // "Per the FT, …" where no source is the Financial Times: a source the briefing does not hold.
  for (const outlet of foreignOutletNames(briefing))
    for (const n of outlet.names) addAlias(matcher, outlet.id, true, undefined, n);
  // Longest first; at equal length the briefing's own entity before the world's.
  for (const list of matcher.latin.values())
    list.sort((a, b) => b.folded.length - a.folded.length || Number(a.external) - Number(b.external));
  matcher.cjk.sort((a, b) => b.text.length - a.text.length || Number(a.external) - Number(b.external));
  return matcher;
}

function latinAliasMatches(
  alias: LatinAlias,
  toks: QuestionToken[],
  at: number,
  lang: Lang,
  prepared: string,
  unmarked: boolean,
): boolean {
  if (at + alias.folded.length > toks.length) return false;
  if (alias.joins?.some((join, k) => prepared.slice(toks[at + k]!.end, toks[at + k + 1]!.start) !== join)) {
    return false;
  }
  const pack = languagePack(lang);
  // A one-syllable Vietnamese name typed without marks in lower case ("my", "anh"), where the
  // sentence frames it as a name (roles.yaml `unmarkedNames`): read as the name.
  const framed =
    unmarked &&
    lang === "vi" &&
    alias.lang === "vi" &&
    alias.folded.length === 1 &&
    toks[at]!.folded === alias.folded[0] &&
    !ACRONYM.test(alias.caseSensitive?.[0] ?? "") &&
    framedAsName(prepared, toks, at, at + 1, lang);
  if (framed) return true;
  const needExact =
    alias.lang === "vi"
      ? lang !== "vi" || (alias.folded.length === 1 && !capitalizedUnmarked(toks, at, unmarked))
      : lang === "vi";
  for (let k = 0; k < alias.folded.length; k++) {
    const t = toks[at + k]!;
    if (alias.caseSensitive) {
      const written = alias.caseSensitive[k]!;
      if (
        t.original !== written &&
        !acronymInLowerCase(written, t, lang) &&
        !shortNameInLowerCase(written, t, lang, alias.lang) &&
        !(capitalizedUnmarked(toks, at + k, unmarked) && t.original === foldMarks(written, pack.foldLetters))
      )
        return false;
    } else if (needExact) {
      if (t.exact !== alias.exact[k]) return false;
    } else if (alias.lang === "vi" && t.exact !== t.folded && t.exact !== alias.exact[k]) {
      // Typed with its marks, a Vietnamese word must be this one: "biến động" is not "Biển Đông".
      return false;
    } else if (t.folded !== alias.folded[k] && stem(t.folded) !== alias.stems[k]) return false;
  }
  // A single Vietnamese syllable that is also a common word (Nga, Úc; Nhật in "cập nhật")
  // counts only when capitalized.
  if (alias.lang === "vi" && alias.folded.length === 1 && !ACRONYM.test(alias.caseSensitive?.[0] ?? "")) {
    if (!FIRST_CAPITAL.test(toks[at]!.original)) return false;
  }
  // So does any one-word name that is a common syllable of a question typed without marks
  // ("Lam" of To Lam is "làm", do, in "co lam du an").
  if (unmarked && alias.folded.length === 1 && pack.syllables.has(alias.folded[0]!)) {
    if (!FIRST_CAPITAL.test(toks[at]!.original)) return false;
  }
  return true;
}

const ACRONYM = /^[A-Z]{2,5}$/;

/**
 * In a Vietnamese question typed without any mark, a capitalized syllable inside it is read as
 * the name it folds from ("sang Nhat" is Nhật): a name's capital stands in for its marks. The
 * first word's capital says nothing ("Anh co…" is anh, you).
 */
function capitalizedUnmarked(toks: readonly QuestionToken[], at: number, unmarked: boolean): boolean {
  return unmarked && at > 0 && FIRST_CAPITAL.test(toks[at]!.original);
}

/**
 * "vn", "osa": an acronym typed in lower case is still the acronym, unless its lower-case form
 * is a word of the question's language (English "us", Vietnamese "au" as in "châu Âu").
 */
function acronymInLowerCase(acronym: string, t: QuestionToken, lang: Lang): boolean {
  if (!ACRONYM.test(acronym) || t.exact !== acronym.toLowerCase()) return false;
  const pack = languagePack(lang);
  return !pack.stop.has(t.exact) && !pack.questionStop.has(t.exact) && !pack.commonWords.has(t.exact);
}

/** A name of two letters, capitalized: "Xi" (not an acronym, "US", nor a Vietnamese name, "Mỹ"). */
const SHORT_NAME = /^\p{Lu}\p{Ll}$/u;

/**
 * "who did xi talk to": a two-letter name typed in lower case is still the name, unless its
 * lower-case form is a word of the question's language ("xi" in Vietnamese "xi măng", cement;
 * general.yaml `common`) or the name is one of a language whose syllables are words ("Mỹ", "Úc").
 */
function shortNameInLowerCase(
  written: string,
  t: QuestionToken,
  lang: Lang,
  nameLang: Lang | undefined,
): boolean {
  if (!SHORT_NAME.test(written) || t.original !== written.toLowerCase()) return false;
  if (nameLang !== undefined && languagePack(nameLang).syllable !== undefined) return false;
  const pack = languagePack(lang);
  const word = t.exact;
  return (
    !pack.stop.has(word) &&
    !pack.questionStop.has(word) &&
    !pack.commonWords.has(word) &&
    !pack.syllables.has(word)
  );
}

function cjkBoundaryOk(text: string, start: number, alias: string): boolean {
  const before = text[start - 1] ?? "";
  const after = text[start + alias.length] ?? "";
  if (KATAKANA.test(alias[0]!) && KATAKANA.test(before)) return false;
  if (KATAKANA.test(alias[alias.length - 1]!) && KATAKANA.test(after)) return false;
  if (alias.length === 1 && (HIRAGANA.test(after) || HAN.test(before))) return false;
  return true;
}

/** The entity mentions in a prepared question, in text order, without overlaps. */
export function findMentions(
  prepared: string,
  toks: QuestionToken[],
  lang: Lang,
  matcher: EntityMatcher,
): EntityMention[] {
  const mentions: EntityMention[] = [];
  // The longest alias at each position, then the longest first without overlaps, so
  // "ông Tập Cận Bình" is Xi Jinping whole, not "ông Tập" plus two stray syllables.
  const found: { at: number; alias: LatinAlias }[] = [];
  const unmarked = lang === "vi" && toks.every((t) => t.exact === t.folded);
  toks.forEach((t, i) => {
    const candidates = matcher.latin.get(stem(t.folded)) ?? matcher.latin.get(t.folded) ?? [];
    const hit = candidates.find((a) => latinAliasMatches(a, toks, i, lang, prepared, unmarked));
    if (hit) found.push({ at: i, alias: hit });
  });
  found.sort((a, b) => b.alias.folded.length - a.alias.folded.length || a.at - b.at);
  const takenTokens = new Set<number>();
  for (const { at, alias } of found) {
    const span = alias.folded.length;
    let free = true;
    for (let k = at; k < at + span; k++) if (takenTokens.has(k)) free = false;
    if (!free) continue;
    for (let k = at; k < at + span; k++) takenTokens.add(k);
    const first = toks[at]!;
    const last = toks[at + span - 1]!;
    mentions.push({
      id: alias.id,
      external: alias.external,
      surface: prepared.slice(first.start, last.end),
      tokens: [at, at + span],
      chars: [first.start, last.end],
    });
  }
  if (CJK_CHAR.test(prepared)) {
    const lower = prepared.toLowerCase();
    const taken: [number, number][] = [];
    for (const alias of matcher.cjk) {
      let from = 0;
      for (;;) {
        const at = lower.indexOf(alias.text, from);
        if (at < 0) break;
        from = at + 1;
        const end = at + alias.text.length;
        if (taken.some(([s, e]) => at < e && end > s)) continue;
        if (!cjkBoundaryOk(lower, at, alias.text)) continue;
        taken.push([at, end]);
        mentions.push({
          id: alias.id,
          external: alias.external,
          surface: prepared.slice(at, end),
          // Present though empty: one object shape for every mention.
          tokens: undefined,
          chars: [at, end],
        });
      }
    }
  }
  return mentions.sort((a, b) => a.chars[0] - b.chars[0]);
}

/** The question with its entity mentions blanked out: what is left must be covered by the fact. */
export function withoutMentions(prepared: string, mentions: readonly EntityMention[]): string {
  let out = "";
  let at = 0;
  for (const m of mentions) {
    out += `${prepared.slice(at, m.chars[0])} `;
    at = m.chars[1];
  }
  return out + prepared.slice(at);
}
