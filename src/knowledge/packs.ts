import { LANGS, type Lang } from "../i18n/lang.js";
import { shippedKnowledge } from "./load.js";
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
  /** Content words that name no topic a briefing could be about ("week", "news"), folded. */
  generalWords: ReadonlySet<string>;
  /** Words too vague to be what a question is about ("push", "role"), folded. */
  vagueWords: ReadonlySet<string>;
  /** Short words an acronym written in lower case could spell ("un", "au"), folded. */
  commonWords: ReadonlySet<string>;
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
    generalWords: new Set(data.general.general ?? []),
    vagueWords: new Set(data.general.vague ?? []),
    commonWords: new Set(data.general.common ?? []),
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
  };
}

const packs = new Map<Lang, LanguagePack>();

/** The pack of `lang`, read and compiled on first use. */
export function languagePack(lang: Lang): LanguagePack {
  let pack = packs.get(lang);
  if (!pack) {
    pack = compilePack(lang, shippedKnowledge().packs[lang]);
    packs.set(lang, pack);
  }
  return pack;
}

/** Every registered pack, in LANGS order. */
export function allPacks(): LanguagePack[] {
  return LANGS.map(languagePack);
}
