import type { Briefing } from "../briefing/types.js";
import { LANGS, type Lang, type LanguageCode } from "../i18n/lang.js";
import { allPacks, fromPacks, languagePack } from "../knowledge/packs.js";
import { worldKnowledge } from "../knowledge/world.js";
import { compilePattern } from "../lang/pattern.js";
import type { BriefingIndex } from "./index-build.js";
import { fold } from "./normalize.js";
import { latinTerm } from "./tokenize.js";

/**
 * Typo tolerance: a question word typed in plain Latin letters that the briefing does not know
 * ("acces", "philipines", "Ishbia") is read as the one word of the briefing it is a slip of
 * ("access", "philippines", "ishiba"), so retrieval, coverage and entity names all see the word
 * meant. Machinery only: the dictionary is the briefing's own words (its facts' statements and
 * alternate questions, topics, lexicon and entity names); the packs' words and the world's names
 * are never read as slips.
 *
 * Distance is optimal string alignment (Damerau–Levenshtein without repeated edits on one
 * substring), plus one rule: two words that differ only in which letters are doubled ("tarrif",
 * "tariff") are one slip apart. A word is read as another only when
 * - it has MIN_LENGTH letters or more (one edit to a shorter word makes another real word),
 * - it is within one edit (two from TWO_EDITS_FROM letters) of the briefing's word,
 * - the slip keeps the first letter (or swaps the first two): people rarely mistype it, and
 *   another first letter makes another word ("power", "lower"; "headline", "deadline"),
 * - the slip is not only in the ending (the last ENDING letters, one more for two slips), unless
 *   it is a doubled letter or two letters swapped: a changed ending is another form of a word,
 *   or another word ("plant", "plans"; "reporters", "reported"), more often than a slip;
 *   long words aside, where one slip in the ending ("semiconducter") is a slip,
 * - in a word under TWO_EDITS_FROM letters the slip is a letter left out, a doubled letter or
 *   two letters swapped: a letter changed or added in a short word makes another real word
 *   more often than not ("print", "point"; "spend", "send"),
 * - among the nearest words (all forms of one term count as one: "tariff", "tariffs") there is
 *   one term, or the commonest is MARGIN times as common as the next.
 */

export interface Correction {
  /** The word as typed. */
  from: string;
  /** The briefing's word it is read as, folded. */
  to: string;
}

/** Shorter words are never read as slips: one edit to a short word makes another real word. */
export const MIN_LENGTH = 5;
/** From this many letters a word may be two edits from the word meant. */
export const TWO_EDITS_FROM = 9;
/** The commonest nearest term must be this many times as common as the next to be chosen. */
export const MARGIN = 2;
/** The letters at a word's end where a change is read as another form of the word, not a slip. */
export const ENDING = 2;
/** Dictionary words shorter than this are never offered (a 5-letter slip of a 4-letter word is). */
const SHORTEST_ENTRY = 4;

/** The briefing's words as one language's questions meet them, by length, with letter masks. */
interface Dictionary {
  /** length → folded words of that length. */
  byLength: Map<number, string[]>;
  /** folded word → how often the briefing writes it. */
  counts: Map<string, number>;
  /** folded word → the bits of the letters it has (a–z). */
  masks: Map<string, number>;
}

const WORD = /[a-z]+/g;
const TYPED_WORD = compilePattern("[\\p{L}\\p{N}]+", "gu");
const PLAIN_LATIN = /^[A-Za-z]+$/;
const CODE_A = 97;

function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) - CODE_A);
  return mask;
}

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The texts of a briefing in the languages given, each once: statements, alternates, topics. */
function eachText(briefing: Briefing, langs: readonly Lang[], visit: (text: string) => void): void {
  for (const fact of briefing.facts)
    for (const lang of langs) {
      visit(fact.statement[lang]);
      for (const q of fact.questions[lang]) visit(q);
    }
  for (const topic of briefing.topics) {
    for (const lang of langs) visit(topic.name[lang]);
    for (const k of topic.keywords) visit(k);
  }
  for (const entry of briefing.meta.lexicon ?? []) for (const w of entry.same) visit(w);
  // Names in every language: "Ishiba" in a Vietnamese question is still his name.
  for (const e of briefing.entities) for (const lang of LANGS) for (const n of e.names[lang]) visit(n);
}

/** The languages whose texts a question's Latin words are read against: its own and its Latin words' (English in Japanese). */
function textLanguages(lang: Lang): Lang[] {
  const reader = languagePack(lang).latinWordsAs;
  return LANGS.filter((l) => l === lang || l === reader);
}

export function buildDictionary(briefing: Briefing, langs: readonly Lang[]): Dictionary {
  const counts = new Map<string, number>();
  eachText(briefing, langs, (text) => {
    for (const [w] of fold(text).matchAll(WORD))
      if (w.length >= SHORTEST_ENTRY) counts.set(w, (counts.get(w) ?? 0) + 1);
  });
  const byLength = new Map<number, string[]>();
  const masks = new Map<string, number>();
  for (const w of counts.keys()) {
    const list = byLength.get(w.length);
    if (list) list.push(w);
    else byLength.set(w.length, [w]);
    masks.set(w, letterMask(w));
  }
  return { byLength, counts, masks };
}

const LOWER_WORD = /^[a-z]+$/;

/** Words no question word is read away from: the packs' own words and every name the world file knows. */
const knownWords = fromPacks(() => {
  const out = new Set<string>();
  const add = (text: string) => {
    // Most are one lower-case word already: what fold and WORD would give (thousands of them).
    if (LOWER_WORD.test(text)) out.add(text);
    else for (const [w] of fold(text).matchAll(WORD)) out.add(w);
  };
  for (const p of allPacks()) {
    for (const set of [p.stop, p.questionStop, p.syllables, p.generalWords, p.vagueWords, p.commonWords])
      for (const w of set) add(w);
    for (const [from, to] of Object.entries(p.synonyms)) {
      add(from);
      add(to);
    }
    for (const w of Object.keys(p.statedAs)) add(w);
    // The words the pack's rewrites read ("seeing" is a meeting): "tram*" as its start.
    const r = p.rewrites;
    for (const rule of [...(r.abbreviations ?? []), ...(r.percent ?? []), ...(r.phrases ?? [])])
      for (const w of rule.words) add(w);
  }
  for (const e of worldKnowledge().entities) {
    for (const lang of LANGS) for (const n of e.names[lang]) add(n);
    for (const c of e.codes) add(c);
  }
  for (const o of worldKnowledge().offices) for (const lang of LANGS) for (const n of o.names[lang]) add(n);
  return out;
});

/** Optimal string alignment distance, or `max + 1` as soon as it must exceed `max`. */
export function alignmentDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, before[j - 2]! + 1);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** The word with each run of one letter written once: "tarrif" and "tariff" are both "tarif". */
function undoubled(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) if (word[i] !== word[i - 1]) out += word[i];
  return out;
}

/** The slips between two words: alignment distance, or 1 where only the doubled letters differ. */
export function slipDistance(a: string, b: string, max: number): number {
  const d = alignmentDistance(a, b, max);
  return d > 1 && undoubled(a) === undoubled(b) ? 1 : d;
}

/** Whether a slip from `typed` to `word` keeps the first letter (a swap of the first two does). */
function keepsFirstLetter(typed: string, word: string): boolean {
  return typed[0] === word[0] || (typed[0] === word[1] && typed[1] === word[0]);
}

/** How many letters two words share at their start. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Whether the words differ only in their ending (another form of a word, or another word):
 * a doubled letter or two swapped letters there is a slip all the same, and so is one slip in
 * the ending of a long word.
 */
export function differsInEnding(typed: string, word: string, distance: number): boolean {
  const longer = Math.max(typed.length, word.length);
  if (sharedStart(typed, word) < longer - ENDING - (distance - 1)) return false;
  if (undoubled(typed) === undoubled(word)) return false;
  if (typed.length === word.length && alignmentDistance(typed, word, 1) === 1 && isSwap(typed, word))
    return false;
  return !(distance === 1 && Math.min(typed.length, word.length) >= TWO_EDITS_FROM);
}

/** Whether a short word's slip is of a kind that rarely makes another word: a letter left out, doubled, or swapped. */
export function shortSlip(typed: string, word: string): boolean {
  if (typed.length >= TWO_EDITS_FROM) return true;
  if (undoubled(typed) === undoubled(word)) return true;
  if (typed.length === word.length) return isSwap(typed, word);
  return typed.length === word.length - 1;
}

/** Whether the words differ by two neighbouring letters swapped. */
function isSwap(a: string, b: string): boolean {
  const i = sharedStart(a, b);
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** How many slips a typed word of this length may hold: none under MIN_LENGTH. */
export function slipsAllowed(length: number): number {
  if (length < MIN_LENGTH) return 0;
  return length >= TWO_EDITS_FROM ? 2 : 1;
}

interface Near {
  word: string;
  term: string;
  distance: number;
  count: number;
}

/** The dictionary's words within `max` slips of `word`. */
function nearWords(dictionary: Dictionary, word: string, max: number, lang: Lang): Near[] {
  const mask = letterMask(word);
  const plain = undoubled(word);
  const out: Near[] = [];
  // Doubled letters aside, a slip changes the length by at most one.
  for (let len = word.length - max - 1; len <= word.length + max + 1; len++) {
    for (const candidate of dictionary.byLength.get(len) ?? []) {
      // Each edit adds or takes away at most two letters of the alphabet the word has.
      const differs = bitCount(mask ^ dictionary.masks.get(candidate)!);
      if (differs > 2 * max) continue;
      if (Math.abs(len - word.length) > max && undoubled(candidate) !== plain) continue;
      if (!keepsFirstLetter(word, candidate)) continue;
      const distance = slipDistance(word, candidate, max);
      if (distance > max || differsInEnding(word, candidate, distance) || !shortSlip(word, candidate))
        continue;
      const term = latinTerm(candidate, lang);
      if (term === undefined) continue;
      out.push({ word: candidate, term, distance, count: dictionary.counts.get(candidate)! });
    }
  }
  return out;
}

/**
 * The one term the nearest words stand for, with its commonest form; undefined where two terms
 * are about as near and as common.
 */
export function chooseNear(near: readonly Near[]): Near | undefined {
  if (near.length === 0) return undefined;
  const nearest = Math.min(...near.map((n) => n.distance));
  const byTerm = new Map<string, { best: Near; count: number }>();
  for (const n of near) {
    if (n.distance !== nearest) continue;
    const seen = byTerm.get(n.term);
    if (!seen) byTerm.set(n.term, { best: n, count: n.count });
    else {
      seen.count += n.count;
      if (n.count > seen.best.count || (n.count === seen.best.count && n.word < seen.best.word))
        seen.best = n;
    }
  }
  const ranked = [...byTerm.values()].sort(
    (a, b) => b.count - a.count || (a.best.term < b.best.term ? -1 : 1),
  );
  const [first, second] = ranked;
  if (second && first!.count < MARGIN * second.count) return undefined;
  return first!.best;
}

/** Per index and question language: the dictionary, and each typed word's reading once found. */
interface Speller {
  dictionary: Dictionary;
  read: Map<string, string | null>;
}
const spellers = new WeakMap<BriefingIndex, Map<Lang, Speller>>();

function spellerFor(index: BriefingIndex, lang: Lang): Speller {
  let byLang = spellers.get(index);
  if (!byLang) {
    byLang = new Map();
    spellers.set(index, byLang);
  }
  let speller = byLang.get(lang);
  if (!speller) {
    speller = { dictionary: buildDictionary(index.briefing, textLanguages(lang)), read: new Map() };
    byLang.set(lang, speller);
  }
  return speller;
}

/** Whether the briefing or the packs know a folded word as it is typed: nothing to correct. */
function knownAsTyped(word: string, lang: LanguageCode, index: BriefingIndex): boolean {
  if (knownWords().has(word)) return true;
  const term = latinTerm(word, lang);
  return (
    term === undefined || knownWords().has(term) || index.vocabulary.has(term) || index.vocabulary.has(word)
  );
}

/** The briefing's word a typed word (folded, plain Latin letters) is a slip of, if any. */
export function slipOf(word: string, lang: Lang, index: BriefingIndex): string | undefined {
  const max = slipsAllowed(word.length);
  if (max === 0 || knownAsTyped(word, lang, index)) return undefined;
  const speller = spellerFor(index, lang);
  const seen = speller.read.get(word);
  if (seen !== undefined) return seen ?? undefined;
  const found = chooseNear(nearWords(speller.dictionary, word, max, lang))?.word;
  if (speller.read.size > 10_000) speller.read.clear();
  speller.read.set(word, found ?? null);
  return found;
}

/** The typed word's case on the word read: "Ishbia" → "Ishiba", "TARRIF" → "TARIFF". */
function inCaseOf(typed: string, word: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase()) return word.toUpperCase();
  if (typed[0] !== typed[0]!.toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/**
 * The question with each word typed in plain Latin letters that is a slip of one of the
 * briefing's words replaced by it, and the corrections made.
 */
export function readSpelling(
  question: string,
  lang: Lang,
  index: BriefingIndex,
): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const text = question.replace(TYPED_WORD, (typed) => {
    if (typed.length < MIN_LENGTH || !PLAIN_LATIN.test(typed)) return typed;
    const to = slipOf(typed.toLowerCase(), lang, index);
    if (!to || to === typed.toLowerCase()) return typed;
    corrections.push({ from: typed, to });
    return inCaseOf(typed, to);
  });
  return { text, corrections };
}
