import type { LanguageCode } from "../i18n/lang.js";
import { allPacks, fromPacks, type LanguagePack, languagePack } from "../knowledge/packs.js";
import { compilePattern, escapeRegExp } from "../lang/pattern.js";
import { languageModule, scriptModules } from "../lang/registry.js";
import type { LanguageModule } from "../lang/types.js";
import { normalizeText } from "./normalize.js";
import { perLexicon, synonymOf } from "./synonyms.js";

/** A word with a capital first. */
const CAPITALIZED = compilePattern("^\\p{Lu}", "u");

/** A word in capitals. */
const ALL_CAPITALS = compilePattern("^\\p{Lu}+$", "u");

/** What separates words. */
const NOT_WORD = compilePattern("[^\\p{L}\\p{N}]+", "u");

/**
 * Tokenization for the index and for questions. Both sides go through normalizeText and the
 * packs' rewrites (prepare), then:
 * - Latin words: the stop words and synonyms of the language they are read in, stemmed where
 *   its module has a stemmer (English); a language of syllables (its module pairs them) also
 *   gives syllable pairs ("nhat_ban"), since its words span syllables.
 * - Runs of a script written without spaces (Japanese): character bigrams in the index (fast
 *   and robust to segmentation); in a question the script's module cuts the run into words,
 *   each mapped to its bigrams.
 * - Numbers: plain digits ("600000", "27.4"); "%" and its words become the term "percent".
 * What a language needs is read through its pack (knowledge/lang/<code>/) and its module
 * (src/lang/<code>/); nothing here names a language.
 * The index side (indexTerms) is in term-ids.ts; this file holds what both sides share and the
 * question side.
 */

/** The scripts written without spaces, by the modules that read them (src/lang/<code>/). */
const SPACELESS = scriptModules();
const SCRIPTS = SPACELESS.map(([, m]) => m.script).join("");
/** A run of a script without spaces, a number or a folded Latin word: the pieces of prepared text. */
const PIECE = compilePattern(`${SCRIPTS ? `([${SCRIPTS}]+)` : "(?!)"}|(\\d+(?:\\.\\d+)?)|([a-z]+)`, "gu");

/** The term "%" and each pack's words for it become (the engine's id for a percentage). */
const PERCENT = "percent";
/** Initials: u.s. → us. */
const INITIALS = /\b([a-z])\.([a-z])\.(?=\W|$)/g;
const APOSTROPHES = ["'", "\u2019"];

/** A rewrite of prepared text, with the strings one of which any text it applies to contains. */
interface Rewrite {
  pattern: RegExp;
  to: string;
  marks: readonly string[];
}

/** The packs' rewrites (knowledge/lang/<code>/rewrites.yaml), compiled together. */
const rewrites = fromPacks(() => {
  const packs = allPacks();
  const rules = (
    pick: (p: LanguagePack) => readonly { source: string; to?: string; words: readonly string[] }[],
  ) => packs.flatMap((p) => pick(p).map((r) => ({ ...r, marks: r.words.map(prefixOf) })));
  const words = packs.flatMap(allWords);
  const abbreviations = rules((p) => p.rewrites.abbreviations ?? []).map(
    (r): Rewrite => ({ pattern: compilePattern(r.source, "g"), to: r.to ?? "", marks: r.marks }),
  );
  const percentRules = rules((p) => p.rewrites.percent ?? []);
  const phrases = rules((p) => p.rewrites.phrases ?? []);
  const clitics = [...new Set(packs.flatMap((p) => p.rewrites.clitics ?? []))];
  return {
    abbreviations,
    percent: compilePattern(
      ["%", ...percentRules.map((r) => r.source)].map((x) => `(?:${x})`).join("|"),
      "g",
    ),
    percentMarks: ["%", ...percentRules.flatMap((r) => r.marks)],
    // Each made at its first use: a text holds the words of few of them.
    phrases: phrases.map(({ source, to, marks }) => ({ pattern: lazyPattern(source), to: to ?? "", marks })),
    phraseMarks: phrases.flatMap((r) => r.marks),
    clitic:
      clitics.length > 0
        ? compilePattern(`[${APOSTROPHES.join("")}](?:${clitics.map(escapeRegExp).join("|")})\\b`, "g")
        : undefined,
    cliticMarks: APOSTROPHES.flatMap((a) => clitics.map((c) => a + c)),
    clitics,
    /** Whole Latin words and word starts around which a rewrite may apply (see mayRewriteAround). */
    latinWords: new Set(words.filter((w) => LATIN.test(w))),
    latinStarts: [...new Set(words.filter((w) => w.endsWith("*") && LATIN.test(prefixOf(w))).map(prefixOf))],
    /** Marks in other scripts (パーセント): a text holding one takes the full path. */
    scriptMarks: marksOf(words.map(prefixOf).filter((w) => !LATIN.test(w))),
  };
});
/** A global pattern made at its first use. */
function lazyPattern(source: string): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= compilePattern(source, "g"));
}

const LATIN = /^[a-z]+$/;
const prefixOf = (word: string) => (word.endsWith("*") ? word.slice(0, -1) : word);

function allWords(p: LanguagePack): string[] {
  const r = p.rewrites;
  return [...(r.abbreviations ?? []), ...(r.percent ?? []), ...(r.phrases ?? [])].flatMap(
    (rule) => rule.words,
  );
}

/** Normalised text with the packs' rewrites applied (abbreviations, initials, percent, phrases, clitics): what is split into words. */
export function prepare(text: string): string {
  let s = normalizeText(text);
  const r = rewrites();
  // Each rewrite only where it can apply (index builds prepare about a million texts): the
  // checks before them are cheaper than the regular expressions and never miss a match.
  for (const { pattern, to, marks } of r.abbreviations) if (hasAny(s, marks)) s = s.replace(pattern, to);
  if (mayHave(s, ".", isInitials)) s = s.replace(INITIALS, "$1$2");
  if (hasAny(s, r.percentMarks)) s = s.replace(r.percent, ` ${PERCENT} `);
  // Each phrase only where the text holds one of its words (every match holds one), like the
  // abbreviations: most texts hold none, and a phrase's pattern is compiled only when a text
  // holds its words.
  if (hasAny(s, r.phraseMarks))
    for (const { pattern, to, marks } of r.phrases) if (hasAny(s, marks)) s = s.replace(pattern(), to);
  if (r.clitic && hasAny(s, r.cliticMarks)) s = s.replace(r.clitic, "");
  return s;
}

function hasAny(s: string, marks: readonly string[]): boolean {
  for (const m of marks) if (s.includes(m)) return true;
  return false;
}

/** Whether `s` has `marker` at an index where `fits` says a rewrite could start. */
function mayHave(s: string, marker: string, fits: (s: string, at: number) => boolean): boolean {
  for (let at = s.indexOf(marker); at !== -1; at = s.indexOf(marker, at + 1)) if (fits(s, at)) return true;
  return false;
}

const LATIN_LETTER = /^[a-z]$/;
const isLetter = (c: string | undefined) => c !== undefined && LATIN_LETTER.test(c);
/** A "." between two letters with another "." after: where initials (u.s.) could be written. */
function isInitials(s: string, at: number): boolean {
  return isLetter(s[at - 1]) && isLetter(s[at + 1]) && s[at + 2] === ".";
}

/**
 * Whether prepare could rewrite text around this whole word (runs of a-z in normalised
 * text): one of the `words` of the packs' rewrites, or a word starting with one given as
 * "tram*". The index tokenizer (term-ids.ts) skips prepare for a text with none of them and
 * none of rewriteMarks(); it reads "%", the clitics and initials (u.s.) itself.
 */
export function mayRewriteAround(word: string): boolean {
  const r = rewrites();
  if (r.latinWords.has(word)) return true;
  for (const start of r.latinStarts) if (word.startsWith(start)) return true;
  return false;
}

/** Strings in scripts other than Latin whose presence may let prepare rewrite a text (パーセント), and their first units. */
export interface RewriteMarks {
  list: readonly string[];
  /** 1 at the UTF-16 unit a mark starts with. */
  starts: Uint8Array;
}

function marksOf(list: readonly string[]): RewriteMarks {
  const starts = new Uint8Array(0x10000);
  for (const mark of list) starts[mark.charCodeAt(0)] = 1;
  return { list: [...new Set(list)], starts };
}

export function rewriteMarks(): RewriteMarks {
  return rewrites().scriptMarks;
}

/** Endings after an apostrophe that prepare drops with it (Japan's → Japan). */
export function clitics(): readonly string[] {
  return rewrites().clitics;
}

/** The stem of a folded English word (the English module's stemmer; briefing lint and entity names use it). */
export function stem(word: string): string {
  return languageModule(STEMMED_AS).stem?.(word) ?? word;
}
/** The language whose stemmer `stem` is: the one Latin words of the briefings' lexicons are in. */
const STEMMED_AS = "en";

/** How the Latin words of a text in one language are read, and the terms read so far. */
interface LatinReading {
  /** The language the words are read in: Latin words in Japanese are English ("AI", "PhD"). */
  reader: LanguageCode;
  stop: ReadonlySet<string>;
  stem: (word: string) => string;
  terms: Map<string, string>;
}

/**
 * By text language, per lexicon (the terms read depend on its synonyms); the terms map is
 * shared by the languages read alike.
 */
const readings = perLexicon(() => new Map<LanguageCode, LatinReading>());

function latinReading(lang: LanguageCode): LatinReading {
  const byLang = readings();
  let reading = byLang.get(lang);
  if (!reading) {
    const reader = languagePack(lang).latinWordsAs;
    const shared = reader === lang ? undefined : latinReading(reader);
    reading = shared ?? {
      reader,
      stop: languagePack(reader).stop,
      stem: languageModule(reader).stem ?? same,
      terms: new Map(),
    };
    byLang.set(lang, reading);
  }
  return reading;
}
const same = (word: string) => word;

/**
 * The index term of one folded Latin word in a language, or undefined for a stop word: the
 * word read through the synonyms of the language it is in, stemmed where that language has a
 * stemmer, then once more through the synonyms ("markets": the synonym of "market").
 */
export function latinTerm(word: string, lang: LanguageCode): string | undefined {
  const { reader, stop, stem, terms } = latinReading(lang);
  if (stop.has(word)) return undefined;
  // Memoised: words repeat (Zipf), and index builds stem millions of them.
  const known = terms.get(word);
  if (known !== undefined) return known;
  const canonical = synonymOf(word, reader) ?? word;
  const stemmed = stem(canonical);
  // A plural or inflected form of a synonym ("markets"): the synonym, stemmed as the index has it.
  const synonym = synonymOf(stemmed, reader);
  const term = synonym === undefined ? stemmed : stem(synonym);
  if (terms.size > 200_000) terms.clear();
  terms.set(word, term);
  return term;
}

/** The index terms of a text in a script without spaces: its character bigrams (a lone character itself). */
function bigrams(run: string): string[] {
  const out: string[] = [];
  if (run.length === 1) out.push(run);
  else for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

/** Whether each code point is in PIECE's class of scripts without spaces, decided once per code point. */
const SPACELESS_CHAR = compilePattern(`^[${SCRIPTS}]$`, "u");
const bmpIsCjk = new Uint8Array(0x10000); // 0 not yet known, 1 yes, 2 no
const astralIsCjk = new Map<number, boolean>();

/** Whether a code point is of a script written without spaces (Han, kana: the modules' scripts). */
export function isCjk(cp: number): boolean {
  if (cp < 0x80 || !SCRIPTS) return false;
  if (cp <= 0xffff) {
    let known = bmpIsCjk[cp]!;
    if (known === 0) {
      known = SPACELESS_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
      bmpIsCjk[cp] = known;
    }
    return known === 1;
  }
  let known = astralIsCjk.get(cp);
  if (known === undefined) {
    known = SPACELESS_CHAR.test(String.fromCodePoint(cp));
    astralIsCjk.set(cp, known);
  }
  return known;
}

/** One content-bearing word of a question and the index terms it maps to. */
export interface QuestionWord {
  /** The word as folded. */
  word: string;
  /** Index terms: one for a Latin word or number, the bigrams of a word of a script without spaces. */
  terms: string[];
  /** Written with a capital inside a sentence of a language that capitalizes names only: likely a name. */
  capitalized: boolean;
  /** A language of syllables: pairs with the neighbouring content syllables ("thoi_tiet"), the word's sense. */
  context: string[];
  /** The share of its terms a fact must hold to state it (RunWord.minShare); else any one. */
  minShare?: number;
}

/** The module that reads a run of a script without spaces: the one whose script its first character is in. */
function runReader(run: string): LanguageModule & { script: string } {
  if (SPACELESS.length === 1) return SPACELESS[0]![1];
  const first = String.fromCodePoint(run.codePointAt(0)!);
  return SPACELESS.find(([, m]) => compilePattern(`^[${m.script}]`, "u").test(first))![1];
}

/**
 * The content words of a question (stop words and question words left out), each with the
 * index terms that stand for it. In a language of syllables a syllable also carries its pairs
 * with the neighbouring content syllables: "thời tiết" (weather) is not "thời hạn" (deadline).
 */
export function questionWords(question: string, lang: LanguageCode): QuestionWord[] {
  const out: QuestionWord[] = [];
  const prepared = prepare(question);
  const pack = languagePack(lang);
  const pairs = languageModule(lang).pairSyllables;
  // Capitals are read from the original text: find which folded words were capitalized.
  const capitals = new Set<string>();
  if (pack.namesCapitalized) {
    const originals = question.normalize("NFKC").split(NOT_WORD);
    originals.forEach((w, i) => {
      if (i > 0 && CAPITALIZED.test(w) && !ALL_CAPITALS.test(w)) capitals.add(w.toLowerCase());
    });
  }
  let prev: { syllable: string; word: QuestionWord } | undefined;
  for (const m of prepared.matchAll(PIECE)) {
    const [, run, num, latin] = m;
    if (run) {
      prev = undefined;
      const reader = runReader(run);
      for (const { word, terms, minShare } of reader.questionWords?.(run, bigrams) ?? [
        { word: run, terms: bigrams(run) },
      ])
        out.push({
          word,
          terms,
          capitalized: false,
          context: [],
          ...(minShare !== undefined && { minShare }),
        });
    } else if (num) {
      prev = undefined;
      out.push({ word: num, terms: [num], capitalized: false, context: [] });
    } else if (latin) {
      if (latin.length === 1) {
        prev = undefined;
        continue;
      }
      const term = pack.questionStop.has(latin) ? undefined : latinTerm(latin, lang);
      if (!term) {
        prev = undefined;
        continue;
      }
      const word: QuestionWord = {
        word: latin,
        terms: [term],
        capitalized: capitals.has(latin),
        context: [],
      };
      if (pairs && prev) {
        const pair = pairs(prev.syllable, latin);
        prev.word.context.push(pair);
        word.context.push(pair);
      }
      out.push(word);
      prev = pairs ? { syllable: latin, word } : undefined;
    }
  }
  return out;
}
