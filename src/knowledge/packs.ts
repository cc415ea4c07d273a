import { LANGS, type Lang, type LanguageCode } from "../i18n/lang.js";
import { compileRoleCues, type RoleCues } from "./cues.js";
import { knowledgeGeneration, packData } from "./load.js";
import { compileReading, type Reading } from "./reading.js";
import type { PackData, PatternData } from "./schema.js";

/**
 * A language pack as the engine uses it: the validated data of `knowledge/lang/<code>/`,
 * compiled (sets, regular expressions) once, on first use. The engine asks a pack for what a
 * concern needs and never names a word itself.
 */
export interface LanguagePack {
  lang: Lang;
  stop: ReadonlySet<string>;
  questionStop: ReadonlySet<string>;
  synonyms: Readonly<Record<string, string>>;
  letters: RegExp | undefined;
  unmarkedWords: RegExp | undefined;
  eventWords: readonly string[];
  datedEventWords: readonly string[];
  reportsWords: RegExp | undefined;
  planned: RegExp | undefined;
  weekdayQuestion: RegExp | undefined;
  weekday: RegExp | undefined;
  /** On the folded question: group 1 is a kind of agreement, a question word the fact must state. */
  agreementKind: RegExp | undefined;
  /** On the question as written: group 1 is a kind the fact's text must contain. */
  agreementKindWritten: RegExp | undefined;
  measureWords: readonly string[];
  quantityWords: readonly string[];
  everyCountry: RegExp | undefined;
  officeSpellings: Readonly<Record<string, string>>;
  /** A place's name that says it is a country's capital; group 1 is the country's name. */
  capitalName: RegExp | undefined;
  /** A person's name that says they hold an office of a country: group 1 the country, 2 the office. */
  officeHolderName: PatternData | undefined;
  explainReasons: Readonly<Record<string, string>>;
  help: readonly RegExp[];
  injection: readonly RegExp[];
  opinion: readonly RegExp[];
  compoundJoin: RegExp | undefined;
  eachPieceAsks: RegExp | undefined;
  compoundMinWords: number | undefined;
  dateFormat: string | undefined;
  monthFormat: string | undefined;
  yearFormat: string | undefined;
  months: readonly string[];
  messages: Readonly<Record<string, string>>;
  /** "{served}" is filled with the name of the language answered in, in this pack's language. */
  answeredInOtherLanguage: string | undefined;
  /** Names of languages by code, in this pack's language. */
  languageNames: Readonly<Record<string, string>>;
  /** Which words around a name mark its role in a question (roles.yaml). */
  roleCues: RoleCues;
  /** How a question's form is read: joiners, what it asks about, rewrites (reading.yaml). */
  reading: Reading;
  /** Rewrites of folded text before it is split into words (every pack's apply to every text). */
  rewrites: PackData["rewrites"];
  /** Scales after figures, number words and numerals. */
  numbers: PackData["numbers"];
  /** Suffixes and endings of a stemmer (src/lang/<code>/ holds the code reading them). */
  stemming: PackData["stemming"];
  /** A capital inside a sentence marks a name. */
  namesCapitalized: boolean;
  /** The language whose words the Latin words of this one's text are (itself unless stated). */
  latinWordsAs: LanguageCode;
  /** Stems of verbs that frame a question in any form. */
  stopVerbStems: readonly string[];
  /** A question's word (or verb stem) → how the statements write it. */
  statedAs: Readonly<Record<string, string>>;
  /** Letters folding cannot take apart → their base letters. */
  foldLetters: Readonly<Record<string, string>>;
}

function compile(p: PatternData | undefined): RegExp | undefined {
  return p ? new RegExp(p.source, p.flags ?? "") : undefined;
}

/** Words as one alternation, whole words only (`\b` on folded Latin text). */
function wordAlternation(list: readonly string[] | undefined, flags: string): RegExp | undefined {
  if (!list || list.length === 0) return undefined;
  const escaped = list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`\\b(?:${escaped.join("|")})\\b`, flags);
}

function compilePack(lang: Lang, data: PackData): LanguagePack {
  return {
    lang,
    rewrites: data.rewrites,
    numbers: data.numbers,
    stemming: data.stemming,
    namesCapitalized: data.tokens.namesCapitalized ?? false,
    latinWordsAs: data.tokens.latinWordsAs ?? lang,
    stopVerbStems: data.tokens.stopVerbStems ?? [],
    statedAs: data.tokens.statedAs ?? {},
    foldLetters: data.tokens.foldLetters ?? {},
    stop: new Set(data.stopwords.stop ?? []),
    questionStop: new Set(data.stopwords.questionStop ?? []),
    synonyms: data.synonyms.synonyms ?? {},
    letters: compile(data.detect.letters),
    unmarkedWords: wordAlternation(data.detect.unmarkedWords, "g"),
    eventWords: data.events.eventWords ?? [],
    datedEventWords: data.events.datedEventWords ?? [],
    reportsWords: compile(data.reporting.reportsWords),
    planned: compile(data.reporting.planned),
    weekdayQuestion: compile(data.weekdays.weekdayQuestion),
    weekday: compile(data.weekdays.weekday),
    agreementKind: compile(data.agreements.agreementKind),
    agreementKindWritten: compile(data.agreements.agreementKindWritten),
    measureWords: data.measures.measureWords ?? [],
    quantityWords: data.measures.quantityWords ?? [],
    everyCountry: compile(data.groups.everyCountry),
    officeSpellings: data.offices.spellings ?? {},
    capitalName: compile(data.conventions.capitalName),
    officeHolderName: data.conventions.officeHolderName,
    explainReasons: data.explain.reasons ?? {},
    help: (data.screening.help ?? []).map((p) => compile(p)!),
    injection: (data.screening.injection ?? []).map((p) => compile(p)!),
    opinion: (data.screening.opinion ?? []).map((p) => compile(p)!),
    compoundJoin: compile(data.compound.join),
    eachPieceAsks: compile(data.compound.eachPieceAsks),
    compoundMinWords: data.compound.minWords,
    dateFormat: data.messages.dateFormat,
    monthFormat: data.messages.monthFormat,
    yearFormat: data.messages.yearFormat,
    months: data.messages.months ?? [],
    messages: data.messages.messages ?? {},
    answeredInOtherLanguage: data.notes.answeredInOtherLanguage,
    languageNames: data.notes.languageNames ?? {},
    roleCues: compileRoleCues(data.roles),
    reading: compileReading(data.reading, data.roles.units === "characters"),
  };
}

const packs = new Map<LanguageCode, LanguagePack>();
let packsGeneration = knowledgeGeneration();

/**
 * The pack of `lang`, read and compiled on first use. A code outside LANGS (a pack being
 * added) gives its pack too, its `lang` that code: it is a Lang in all but registration.
 */
export function languagePack(lang: LanguageCode): LanguagePack {
  if (packsGeneration !== knowledgeGeneration()) {
    packs.clear();
    packsGeneration = knowledgeGeneration();
  }
  let pack = packs.get(lang);
  if (!pack) {
    pack = compilePack(lang as Lang, packData(lang));
    packs.set(lang, pack);
  }
  return pack;
}

/**
 * A value compiled from the packs, built on first use and again after useKnowledgeDir:
 * `compiled()` is cheap to call on every use.
 */
export function fromPacks<T>(build: () => T): () => T {
  let value: T | undefined;
  let generation = -1;
  return () => {
    if (generation !== knowledgeGeneration()) {
      value = build();
      generation = knowledgeGeneration();
    }
    return value as T;
  };
}

/** Every registered pack, in LANGS order. */
export function allPacks(): LanguagePack[] {
  return LANGS.map(languagePack);
}
