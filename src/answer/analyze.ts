import type { Lang } from "../i18n/lang.js";
import { allPacks, languagePack } from "../knowledge/packs.js";
import { escapeRegExp, type FormMatcher, type Reading, type Rewrite } from "../knowledge/reading.js";
import { compilePattern } from "../lang/pattern.js";
import { inBracketList } from "./bracket-list.js";
import { type Context, pointsBack, pointsToSomeone, withoutNoTopic } from "./discourse.js";
import {
  type EntityMention,
  findMentions,
  latinTokens,
  prepareQuestion,
  withoutMentions,
} from "./entities.js";
import type { BriefingIndex } from "./index-build.js";
import { fold, normalizeText } from "./normalize.js";
import { sourceNames } from "./outlets.js";
import {
  detectEither,
  detectWants,
  figureKindsNamed,
  type NumberKind,
  numberKind,
  unitsAsked,
  type Want,
} from "./question-intent.js";
import { correctTypo, idf, type QueryTerm } from "./retrieve.js";
import { type QuestionRole, readRoles } from "./roles.js";
import { setAsideThings } from "./set-aside-things.js";
import { type Correction, readSpelling } from "./spelling.js";
import { readingBriefing } from "./synonyms.js";
import { indexTerms } from "./term-ids.js";
import { questionWords } from "./tokenize.js";

const LAST_LETTER_OR_DIGIT = compilePattern("[\\p{L}\\p{N}]$", "u");
const FIRST_LETTER = compilePattern("^\\p{L}", "u");
const NOT_LATIN_OR_SPACE = compilePattern("[^\\p{Script=Latin}\\s]", "u");

/** A content word of the question after entity names are taken out. */
export interface ContentWord {
  word: string;
  terms: string[];
  /** How much it counts toward coverage: its rarity in the briefing. */
  weight: number;
  /** No part of the briefing knows it, even allowing one typo (spelling.ts reads slips first). */
  unknown: boolean;
  /** An unknown word written with a capital: probably a name the briefing lacks. */
  unknownName: boolean;
  /** Vietnamese syllable bigrams with its neighbours; one must be in a fact that covers it. */
  context: string[];
  /** A word of the statements around the question (discourse.ts), not of the question. */
  aside?: true;
  /** A day of the week it names (0 Sunday … 6 Saturday): stated by a fact dated that day. */
  weekday?: number;
  /** The share of its terms a fact must hold to state it (RunWord.minShare); else any one. */
  minShare?: number;
}

/** Some one fact, or one topic's keywords, hold at least `share` of the terms. */
function heldTogether(index: BriefingIndex, terms: readonly string[], share: number): boolean {
  const needed = share * terms.length;
  for (const topic of index.topicTerms.values())
    if (terms.filter((t) => topic.has(t)).length >= needed) return true;
  const counts = new Map<number, number>();
  for (const t of new Set(terms)) {
    const docs = index.postings.get(t)?.docs;
    if (!docs) continue;
    for (const d of docs) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  for (const n of counts.values()) if (n >= needed) return true;
  return false;
}

export interface QuestionMention extends EntityMention {
  role: QuestionRole | undefined;
  /** Mentions joined by "and"/"or" ("Japan and Vietnam") share a group: a fact may hold either. */
  group?: number;
}

const YEAR = /^(19|20)\d{2}$/;

/** Every pack's reading: forms shared by the languages (a joiner, a meeting word) count in any question. */
function readings(): Reading[] {
  return allPacks().map((p) => p.reading);
}

/** The forms of a question's text a matcher may read. */
const FORMS = {
  folded: (text: string) => fold(text),
  marked: (text: string) => text.toLowerCase(),
  written: (text: string) => text,
};

/**
 * Whether the matcher (of the question's own pack) matches: a word list read with marks reads a
 * question typed without them with its words of several syllables folded.
 */
function matches(m: FormMatcher | undefined, text: string): boolean {
  if (!m) return false;
  const form = FORMS[m.on](text);
  // `in`, not the property: a matcher's expressions are made at their first read (knowledge/lazy.ts).
  const re = "unmarked" in m && form === FORMS.folded(text) ? m.unmarked! : m.re;
  re.lastIndex = 0;
  return re.test(form);
}

/** The text `m` matches in the question, in its form ("nước nào" → "nuoc nao"), if any. */
function matchedText(m: FormMatcher | undefined, text: string): string | undefined {
  if (!m) return undefined;
  const form = FORMS[m.on](text);
  const re = "unmarked" in m && form === FORMS.folded(text) ? m.unmarked! : m.re;
  re.lastIndex = 0;
  return re.exec(form)?.[0];
}

/**
 * The question's words that name the kind of thing asked for ("country" of "which country",
 * 国 of どの国, "nuoc" of "nước nào"): a fact holding a thing of that kind states them.
 */
function kindWords(m: FormMatcher | undefined, text: string, words: readonly ContentWord[]): Set<string> {
  const matched = matchedText(m, text);
  if (matched === undefined) return new Set();
  const tokens = new Set(fold(matched).split(/[^\p{L}\p{N}]+/u));
  return new Set(
    words
      .filter((w) => tokens.has(w.word) || (w.word.length === 1 && matched.includes(w.word)))
      .map((w) => w.word),
  );
}

/** Whether any pack's matcher of this kind matches the question (as written: no pack's folding). */
function anyMatches(pick: (r: Reading) => FormMatcher | undefined, text: string): boolean {
  return readings().some((r) => {
    const m = pick(r);
    return m ? matches({ re: m.re, on: m.on }, text) : false;
  });
}

function rewrite(text: string, rewrites: readonly Rewrite[]): string {
  return rewrites.reduce((out, r) => out.replace(r.re, r.with), text);
}

/** Alternations of the packs' words, built once. */
interface Between {
  /** "and", "vs", "と", optionally followed by "on", "hàng": names joined or set side by side. */
  joiner: RegExp;
  /** "and", "or", "と": names set aside together. */
  joined: RegExp;
  /** "or", "hay": either one may be the answer. */
  alternative: RegExp;
}
let between: Between | undefined;
function alternation(pick: (r: Reading) => readonly string[], extra: string[] = []): string {
  return [...readings().flatMap((r) => pick(r)), ...extra].map(escapeRegExp).join("|");
}
function betweenNames(): Between {
  between ??= {
    joiner: compilePattern(
      `^\\s*(?:${alternation((r) => [...r.joiners, ...r.pairs], [","])})\\s*(?:${alternation((r) => r.joinerTails)})?\\s*$`,
      "iu",
    ),
    joined: compilePattern(`^\\s*(?:${alternation((r) => r.joiners, [","])})\\s*$`, "iu"),
    alternative: compilePattern(`^\\s*(?:${alternation((r) => r.alternatives)})\\s*$`, "iu"),
  };
  return between;
}

/** A mention that names an office rather than a person: "Chinese leader", "US president", "首相", "thủ tướng". */
function namesOffice(surface: string): boolean {
  return readings().some((r) => r.officeWords?.test(surface.toLowerCase()) ?? false);
}

/** The office asked for by name: "which/what <office>", "どの<office>" (before it), "<office> nào" (after it). */
function officeAskedFor(before: string, after: string): boolean {
  const b = before.toLowerCase().trimEnd();
  const a = after.toLowerCase().trimStart();
  return readings().some(
    (r) =>
      r.whichBefore.some(
        (w) => b.endsWith(w) && (r.byCharacters || !LAST_LETTER_OR_DIGIT.test(b.slice(0, -w.length))),
      ) ||
      r.whichAfter.some((w) => a.startsWith(w) && (r.byCharacters || !FIRST_LETTER.test(a.slice(w.length)))),
  );
}

const LATIN_WORD = compilePattern("^\\p{Script=Latin}+$", "u");
/** Shorter ("ts", "vn", "lng"), a Latin word is rather an abbreviation than a name. */
const MIN_NAME_LETTERS = 4;
/**
 * A word that by its shape is a name or a loanword, not one of the language's own, though
 * written in lower case: in a language of syllables a Latin word no syllable could be
 * ("airbus" in "mua bao nhieu may bay airbus"; not an abbreviation, "TS"), or a word of the
 * pack's loanword shape
 * (katakana). Unknown to the briefing, it names something the briefing does not cover. The
 * pack's words of general use are no names.
 */
function nameShaped(w: { word: string; terms: readonly string[] }, lang: Lang): boolean {
  const { syllable, loanword, generalWords, vagueWords } = languagePack(lang);
  if (generalWords.has(w.word) || vagueWords.has(w.word)) return false;
  const notSyllable =
    syllable !== undefined &&
    LATIN_WORD.test(w.word) &&
    w.word.length >= MIN_NAME_LETTERS &&
    !syllable.test(w.word);
  return notSyllable || (loanword?.test(w.word) ?? false);
}

/**
 * Words that only ask about the difference between sources: the packs' ("differ", "記事"), and
 * a publisher's name written as a name ("the Times", "Dailywrap"), not a topic.
 */
function onlyAsksDifference(word: string, capitalized: boolean, index: BriefingIndex): boolean {
  if (readings().some((r) => r.differenceWords?.test(word) ?? false)) return true;
  return (
    capitalized &&
    [...(publisherTable(index)?.ids.keys() ?? [])].some((name) => name.split(/\s+/).includes(word))
  );
}

/**
 * Words after "which/what" (どの, どんな; "… nào") naming things a fact would have to name to
 * answer: firms, provinces, agreements (each pack's `focusWords`). Abstract ones ("what level",
 * "what reassurance") ask for a quality the fact may state in other words, and the wants check
 * days, numbers and people.
 */
function focusWord(residual: string, lang: Lang, words: readonly ContentWord[]): string | undefined {
  const reading = languagePack(lang).reading;
  if (!reading.focus) return undefined;
  reading.focus.re.lastIndex = 0;
  const run = reading.focus.re.exec(FORMS[reading.focus.on](residual))?.[1];
  const candidate = run && reading.focusPrefix ? words.find((w) => run.startsWith(w.word))?.word : run;
  if (!candidate || !readings().some((r) => r.focusWords.has(candidate))) return undefined;
  return words.some((w) => w.word === candidate) ? candidate : undefined;
}

/** Numbers the question asks a part of, in the index's digits: a fact holding only them restates the whole. */
/** A figure in plain digits, with a percent sign after it or not. */
const FIGURE = /(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])(\s*%)?/g;
/** From ten thousand on, a figure is a count or an amount, never a day, month or year. */
const LARGE_FIGURE = 10_000;

/**
 * The figures a question states that name what it asks about: a percentage ("the 46% tariff")
 * or a large number ("the £9bn figure", "the 100,000 quota"), in plain digits. Days, years and
 * small counts are left out: they date or count, they do not name.
 */
export function statedFigures(prepared: string): string[] {
  const out: string[] = [];
  for (const m of normalizeText(prepared).matchAll(FIGURE)) {
    const digits = m[1]!;
    if ((m[2] || Number(digits) >= LARGE_FIGURE) && !out.includes(digits)) out.push(digits);
  }
  return out;
}

/** A figure the question ends on ("…threaten Vietnam with, 46%?"): offered as a guess to check. */
const FIGURE_LAST = compilePattern("(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*%?[^\\p{L}\\p{N}]*$", "u");

/** The stated figure the question ends on, if any: it offers a guess rather than giving a figure. */
export function offeredFigure(prepared: string): string | undefined {
  const digits = FIGURE_LAST.exec(normalizeText(prepared))?.[1];
  return digits !== undefined && statedFigures(prepared).includes(digits) ? digits : undefined;
}

function partOf(prepared: string, lang: Lang): string[] {
  const m = languagePack(lang).reading.partOf;
  if (!m) return [];
  return [...FORMS[m.on](prepared).matchAll(m.re)].flatMap((found) =>
    indexTerms(found[1]!, lang).filter((t) => /^\d/.test(t)),
  );
}

/** The briefing's publishers as a question names them: a pattern, and each plain name's source ids. */
interface PublisherTable {
  re: RegExp;
  ids: Map<string, string[]>;
  /** Names read only as written, in capitals ("WH", "JT": not "wh"), by their plain form. */
  capitals: Map<string, string>;
}

/** `(?:(?:a|b) )?`: one of the packs' words, or none. */
function optionalWords(pick: (r: Reading) => readonly string[], after: string): string {
  const words = readings().flatMap(pick);
  return words.length > 0 ? `(?:(?:${words.map(escapeRegExp).join("|")})${after})?` : "";
}

/** `(?:\s*(?:ab|a))?`: one of the packs' words after what comes before (longest first), or none. */
function optionalAfter(pick: (r: Reading) => readonly string[]): string {
  const words = [...new Set(readings().flatMap(pick))].sort((a, b) => b.length - a.length);
  return words.length > 0 ? `(?:\\s*(?:${words.map(escapeRegExp).join("|")}))?` : "";
}

const publisherCache = new WeakMap<BriefingIndex, PublisherTable | null>();

/** A publisher's name as people write it: "Dailywrap (PAP)" → "dailywrap", "The Japan Times" → "japan times". */
function plainPublisher(publisher: string): string {
  const articles = readings().flatMap((r) => r.publisherArticle);
  const plain = fold(publisher)
    .replace(/\s*\(.*?\)\s*/g, " ")
    .replace(/,.*$/, "");
  const article = articles.find((a) => plain.startsWith(`${a} `));
  return (article ? plain.slice(article.length) : plain).trim();
}

function publisherTable(index: BriefingIndex): PublisherTable | null {
  let table = publisherCache.get(index);
  if (table === undefined) {
    const ids = new Map<string, string[]>();
    const capitals = new Map<string, string>();
    const known = sourceNames(index.briefing);
    for (const source of index.briefing.sources) {
      for (const written of known.names.get(source.id) ?? []) {
        const name = plainPublisher(written);
        const capital = known.capitals.has(written);
        if (capital) capitals.set(name, written);
        if (capital || name.length >= 3 || NOT_LATIN_OR_SPACE.test(name))
          ids.set(name, [...(ids.get(name) ?? []), source.id]);
      }
    }
    const names = [...ids.keys()]
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    table =
      names.length > 0
        ? {
            re: compilePattern(
              // Latin edges only: "ジャパンタイムズと", "Dailywrapで" name them as well. What
              // speaks of the source around its name ("per the WH fact sheet", "JT says",
              // "S&Pの記事によると", "theo bài của S&P") goes with it: no topic.
              `(?<![\\p{Script=Latin}\\p{N}])(?<lead>${optionalWords((r) => r.publisherLead, " ")})${optionalWords((r) => r.publisherArticle, " ")}(?<name>${names.join("|")})(?<own>${optionalWords((r) => r.possessive, "")})(?<piece>${optionalAfter((r) => r.publisherNoun)})(?<says>${optionalAfter((r) => r.publisherSays)})(?![\\p{Script=Latin}\\p{N}])`,
              "giu",
            ),
            ids,
            capitals,
          }
        : null;
    publisherCache.set(index, table);
  }
  return table;
}

/**
 * The question with the publishers it names blanked out (same length, so positions hold), and
 * their source ids: "the Japan Times" is a newspaper, not Japan, and "times" is no topic.
 */
function withoutPublishers(prepared: string, index: BriefingIndex): { text: string; sources: string[] } {
  const table = publisherTable(index);
  if (!table) return { text: prepared, sources: [] };
  const sources = new Set<string>();
  // fold() keeps the length of Latin text; a question where it does not is left as it is.
  const folded = fold(prepared);
  if (folded.length !== prepared.length) return { text: prepared, sources: [] };
  let text = prepared;
  for (const m of folded.matchAll(table.re)) {
    const { lead = "", name = "", own = "", piece = "", says = "" } = m.groups ?? {};
    const at = m.index + m[0].length - name.length - own.length - piece.length - says.length;
    // "WH", "JT": a short form counts as written, in capitals, and as a source only where the
    // question speaks of one ("per JT", "the WH fact sheet", "JT says"; not "at the WH presser").
    const capital = table.capitals.get(name);
    if (capital && (prepared.slice(at, at + name.length) !== capital || !(lead || piece || says))) continue;
    for (const id of table.ids.get(name) ?? []) sources.add(id);
    // The piece named ("fact sheet", 記事) stays: a fact citing the source states it as its
    // record does (fit/source-words.ts), and a fact of another source does not.
    const pieceAt = at + name.length + own.length;
    const kept = text.slice(pieceAt, pieceAt + piece.length);
    text = text.slice(0, m.index) + " ".repeat(m[0].length) + text.slice(m.index + m[0].length);
    text = text.slice(0, pieceAt) + kept + text.slice(pieceAt + piece.length);
  }
  return { text, sources: [...sources] };
}

/** Everything read from a question before looking at any fact. */
export interface QuestionAnalysis {
  question: string;
  lang: Lang;
  /** Words typed with a slip, read as the briefing's words ("acces" → "access"). */
  corrections: Correction[];
  normalized: string;
  wants: Want[];
  /** Kinds of `wants` asked as alternatives (a fact holding one answers); absent or empty: none. */
  wantsEither?: Want[];
  /** For number questions: a rate, an amount of money, or a count. */
  numberKind: NumberKind;
  /** For number questions: the families of unit the figure is asked in ("how many workers": people). */
  numberUnits: string[];
  /** The kinds of figure the question names ("export": trade, "quota"): what its figure is of. */
  figureKinds: string[];
  mentions: QuestionMention[];
  /** Briefing entity ids the question names. */
  entityIds: Set<string>;
  words: ContentWord[];
  /** The statements around the question, as read (discourse.ts): context, not asked. */
  context?: string;
  /** What the named entities count for in coverage: rare ones (Bessent) much, common ones (Japan) little. */
  entityWeight: number;
  /** The question asks how the sources differ. */
  asksDifference: boolean;
  /** The question asks which source reported something: the answer names the publishers. */
  asksSource: boolean;
  /** An office a who-question asks the holder of ("defense minister", "bo truong quoc phong", "防衛相"), as facts are folded. */
  office: string | undefined;
  /** Entities the question sets aside ("apart from Chinh"): a fact about them is not the answer. */
  excludedEntities: string[];
  /**
   * Things the question sets aside by a phrase ("(not the new pledge)"): per phrase, the terms
   * of each content word. A fact that states them all is about the thing set aside.
   */
  excludedThings: string[][][];
  /** A thing set aside is a pledge, plan or target ("(not the new pledge)"). */
  excludedPromise: boolean;
  /**
   * Places the question names as the ones left ("after leaving Hanoi", "Rời Hà Nội",
   * "ハノイを離れた後"): not asked about, and a fact set only there is not the answer.
   */
  leftPlaces: string[];
  /**
   * The entities a who-question names, less the people it asks the name of by their office
   * ("which Chinese leader…", "どの首脳", "lãnh đạo nào"): a fact that names them answers it.
   */
  entityIdsForPerson: ReadonlySet<string>;
  /**
   * The thing a "which/what X" question asks for ("which provinces", "どんな合意", "tỉnh nào"),
   * when it is a specific word: a fact that does not name it does not answer.
   */
  focus: string | undefined;
  /** The question asks how something turned out ("the outcome", "結果", "kết quả"). */
  asksOutcome: boolean;
  /** The question checks a claim it states ("60,000 live in Japan, correct?"). */
  checksClaim: boolean;
  /** The question asks what an event agreed or settled ("what was agreed", "何が合意", "ký những gì"). */
  asksAgreed: boolean;
  /**
   * What an existence question asks exists, folded ("is there a *deadline* for countries to
   * make deals…" → "deadline"): whether it exists is what a yes/no answer must state.
   */
  existence: string | undefined;
  /** The question asks what someone said, told or promised: the content of their words. */
  asksWords: boolean;
  /** "What's the name of the columnist…": a name is asked for. */
  asksName: boolean;
  /** "Who wrote the S&P piece?", 執筆者, "ai viết": the author of a piece is asked. */
  asksAuthor: boolean;
  /** "Which country signed…": a country is asked for. */
  asksCountry: boolean;
  /** The words of "which country" that name the kind asked (a fact holding another country states them). */
  countryWords: ReadonlySet<string>;
  /** "Who gets the profits?": who receives, which a country or body may be. */
  whoReceives: boolean;
  /** "Who's the other big producer?": the who asked is a company or body, which answers as a person does. */
  whoBody: boolean;
  /** "Who handled the talks with the US?", 「交渉は誰が担当した」: the person who led a thing is asked. */
  whoLed: boolean;
  /** Words that only set when something happened ("during the *visit*", "after the *talks*"). */
  settingWords: Set<string>;
  /** Sources the question names by publisher ("according to the Japan Times"). */
  sources: string[];
  /** The numbers the question asks a part of ("how much of the $20 billion", "500人のうち"). */
  partOf: string[];
  /** Figures the question states ("the £9bn figure", "the 46% tariff"): see statedFigures. */
  figures: string[];
  /** A stated figure the question ends on ("…, 46%?"): a guess to check, not a figure given. */
  offered: string | undefined;
  /** The question is about people meeting or talking ("meet", "会談", "gặp"). */
  meeting: boolean;
  /** Years the question names ("in 2024"): a fact must speak of the same year. */
  years: string[];
  queryTerms: QueryTerm[];
}

/** Words that only set when something happened ("during the *visit*"), in every pack. */
function settingWords(question: string): Set<string> {
  return new Set(
    readings().flatMap((r) =>
      r.setting ? [...FORMS[r.setting.on](question).matchAll(r.setting.re)].map((m) => m[1]!) : [],
    ),
  );
}

/** The thing an existence question asks about ("is there a deadline for…" → "deadline"), folded. */
function existenceAsked(prepared: string, lang: Lang): string | undefined {
  const m = languagePack(lang).reading.existence;
  if (!m) return undefined;
  m.re.lastIndex = 0;
  const thing = m.re.exec(FORMS[m.on](prepared))?.[1];
  return thing === undefined ? undefined : fold(thing).trim();
}

/** Weight of a word the briefing does not know: as rare as a term that occurs once. */
function unknownWeight(index: BriefingIndex): number {
  const n = Math.max(1, index.facts.length);
  return Math.log(1 + (n - 0.5) / 1.5);
}

/**
 * "Which country does he visit after Vietnam?", "thu tuong di dau sau ha noi", "ハノイの後は
 * どこへ": where he goes on leaving it, not what came after a visit there (each pack's
 * `leaving`). Only a place or country the briefing knows is left, however it is written: "after
 * April 26" or "会談の後" name a time.
 */
function leavingAfterPlace(text: string, lang: Lang, index: BriefingIndex): string {
  const asked = readings().flatMap(({ leaving }) =>
    leaving?.asksWhere.test(text) && (!leaving.going || leaving.going.test(text)) ? [leaving] : [],
  );
  if (asked.length === 0) return text;
  const places = findMentions(text, latinTokens(text), lang, index.entities).filter(
    (m) => !m.external && PLACE_KINDS.has(index.briefing.byId.entity.get(m.id)?.kind ?? ""),
  );
  let out = text;
  // From the last name back, so that the earlier ones keep their place in the text.
  for (const m of [...places].reverse())
    for (const { before, after } of asked) {
      const post = out.slice(m.chars[1]);
      const pre = out.slice(0, m.chars[0]);
      const name = out.slice(m.chars[0], m.chars[1]);
      const newPost = after ? post.replace(after.re, after.with) : post;
      const newPre = before ? pre.replace(before.re, before.with) : pre;
      if (newPost !== post || newPre !== pre) {
        out = newPre + name + newPost;
        break;
      }
    }
  return out;
}

/** The office a who-question asks the holder of, spelt as the statements are read. */
function officeAsked(text: string, lang: Lang): string | undefined {
  const pack = languagePack(lang);
  const m = pack.reading.office;
  if (!m) return undefined;
  const found = m.re.exec(FORMS[m.on](text))?.[0];
  if (!found) return undefined;
  return Object.entries(pack.officeSpellings).reduce(
    (out, [variant, canonical]) => out.replace(variant, canonical),
    found,
  );
}

/** `entityIds` less the people named by an office asked for by name ("which Chinese leader"). */
function withoutDescribedPersons(
  entityIds: ReadonlySet<string>,
  prepared: string,
  mentions: readonly QuestionMention[],
  index: BriefingIndex,
): ReadonlySet<string> {
  const described = mentions.filter(
    (m) =>
      !m.external &&
      index.briefing.byId.entity.get(m.id)?.kind === "person" &&
      namesOffice(m.surface) &&
      officeAskedFor(
        prepared.slice(Math.max(0, m.chars[0] - 12), m.chars[0]),
        prepared.slice(m.chars[1], m.chars[1] + 6),
      ),
  );
  if (described.length === 0) return entityIds;
  return new Set([...entityIds].filter((id) => !described.some((m) => m.id === id)));
}

/** Right after what is set aside, where the name comes first: the end of the clause. */
const SET_ASIDE_AFTER = /^\s*(?:,|[?.!]?\s*$)/u;

/**
 * The mentions (by position in `found`) a question sets aside: "Besides Chinh, …", "Besides
 * Japan and Vietnam, …", "Ngoài Biển Đông, …", "日本とベトナム以外に…". Only a name right after
 * the word (titles aside) counts: "besides cooperating with Vietnam" sets aside no country.
 */
function setAsideMentions(prepared: string, found: readonly EntityMention[]): Set<number> {
  const out = new Set<number>();
  const joined = (a: number, b: number) =>
    betweenNames().joined.test(prepared.slice(found[a]!.chars[1], found[b]!.chars[0]));
  const before = readings().flatMap((r) => (r.setAsideBefore ? [r.setAsideBefore] : []));
  const after = readings().flatMap((r) => (r.setAsideAfter ? [r.setAsideAfter] : []));
  found.forEach((m, i) => {
    if (m.external) return;
    if (before.some((re) => re.test(prepared.slice(0, m.chars[0])))) {
      let last = i;
      while (last + 1 < found.length && joined(last, last + 1)) last++;
      if (SET_ASIDE_AFTER.test(prepared.slice(found[last]!.chars[1])))
        for (let k = i; k <= last; k++) out.add(k);
    }
    if (after.some((re) => re.test(prepared.slice(m.chars[1])))) {
      let first = i;
      while (first > 0 && joined(first - 1, first)) first--;
      for (let k = first; k <= i; k++) out.add(k);
    }
  });
  return out;
}

/** The mentions with the places left, each as its name and leaving words, in the order of the text. */
function withLeft(
  mentions: readonly EntityMention[],
  found: readonly EntityMention[],
  left: ReadonlyMap<number, [number, number]>,
): EntityMention[] {
  const spans = [...left].map(([i, chars]) => ({ ...found[i]!, chars }));
  return [...mentions, ...spans].sort((x, y) => x.chars[0] - y.chars[0]);
}

/** The share of their weight the leaving words count toward coverage. */
const LEAVING_SHARE = 0.25;

/** Kinds of entity a question may name as the place left. */
const PLACE_KINDS: ReadonlySet<string> = new Set(["place", "country"]);

/**
 * The places (and countries) named as the ones left: a leaving word right before or after the
 * name. Each with the characters of its name, which asks for no topic; and the leaving words,
 * which say when rather than what is asked.
 */
function leftMentions(
  prepared: string,
  found: readonly EntityMention[],
  kindOf: (id: string) => string | undefined,
  cues: string[],
): Map<number, [number, number]> {
  const before = readings().flatMap((r) => (r.leftBefore ? [r.leftBefore] : []));
  const after = readings().flatMap((r) => (r.leftAfter ? [r.leftAfter] : []));
  const out = new Map<number, [number, number]>();
  found.forEach((m, i) => {
    if (m.external || !PLACE_KINDS.has(kindOf(m.id) ?? "")) return;
    const pre = prepared.slice(0, m.chars[0]);
    const post = prepared.slice(m.chars[1]);
    const b = before.map((re) => re.exec(pre)).find((x) => x !== null);
    const a = after.map((re) => re.exec(post)).find((x) => x !== null);
    if (!b && !a) return;
    out.set(i, m.chars);
    cues.push((b ?? a)![0]);
  });
  return out;
}

/**
 * Reads a question; `context`, the statements around it ("I know the talks were on Monday,
 * but …": discourse.ts), helps find the fact and counts less toward what it must cover. The
 * briefing's own lexicon is in use throughout.
 */
export function analyzeQuestion(
  question: string,
  lang: Lang,
  index: BriefingIndex,
  context?: Context,
): QuestionAnalysis {
  return readingBriefing(index.briefing, () => analyzeWithContext(question, lang, index, context));
}

function analyzeWithContext(
  question: string,
  lang: Lang,
  index: BriefingIndex,
  context?: Context,
): QuestionAnalysis {
  // "my uncle works at a car plant … he says …. is that right?", "quick one while I'm writing
  // up my notes: how many …": the asker's situation is an aside to whatever the question is
  // read with, never what it points back to.
  if (context?.situation === undefined) return readWithContext(question, lang, index, context);
  const { situation, ...said } = context;
  const read = readWithContext(question, lang, index, said.text ? said : undefined);
  return withSituation(read, analyzeClause(situation, lang, index));
}

function readWithContext(
  question: string,
  lang: Lang,
  index: BriefingIndex,
  context?: Context,
): QuestionAnalysis {
  // "brits at european airports - what changes?": what a dash sets before the question is
  // its topic, and the question was read whole.
  if (!context?.aside) return analyzeClause(question, lang, index);
  const own = analyzeClause(question, lang, index);
  if (carriesTopic(own)) return withAside(own, analyzeClause(context.text, lang, index), index);
  // "… As of today, has that deadline passed?": about what the context says, read with it.
  const whole = context.before ? `${context.text} ${question}` : `${question} ${context.text}`;
  return aboutContext(analyzeClause(whole, lang, index), own, context.text);
}

function analyzeClause(question: string, lang: Lang, index: BriefingIndex): QuestionAnalysis {
  // "philipines", "acces": a slip of one of the briefing's words is read as that word.
  const { text: spelled, corrections } = readSpelling(question, lang, index);
  const named = withoutPublishers(prepareQuestion(spelled), index);
  // "How long did he spend / stay in Hanoi?": the length of his visit (read before roles: a
  // person staying somewhere is not its resident).
  // "Which country does he visit after Vietnam?", "Sau Việt Nam, ông đến nước nào?": where he
  // goes on leaving it, not what came after a visit there.
  const prepared = leavingAfterPlace(
    readings().reduce((text, r) => rewrite(text, r.prepare), named.text),
    lang,
    index,
  );
  const toks = latinTokens(prepared);
  const found = findMentions(prepared, toks, lang, index.entities);
  const roles = readRoles(prepared, toks, found, lang, (id) => index.briefing.byId.entity.get(id)?.kind);
  // group is set below for some: present on all, so that every mention has one shape.
  // "Apart from Chinh, who…": a name the question sets aside is not asked about, and a fact
  // about that one is not the answer.
  const setAside = setAsideMentions(prepared, found);
  const excludedEntities = found.filter((_, i) => setAside.has(i)).map((m) => m.id);
  const leavingCues: string[] = [];
  const left = leftMentions(prepared, found, (id) => index.briefing.byId.entity.get(id)?.kind, leavingCues);
  const leftPlaces = found.filter((_, i) => left.has(i)).map((m) => m.id);
  const mentions: QuestionMention[] = found
    .map((m, i) => ({ ...m, role: roles[i], group: undefined }))
    .filter((_, i) => !setAside.has(i) && !left.has(i));
  let group = 0;
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (a.external || b.external || a.id === b.id) continue;
    const kindA = index.briefing.byId.entity.get(a.id)?.kind;
    const between = prepared.slice(a.chars[1], b.chars[0]);
    if (kindA !== index.briefing.byId.entity.get(b.id)?.kind || !betweenNames().joiner.test(between))
      continue;
    // Countries and places, or anyone offered as alternatives ("To Lam or Ishiba", examples
    // listed in brackets: "on security (the dialogue channel, OSA)"): "Ishiba and Xi met" needs
    // both people in one fact.
    if (
      kindA !== "country" &&
      kindA !== "place" &&
      !betweenNames().alternative.test(between) &&
      !inBracketList(prepared, a.chars[0], b.chars[1])
    )
      continue;
    a.group ??= ++group;
    b.group = a.group;
  }
  const namesPerson = mentions.some((m) => index.briefing.byId.entity.get(m.id)?.kind === "person");
  const entityIds = new Set(mentions.filter((m) => !m.external).map((m) => m.id));

  // Question forms, not topics ("how high", "which day of the week", "thứ mấy"), and what the
  // question sets aside ("Besides energy, …", "エネルギー以外に…", "Ngoài năng lượng, …").
  // "lol", "実際に", "in relation to": words that ask for no topic (discourse.yaml).
  // "(not the new pledge)": a thing set aside by a phrase of its own; a fact about it is not the answer.
  const setAsideText = setAsideThings(
    withoutNoTopic(withoutMentions(prepared, withLeft(mentions, found, left))),
    lang,
  );
  const residual = readings().reduce(
    (text, r) => (r.excluded ? text.replace(r.excluded, " ") : text),
    readings().reduce((text, r) => rewrite(text, r.residual), setAsideText.rest),
  );
  const words: ContentWord[] = [];
  const unknownW = unknownWeight(index);
  const reading = languagePack(lang).reading;
  // "Do Dailywrap and the Japan Times agree…": two publishers named ask how their reports compare.
  const asksDifference = named.sources.length >= 2 || matches(reading.asksDifference, prepared);
  // "After leaving Hanoi, who…": the leaving words say when; they find the fact, and a fact
  // need hardly state them.
  const leavingWords = new Set(questionWords(leavingCues.join(" "), lang).map((w) => w.word));
  for (const w of questionWords(residual, lang)) {
    if (namesPerson && readings().some((r) => r.roleWords.has(w.word))) continue;
    // "Which department does Bessent head?": the body someone heads is who they are.
    if (
      namesPerson &&
      anyMatches((r) => r.headsWords, residual) &&
      readings().some((r) => r.bodyWords.has(w.word))
    )
      continue;
    if (asksDifference && onlyAsksDifference(w.word, w.capitalized, index)) continue;
    let terms = w.terms;
    let known = terms.some((t) => index.vocabulary.has(t) || (t.length === 1 && index.kanji().has(t)));
    // A term one edit from a known one ("semiconduct"): the stems' own reading, after the words'.
    if (!known && terms.length === 1) {
      const fixed = correctTypo(index, terms[0]!);
      if (fixed) {
        terms = [fixed];
        known = true;
      }
    }
    // A Japanese word is known when its bigrams are (they may straddle words in the index); a
    // loanword when one fact holds its share of them ("ウイスキー" is not "ロイス" and "スキル").
    if (w.minShare !== undefined && terms === w.terms) known = heldTogether(index, terms, w.minShare);
    else if (!known && terms.length > 1) known = terms.every((t) => index.vocabulary.has(t));
    // "briefed on Friday": a day of the week, which a fact's date states (weekdays.yaml `names`).
    const weekday = languagePack(lang).weekdayNames.get(w.word);
    if (weekday !== undefined) known = true;
    const weight = known ? Math.max(0.3, ...terms.map((t) => idf(index, t))) : unknownW;
    // Numbers in a question ("the 2+2 dialogue", "in 2025") are identifiers, not topics.
    const isNumber = /^\d+(\.\d+)?$/.test(w.word);
    words.push({
      word: w.word,
      terms,
      weight: isNumber ? Math.min(weight, 0.5) : leavingWords.has(w.word) ? weight * LEAVING_SHARE : weight,
      // The leaving words are read, known or not ("離れ" in a briefing that writes "発つ").
      unknown: !known && !isNumber && !leavingWords.has(w.word),
      unknownName: !known && !isNumber && !leavingWords.has(w.word) && (w.capitalized || nameShaped(w, lang)),
      context: w.context,
      ...(weekday !== undefined && { weekday }),
      ...(w.minShare !== undefined && terms === w.terms && { minShare: w.minShare }),
    });
  }

  const queryTerms: QueryTerm[] = [];
  for (const w of words) {
    for (const t of w.terms) queryTerms.push({ term: t, weight: 1 });
    for (const t of w.context) queryTerms.push({ term: t, weight: 0.5 });
  }
  for (const m of mentions) {
    if (m.external) continue;
    queryTerms.push({ term: `@${m.id}`, weight: 1.5 });
    for (const t of indexTerms(m.surface, lang)) queryTerms.push({ term: t, weight: 0.3 });
  }

  // The unit asked ("how many workers") bears on what is wanted and the kind of number.
  const units = unitsAsked(spelled, lang);
  return {
    question,
    lang,
    corrections,
    normalized: residual.replace(/\s+/g, " ").trim(),
    wants: detectWants(spelled, lang, units),
    wantsEither: detectEither(spelled, lang),
    numberKind: numberKind(spelled, lang, units),
    numberUnits: units,
    figureKinds: figureKindsNamed(spelled, lang),
    mentions,
    entityIds,
    words,
    entityWeight: mentions
      .filter((m) => !m.external)
      .reduce((sum, m) => sum + Math.max(0.5, idf(index, `@${m.id}`)), 0),
    years: words.map((w) => w.word).filter((w) => YEAR.test(w)),
    focus: focusWord(residual, lang, words),
    sources: named.sources,
    settingWords: settingWords(spelled),
    asksOutcome: anyMatches((r) => r.asksOutcome, prepared),
    checksClaim: anyMatches((r) => r.checksClaim, prepared),
    asksAgreed: anyMatches((r) => r.asksAgreed, prepared),
    existence: existenceAsked(prepared, lang),
    asksWords: matches(reading.asksWords, prepared),
    asksName: matches(reading.asksName, prepared),
    asksAuthor: matches(reading.asksAuthor, spelled),
    asksCountry: matches(reading.asksCountry, prepared),
    countryWords: kindWords(reading.asksCountry, prepared, words),
    whoReceives: matches(reading.whoReceives, prepared),
    whoBody: matches(reading.whoBody, prepared),
    whoLed: matches(reading.whoLed, prepared),
    partOf: partOf(prepared, lang),
    figures: statedFigures(prepared),
    offered: offeredFigure(prepared),
    meeting: anyMatches((r) => r.meeting, prepared),
    asksDifference,
    asksSource: matches(reading.asksSource, prepared),
    excludedEntities,
    excludedThings: setAsideText.things,
    excludedPromise: setAsideText.promise,
    leftPlaces,
    office: officeAsked(prepared, lang),
    entityIdsForPerson: withoutDescribedPersons(entityIds, prepared, mentions, index),
    queryTerms,
  };
}

/**
 * A question read with its context (discourse.ts): the statements around the clause that asks.
 * When the clause carries its own topic ("I know the main talks were on the Monday, but when
 * did Ishiba meet To Lam?"), it is the question: what it asks for is its own, and the
 * context's words join it at a small share of their weight, in retrieval and in what a fact
 * must cover ("main", "Monday" are no part of what is asked). When it points back or says
 * nothing of its own ("which company was that?", "has that deadline passed?", "what do the
 * two outlets each say?"), the context is what it is about: the two are read as one, and only
 * the context's words count less, as a recounting carries words no fact states ("I was
 * reading", "one particular").
 */

/** The context's share of its words' weight when the question carries its own topic… */
const ASIDE_SHARE = 0.25;
/**
 * …and of their terms in retrieval: less again, so that an aside ("I know Ishiba *arrived* on
 * Sunday, but when did he leave?") does not bring up the facts about itself.
 */
const ASIDE_RETRIEVAL = 0.1;
/** …and when the question is about the context. */
const REFERENT_SHARE = 0.6;

/** Whether the clause that asks carries its own topic: words or names, and no word pointing back. */
function carriesTopic(q: QuestionAnalysis): boolean {
  return (q.words.length > 0 || q.entityIds.size > 0) && !pointsBack(q.question, q.lang);
}

function scaled(w: ContentWord, share: number): ContentWord {
  return { ...w, weight: w.weight * share, aside: true };
}

/**
 * The context's names the question takes as its own: a name outside the briefing ("I heard
 * Ishiba visited Cambodia, but when …?": the question is about it, and the fact must state it),
 * and whom it points back to ("I know Ishiba arrived on Sunday, but when did he leave?": the
 * first person the context names, else its first name). They take no role: the question's
 * words say it.
 */
function carried(q: QuestionAnalysis, c: QuestionAnalysis, index: BriefingIndex): QuestionMention[] {
  const fresh = c.mentions.filter((m) => !q.mentions.some((o) => o.id === m.id));
  const outside = fresh.filter((m) => m.external);
  const known = fresh.filter((m) => !m.external);
  const person = known.find((m) => index.briefing.byId.entity.get(m.id)?.kind === "person") ?? known[0];
  const someone = person && pointsToSomeone(q.question, q.lang) ? [person] : [];
  return [...outside, ...someone].map((m) => ({ ...m, role: undefined, group: undefined }));
}

/** The question that carries its own topic, with the context's words and terms at their share. */
function withAside(q: QuestionAnalysis, c: QuestionAnalysis, index: BriefingIndex): QuestionAnalysis {
  const own = new Set(q.words.map((w) => w.word));
  const ownTerms = new Set(q.queryTerms.map((t) => t.term));
  const names = carried(q, c, index);
  const ids = names.filter((m) => !m.external).map((m) => m.id);
  return {
    ...q,
    mentions: [...q.mentions, ...names],
    entityIds: new Set([...q.entityIds, ...ids]),
    entityIdsForPerson: new Set([...q.entityIdsForPerson, ...ids]),
    entityWeight: ids.reduce((sum, id) => sum + Math.max(0.5, idf(index, `@${id}`)), q.entityWeight),
    context: c.normalized,
    corrections: [...q.corrections, ...c.corrections],
    // "we're a small supplier in the Midlands, …. What rate applies to UK parts?": a name the
    // briefing does not know, in an aside beside a question with its own topic, is the asker's
    // setting, not what is asked (names it points back to are read above).
    words: [
      ...q.words,
      ...c.words
        .filter((w) => !own.has(w.word))
        .map((w) => ({ ...scaled(w, ASIDE_SHARE), unknownName: false })),
    ],
    // "i read two articles and they seemed to put it differently": the sources' difference is asked.
    asksDifference: q.asksDifference || c.asksDifference,
    // "…今何人いる？（新しい約束ではなく）": a thing the aside sets aside is set aside.
    excludedThings: [...q.excludedThings, ...c.excludedThings],
    excludedPromise: q.excludedPromise || c.excludedPromise,
    sources: [...new Set([...q.sources, ...c.sources])],
    queryTerms: [
      ...q.queryTerms,
      ...c.queryTerms
        .filter((t) => !ownTerms.has(t.term))
        .map((t) => ({
          ...t,
          weight: ids.some((id) => t.term === `@${id}`) ? t.weight : t.weight * ASIDE_RETRIEVAL,
        })),
    ],
  };
}

/**
 * The question with the asker's situation beside it ("my uncle works at a car plant in the
 * Midlands", "while I'm writing up my notes"): its words are no part of what a fact must cover,
 * and its names (known or not) are the asker's setting, not what is asked; its terms help
 * retrieval a little, as an aside's do.
 */
function withSituation(q: QuestionAnalysis, s: QuestionAnalysis): QuestionAnalysis {
  const ownTerms = new Set(q.queryTerms.map((t) => t.term));
  return {
    ...q,
    context: q.context ?? s.normalized,
    corrections: [...q.corrections, ...s.corrections],
    queryTerms: [
      ...q.queryTerms,
      ...s.queryTerms
        .filter((t) => !ownTerms.has(t.term) && !t.term.startsWith("@"))
        .map((t) => ({ ...t, weight: t.weight * ASIDE_RETRIEVAL })),
    ],
  };
}

/**
 * The context and the question read as one (`whole`), the words only the context has at their
 * share: `own` is the question read alone.
 */
function aboutContext(whole: QuestionAnalysis, own: QuestionAnalysis, context: string): QuestionAnalysis {
  const asked = new Set(own.words.map((w) => w.word));
  return {
    ...whole,
    context,
    words: whole.words.map((w) => (asked.has(w.word) ? w : scaled(w, REFERENT_SHARE))),
  };
}
