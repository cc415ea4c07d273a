import { LANGS, type Lang, type LanguageCode } from "../i18n/lang.js";
import { compilePattern } from "../lang/pattern.js";
import {
  type AGE_UNITS,
  type ASK_KINDS,
  type CueForm,
  type CueLists,
  cueSource,
  type NUMBER_KINDS,
  type SOURCE_FIELDS,
  type UNIT_KINDS,
} from "./cue-source.js";
import { compileRoleCues, type RoleCues } from "./cues.js";
import { compileDiscourse, type DiscourseReading } from "./discourse.js";
import { withLazy } from "./lazy.js";
import { knowledgeGeneration, packData } from "./load.js";
import { compileReading, escapeRegExp, type Reading } from "./reading.js";
import type { CueData, PackData, PatternData } from "./schema.js";
import { foldMarks, unmarkedWords } from "./unmarked.js";

/** A cue compiled: one expression, and the form of the text it reads (see schema.ts). */
export interface Cue {
  re: RegExp;
  form: CueForm;
  /**
   * A cue read with marks (`exact`, `written`), for a question typed without them: its words
   * of several syllables folded too (./unmarked.ts). Absent when folding adds nothing.
   */
  unmarked?: RegExp;
  /**
   * The lists `re` (`unmarked`) was made from, when they are only words (no free patterns):
   * any match then holds one of their words as written, so a text holding none of them is
   * read without making or running the expression (src/answer/cue.ts).
   */
  words?: CueLists;
  unmarkedWords?: CueLists;
}
export type AskKind = (typeof ASK_KINDS)[number];
export type CuedNumberKind = (typeof NUMBER_KINDS)[number];
export type UnitKind = (typeof UNIT_KINDS)[number];
export type TimeCue = keyof PackData["time"];
export type SourceField = (typeof SOURCE_FIELDS)[number];
export type SourceTemplates = NonNullable<PackData["frames"]["sources"]>["templates"];

/** Questions about the sources themselves (frames.yaml `sources`). */
export interface SourceFrame {
  fields: Readonly<Partial<Record<SourceField, Cue>>>;
  /** Words about the source, not the topic: left out when the topic is looked for. */
  about: Cue | undefined;
  /** Words that speak of the sources as a whole ("these articles"): every source is meant. */
  all: Cue | undefined;
  /** Words that ask for several sources of a topic ("which outlets reported X"): each publisher on it. */
  many: Cue | undefined;
  /** Words that ask which of two sources came out first ("came out first", "先に出た"): compared by date. */
  order: Cue | undefined;
  templates: SourceTemplates;
}

/** Questions of a source's age from today (frames.yaml `sourceAge`). */
export interface SourceAgeFrame {
  asked: Cue;
  piece: Cue;
  /** Words of publishing ("published", 掲載, đăng): needed when a piece is named by its topic alone. */
  published: Cue | undefined;
  /** Asks whether it is older than a span: groups `n` (none: one) and `unit`. */
  older: readonly RegExp[];
  /** Asks whether it is younger than a span ("less than a year old"): the same groups. */
  younger: readonly RegExp[];
  units: Readonly<Partial<Record<AgeUnit, readonly string[]>>>;
  /** A piece named by its language ("the Vietnamese article"), by language code. */
  languages: Readonly<Partial<Record<string, Cue>>>;
  templates: NonNullable<PackData["frames"]["sourceAge"]>["templates"];
}
export type AgeUnit = keyof typeof AGE_UNITS;

/** How a language writes names in questions: rewrites, and one-kanji country abbreviations. */
export interface NameWriting {
  rewrites: readonly { re: RegExp; to: string }[];
  /** One kanji standing for a country in pairs and visits: 越 → ベトナム. */
  countryKanji: Readonly<Record<string, string>>;
  /** 訪越 → ベトナム訪問: `before` a country kanji, written out with `after`. */
  visit: { before: string; after: string; kanji: string } | undefined;
  /** 対米 → 対米国: `before` a country kanji, the country written out after it. */
  toward: { before: string; kanji: string } | undefined;
  /** Pairs of country kanji that are words of their own (中日, 朝日). */
  pairsKept: ReadonlySet<string>;
  /** Pairs read as two countries only before one of these words (日中 関係, not 日中 "daytime"). */
  pairsOnlyBefore: Readonly<Record<string, readonly string[]>>;
}

/** How people write in chat, made plain before a question is read (chat.yaml). */
export interface ChatWriting {
  /** Every chat spelling as one expression (whole words, any case), and the plain words of each (keys folded). */
  words: RegExp | undefined;
  plain: Readonly<Record<string, string>>;
  /** Courtesies around a question, removed. */
  wrappers: readonly RegExp[];
}

/** How the engine's answers are written in a language. */
export interface Writing {
  /** Whether sentences start with a capital (a statement continued after a lead is lowered). */
  sentenceCase: boolean;
  /** Common words a statement may start with, lowered after a lead ("The", "Hiện"). */
  commonFirstWords: ReadonlySet<string>;
  /** A statement that names who says it: "According to …", "…によると". */
  namesSource: Cue | undefined;
  /** A statement that already gives its date: "As of …". */
  alreadyDated: Cue | undefined;
  /** Latin words and numbers set apart by spaces, except before `binding` characters. */
  spaceLatin: { binding: string; counters: readonly string[] } | undefined;
}

/** asked.yaml compiled: question cues read the question, the others a fact's statement. */
export interface AskedOf {
  relations: readonly (readonly string[])[];
  relationBefore: readonly string[];
  relationAfter: readonly string[];
  relationForm: CueForm;
  aboutBefore: readonly string[];
  aboutAfter: readonly string[];
  agreedAsked: Cue | undefined;
  agreedStated: Cue | undefined;
  exactAsked: Cue | undefined;
  vagueAmount: Cue | undefined;
  previousAsked: Cue | undefined;
  orderStated: Cue | undefined;
  firstStated: Cue | undefined;
  /** Conditions asked ("tariff-free"), by name: the question's cue and the statement's. */
  qualifiers: Readonly<Record<string, { asked: Cue | undefined; stated: Cue | undefined }>>;
  earliestAsked: Cue | undefined;
}

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
  /** Common syllables as typed without marks: the stop words and `detect.syllables`, folded. */
  syllables: ReadonlySet<string>;
  eventWords: readonly string[];
  datedEventWords: readonly string[];
  reportsWords: RegExp | undefined;
  /** On a fact's statement as written: it says who wrote a piece ("written by", 執筆, "do … viết"). */
  authorship: RegExp | undefined;
  planned: RegExp | undefined;
  /** A pledge, plan or target ("pledged", "will", 約束, "cam kết"): on a phrase set aside and on a fact's statement. */
  promises: RegExp | undefined;
  /** On a fact's statement as written: the event was still ahead when reported ("was to meet", "予定"). */
  scheduled: RegExp | undefined;
  weekdayQuestion: RegExp | undefined;
  weekday: RegExp | undefined;
  /** A question's word naming a day of the week → the day (0 Sunday … 6 Saturday). */
  weekdayNames: ReadonlyMap<string, number>;
  /** Words before or after a day named that make it a bound, not the day it happened. */
  weekdayBounds: readonly string[];
  /** Ordinal words and forms, read by src/answer/ordinals.ts. */
  ordinals: PackData["ordinals"];
  /** On the folded question: group 1 is a kind of agreement, a question word the fact must state. */
  agreementKind: RegExp | undefined;
  /** On the question as written: group 1 is a kind the fact's text must contain. */
  agreementKindWritten: RegExp | undefined;
  measureWords: readonly string[];
  quantityWords: readonly string[];
  /** Goods by family: the family's words and the families it covers (measures.yaml `goods`). */
  goods: Readonly<Record<string, { words: readonly string[]; covers?: readonly string[] }>>;
  /** Words of goods at large ("most goods"), which name no goods of their own. */
  goodsAtLarge: readonly string[];
  /** The families of unit a number question may ask its figure in, each with its cue, in the pack's order. */
  unitsAsked: readonly { family: string; cue: Cue }[];
  /** The words of a fact's unit in each family of unit (the English pack reads the facts). */
  unitFamilies: Readonly<Record<string, readonly string[]>>;
  /** What a figure is of ("quota", "fund"), each kind with its cue, in the pack's order. */
  figureKinds: readonly { kind: string; cue: Cue }[];
  /** Kinds whose figures also answer a kind asked (the English pack reads the facts). */
  figureKindAccepts: Readonly<Record<string, readonly string[]>>;
  figureKindOver: Readonly<Record<string, readonly string[]>>;
  /** Kinds of figure that are what one side does (the English pack reads the facts). */
  actedKinds: readonly string[];
  /** Kinds of figure that are an allowance for a period (the English pack reads the facts). */
  periodKinds: readonly string[];
  /** A question that asks a figure per year. */
  perYear: Cue | undefined;
  /** Words of a fact's measure or unit that make its figure a year's (the English pack reads the facts). */
  yearlyFigure: readonly string[];
  everyCountry: RegExp | undefined;
  officeSpellings: Readonly<Record<string, string>>;
  /** A place's name that says it is a country's capital; group 1 is the country's name. */
  capitalName: RegExp | undefined;
  /** A person's name that says they hold an office of a country: group 1 the country, 2 the office. */
  officeHolderName: PatternData | undefined;
  explainReasons: Readonly<Record<string, string>>;
  /** What a question asks of a thing it names, which a fact must state (asked.yaml). */
  asked: AskedOf;
  /** Content words that name no topic a briefing could be about ("week", "news"), folded. */
  generalWords: ReadonlySet<string>;
  /** Words too vague to be what a question is about ("push", "role"), folded. */
  vagueWords: ReadonlySet<string>;
  /** Short words an acronym written in lower case could spell ("un", "au"), folded. */
  commonWords: ReadonlySet<string>;
  help: readonly RegExp[];
  injection: readonly RegExp[];
  opinion: readonly RegExp[];
  /** Opinion patterns read only on a message typed without marks, folded (where words merge). */
  opinionUnmarked: readonly RegExp[];
  compoundJoin: RegExp | undefined;
  eachPieceAsks: RegExp | undefined;
  compoundMinWords: number | undefined;
  /**
   * A sentence of fewer letters than the default that asks (eachPieceAsks) is still a question
   * of its own ("誰に会う予定？"): undefined keeps the default.
   */
  compoundMinLetters: number | undefined;
  /**
   * "and what about Japan?", "còn Nhật thì sao?", 「日本は？」: a part that asks the part before's
   * question of another name, its group `name`.
   */
  compoundElliptical: readonly RegExp[];
  /** The clause before an ellipsis after a comma asks (else eachPieceAsks): "…, what about X?". */
  compoundEllipticalHead: RegExp | undefined;
  /** Where "…, and everything else?" begins: the join before the rest of a list's kind. */
  compoundRemainder: RegExp | undefined;
  /** A sentence that offers another option of the one before ("Or 20 trillion yen?"): not a question of its own. */
  compoundAlternative: RegExp | undefined;
  /** Where a question sentence ends without a question mark (compound.yaml `sentenceEnd`), global. */
  compoundSentenceEnd: RegExp | undefined;
  /** The rest written as the facts write it ("everything else" as "all other"). */
  remainderAs: readonly { pattern: RegExp; to: string }[];
  /** How a fact states the rest ("all other goods"): a rest's part is answered only by such a fact. */
  remainderStated: RegExp | undefined;
  /** How a statement gives the rest of a list, not its first item ("… also included …"). */
  listRest: RegExp | undefined;
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
  /** What a question asks for, in the order listed (frames.yaml). */
  asks: readonly { kind: AskKind; either: readonly AskKind[]; cue: Cue }[];
  questionWord: Cue | undefined;
  numberKinds: Readonly<Partial<Record<CuedNumberKind, Cue>>>;
  /** Kinds told apart by which the question names first (frames.yaml numberKindsByPlace). */
  numberKindsByPlace: ReadonlySet<CuedNumberKind>;
  unitWords: Readonly<Record<UnitKind, readonly string[]>>;
  shareOf: Cue | undefined;
  moneyInWords: Cue | undefined;
  /** Spans of a fact's statement that set goods aside from its figure (frames.yaml). */
  goodsSetAside: Cue | undefined;
  /** Words of a statement in this language that give a reason or purpose (frames.yaml). */
  reasonStated: Cue | undefined;
  /** A question asking when something starts (frames.yaml). */
  /** A fact's statement (or a figure's measure) states someone's age (frames.yaml). */
  ageStated: Cue | undefined;
  /** A question that asks who took someone's place. */
  successorAsked: Cue | undefined;
  /** A fact's statement states a succession. */
  successionStated: Cue | undefined;
  startAsked: Cue | undefined;
  /** Words of a statement in this language that state a start (frames.yaml). */
  startStated: Cue | undefined;
  /** Words of a statement in this language that set something at a place (frames.yaml). */
  placeStated: Cue | undefined;
  /** Questions asking for the names of a class's members (frames.yaml `members`). */
  members: MemberFrame | undefined;
  /** A question asking what a document says (frames.yaml). */
  contentAsked: Cue | undefined;
  /** A question asking whether that content was published (frames.yaml). */
  publicationAsked: Cue | undefined;
  /** Words of a statement in this language saying a content was not published (frames.yaml). */
  contentWithheld: Cue | undefined;
  /** Words of a statement in this language giving a source's record: published, written by (frames.yaml). */
  recordStated: Cue | undefined;
  /** A question asking a piece's summary: its takeaways, main points, conclusions (frames.yaml). */
  summaryAsked: Cue | undefined;
  sources: SourceFrame | undefined;
  /** Questions of a source's age from today (frames.yaml `sourceAge`). */
  sourceAge: SourceAgeFrame | undefined;
  /** Words of time: "now", outcomes, plans (time.yaml). */
  time: Readonly<Partial<Record<TimeCue, Cue>>>;
  names: NameWriting;
  writing: Writing;
  chat: ChatWriting;
  /** How a question wrapped in talk is read: the clause that asks, prefaces, fillers (discourse.yaml). */
  discourse: DiscourseReading;
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
  /** One syllable's shape, folded, where words are written a syllable at a time (tokens.yaml). */
  syllable: RegExp | undefined;
  /** A loanword's or a foreign name's shape (tokens.yaml): unknown, it names something else. */
  loanword: RegExp | undefined;
}

/**
 * Questions asking for the names of a class's members, and the classes' words as a fact's
 * statement writes them (frames.yaml `members`).
 */
export interface MemberFrame {
  form: CueForm;
  /** Each class's words, and the kinds of entity its members are. */
  classes: readonly { words: readonly string[]; kinds: readonly string[] }[];
  /** The question patterns; group `cls` holds the class word asked about. */
  asked: readonly RegExp[];
  /** One class's words in a text, every occurrence (flag g). */
  classIn: readonly RegExp[];
  /** How near a fact names a member: words, or characters where words are not spaced. */
  window: number;
  byCharacters: boolean;
}

function compileMembers(data: PackData["frames"]["members"], byCharacters: boolean): MemberFrame | undefined {
  if (!data) return undefined;
  const edge = (words: readonly string[]) => {
    const alt = [...words]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|");
    return byCharacters ? `(?:${alt})` : `(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`;
  };
  const all = edge(data.classes.flatMap((c) => c.words));
  return {
    form: data.form ?? "folded",
    classes: data.classes,
    asked: data.asked.map((p) => compilePattern(p.replaceAll("{class}", `(?<cls>${all})`), "u")),
    classIn: data.classes.map((c) => compilePattern(edge(c.words), "gu")),
    window: data.window,
    byCharacters,
  };
}

function compile(p: PatternData | undefined): RegExp | undefined {
  return p ? compilePattern(p.source, p.flags ?? "") : undefined;
}

/** A cue as one expression; `form` of the file when the cue gives none. */
export function compileCue(cue: CueData | undefined, form: CueForm = "folded"): Cue | undefined {
  return cue
    ? withLazy(
        { form: cue.form ?? form, ...(!cue.patterns?.length && { words: cue }) },
        { re: () => compilePattern(cueSource(cue), "u") },
      )
    : undefined;
}

/**
 * A cue that reads a question: one read with marks also gets the variant for a question typed
 * without them. `letters` are the pack's letters that folding cannot take apart.
 */
function compileQuestionCue(cue: CueData | undefined, letters: FoldLetters): Cue | undefined {
  const compiled = compileCue(cue);
  if (!compiled || !cue || compiled.form === "folded") return compiled;
  const words = unmarkedWords(cue.words, letters);
  const starts = unmarkedWords(cue.starts, letters);
  const ends = unmarkedWords(cue.ends, letters);
  if (!words && !starts && !ends) return compiled;
  const folded = { ...cue, words: words ?? cue.words, starts: starts ?? cue.starts, ends: ends ?? cue.ends };
  if (!folded.patterns?.length) compiled.unmarkedWords = folded;
  return withLazy(compiled, { unmarked: () => compilePattern(cueSource(folded), "u") });
}

type FoldLetters = Readonly<Record<string, string>>;

function compileCues<K extends string>(
  cues: Partial<Record<K, CueData>> | undefined,
  letters: FoldLetters,
): Partial<Record<K, Cue>> {
  const out: Partial<Record<K, Cue>> = {};
  for (const [key, cue] of Object.entries(cues ?? {}) as [K, CueData | undefined][]) {
    const compiled = compileQuestionCue(cue, letters);
    if (compiled) out[key] = compiled;
  }
  return out;
}

function compileSources(data: PackData["frames"]["sources"], letters: FoldLetters): SourceFrame | undefined {
  if (!data) return undefined;
  const { about, all, many, order, templates, ...fields } = data;
  return {
    fields: compileCues(fields, letters),
    about: compileQuestionCue(about, letters),
    all: compileQuestionCue(all, letters),
    many: compileQuestionCue(many, letters),
    order: compileQuestionCue(order, letters),
    templates,
  };
}

function compileSourceAge(
  data: PackData["frames"]["sourceAge"],
  letters: FoldLetters,
): SourceAgeFrame | undefined {
  if (!data) return undefined;
  const asked = compileQuestionCue(data.asked, letters);
  const piece = compileQuestionCue(data.piece, letters);
  if (!asked || !piece) return undefined;
  return {
    asked,
    piece,
    published: compileQuestionCue(data.published, letters),
    older: (data.older ?? []).map((p) => compilePattern(p, "iu")),
    younger: (data.younger ?? []).map((p) => compilePattern(p, "iu")),
    units: data.units ?? {},
    languages: compileCues(data.languages, letters),
    templates: data.templates,
  };
}

function compileNames(data: PackData["names"]): NameWriting {
  return {
    rewrites: (data.rewrites ?? []).map((r) => ({ re: compilePattern(r.source, r.flags ?? ""), to: r.to })),
    countryKanji: data.countryKanji ?? {},
    visit: data.visit,
    toward: data.toward,
    pairsKept: new Set(data.pairsKept ?? []),
    pairsOnlyBefore: data.pairsOnlyBefore ?? {},
  };
}

/**
 * What may not stand beside a chat spelling for it to be a word of its own; a percent sign
 * makes the number before it a rate ("no 10% tariff" is no No 10).
 */
const NOT_BESIDE = "[\\p{L}\\p{N}'’.&/@#%-]";

function compileChat(data: PackData["chat"]): ChatWriting {
  const plain = Object.fromEntries(Object.entries(data.words ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const keys = Object.keys(plain)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return {
    // Whole words, not part of a longer one: no letter, digit, apostrophe or joining mark
    // beside them ("whos", not "who's" or "whose"; "u", not the "U" of "U.S."; "r", not "R&D").
    words:
      keys.length > 0
        ? compilePattern(`(?<!${NOT_BESIDE})(?:${keys.join("|")})(?!${NOT_BESIDE})`, "giu")
        : undefined,
    plain,
    wrappers: (data.wrappers ?? []).map((p) => compile(p)!),
  };
}

function compileWriting(data: PackData["writing"]): Writing {
  return {
    sentenceCase: data.sentenceCase ?? true,
    commonFirstWords: new Set(data.commonFirstWords ?? []),
    namesSource: compileCue(data.namesSource),
    alreadyDated: compileCue(data.alreadyDated),
    spaceLatin: data.spaceLatin,
  };
}

/** A word as folded text writes it: lower case, marks dropped, `letters` (đ) folded. */
function foldWord(word: string, letters: Readonly<Record<string, string>>): string {
  return foldMarks(word.toLowerCase(), letters);
}

/**
 * The pack's rewrites with its compound synonyms (synonyms.yaml `compounds`) as phrases: each
 * other wording, as a whole word of its syllables, becomes the compound's `as` (folded, so with
 * marks or without). Every match holds the first syllable of its wording.
 */
function withCompounds(
  rewrites: PackData["rewrites"],
  compounds: NonNullable<PackData["synonyms"]["compounds"]>,
  letters: Readonly<Record<string, string>>,
): PackData["rewrites"] {
  if (compounds.length === 0) return rewrites;
  const rules = compounds.map(({ as, same }) => {
    const variants = [...new Set(same.map((w) => foldWord(w, letters)))];
    return {
      source: `\\b(?:${variants.map((v) => escapeRegExp(v).replace(/ /g, "\\s+")).join("|")})\\b`,
      to: foldWord(as, letters),
      words: [...new Set(variants.map((v) => v.split(" ")[0]!))],
    };
  });
  return { ...rewrites, phrases: [...(rewrites.phrases ?? []), ...rules] };
}

function compilePack(lang: Lang, data: PackData): LanguagePack {
  const letters = data.tokens.foldLetters ?? {};
  const patterns = {
    syllable: () => compile(data.tokens.syllable),
    loanword: () => compile(data.tokens.loanword),
    letters: () => compile(data.detect.letters),
    reportsWords: () => compile(data.reporting.reportsWords),
    authorship: () => compile(data.reporting.authorship),
    planned: () => compile(data.reporting.planned),
    promises: () => compile(data.reporting.promises),
    scheduled: () => compile(data.reporting.scheduled),
    weekdayQuestion: () => compile(data.weekdays.weekdayQuestion),
    weekday: () => compile(data.weekdays.weekday),
    agreementKind: () => compile(data.agreements.agreementKind),
    agreementKindWritten: () => compile(data.agreements.agreementKindWritten),
    everyCountry: () => compile(data.groups.everyCountry),
    capitalName: () => compile(data.conventions.capitalName),
    compoundJoin: () => compile(data.compound.join),
    eachPieceAsks: () => compile(data.compound.eachPieceAsks),
    compoundRemainder: () => compile(data.compound.remainder),
    compoundAlternative: () => compile(data.compound.alternative),
    compoundSentenceEnd: () =>
      data.compound.sentenceEnd
        ? compilePattern(data.compound.sentenceEnd.source, `${data.compound.sentenceEnd.flags ?? ""}g`)
        : undefined,
    compoundEllipticalHead: () => compile(data.compound.ellipticalHead),
    remainderStated: () => compile(data.compound.remainderStated),
    listRest: () => compile(data.ordinals.rest),
    // Compiled at their first read too: a question reads few of the other languages' packs.
    roleCues: () => compileRoleCues(data.roles),
    reading: () => compileReading(data.reading, data.roles.units === "characters", letters),
    members: () => compileMembers(data.frames.members, data.roles.units === "characters"),
    sources: () => compileSources(data.frames.sources, letters),
    sourceAge: () => compileSourceAge(data.frames.sourceAge, letters),
    names: () => compileNames(data.names),
    chat: () => compileChat(data.chat),
    discourse: () =>
      compileDiscourse(
        data.discourse,
        data.discourse.readOn ?? data.reading.readOn ?? "folded",
        data.roles.units === "characters",
        letters,
      ),
  };
  const pack = {
    lang,
    rewrites: withCompounds(data.rewrites, data.synonyms.compounds ?? [], letters),
    numbers: data.numbers,
    stemming: data.stemming,
    namesCapitalized: data.tokens.namesCapitalized ?? false,
    latinWordsAs: data.tokens.latinWordsAs ?? lang,
    stopVerbStems: data.tokens.stopVerbStems ?? [],
    statedAs: data.tokens.statedAs ?? {},
    foldLetters: letters,
    stop: new Set(data.stopwords.stop ?? []),
    weekdayBounds: data.weekdays.bounds ?? [],
    weekdayNames: new Map(
      (data.weekdays.names ?? []).flatMap((names, day) => names.map((n) => [n, day] as const)),
    ),
    questionStop: new Set(data.stopwords.questionStop ?? []),
    synonyms: data.synonyms.synonyms ?? {},
    syllables: new Set([...(data.detect.syllables ?? []), ...(data.stopwords.stop ?? [])]),
    eventWords: data.events.eventWords ?? [],
    datedEventWords: data.events.datedEventWords ?? [],
    ordinals: data.ordinals,
    measureWords: data.measures.measureWords ?? [],
    quantityWords: data.measures.quantityWords ?? [],
    goods: data.measures.goods ?? {},
    goodsAtLarge: data.measures.goodsAtLarge ?? [],
    unitsAsked: Object.entries(data.measures.unitsAsked ?? {}).map(([family, cue]) => ({
      family,
      cue: compileQuestionCue(cue, letters)!,
    })),
    unitFamilies: data.measures.unitFamilies ?? {},
    figureKinds: Object.entries(data.measures.figureKinds ?? {}).map(([kind, cue]) => ({
      kind,
      cue: compileQuestionCue(cue, letters)!,
    })),
    figureKindAccepts: data.measures.figureKindAccepts ?? {},
    figureKindOver: data.measures.figureKindOver ?? {},
    actedKinds: data.measures.actedKinds ?? [],
    periodKinds: data.measures.periodKinds ?? [],
    perYear: compileQuestionCue(data.measures.perYear, letters),
    yearlyFigure: data.measures.yearlyFigure ?? [],
    officeSpellings: data.offices.spellings ?? {},
    officeHolderName: data.conventions.officeHolderName,
    explainReasons: data.explain.reasons ?? {},
    asked: {
      relations: data.asked.relations ?? [],
      relationBefore: data.asked.relationBefore ?? [],
      relationAfter: data.asked.relationAfter ?? [],
      relationForm: data.asked.relationForm ?? "exact",
      aboutBefore: data.asked.aboutBefore ?? [],
      aboutAfter: data.asked.aboutAfter ?? [],
      agreedAsked: compileQuestionCue(data.asked.agreedAsked, letters),
      agreedStated: compileCue(data.asked.agreedStated),
      exactAsked: compileQuestionCue(data.asked.exactAsked, letters),
      vagueAmount: compileCue(data.asked.vagueAmount),
      previousAsked: compileQuestionCue(data.asked.previousAsked, letters),
      orderStated: compileCue(data.asked.orderStated),
      firstStated: compileCue(data.asked.firstStated),
      qualifiers: Object.fromEntries(
        Object.entries(data.asked.qualifiers ?? {}).map(([name, q]) => [
          name,
          { asked: compileQuestionCue(q.asked, letters), stated: compileCue(q.stated) },
        ]),
      ),
      earliestAsked: compileQuestionCue(data.asked.earliestAsked, letters),
    },
    generalWords: new Set(data.general.general ?? []),
    vagueWords: new Set(data.general.vague ?? []),
    commonWords: new Set(data.general.common ?? []),
    help: (data.screening.help ?? []).map((p) => compile(p)!),
    injection: (data.screening.injection ?? []).map((p) => compile(p)!),
    opinion: (data.screening.opinion ?? []).map((p) => compile(p)!),
    opinionUnmarked: (data.screening.opinionUnmarked ?? []).map((p) => compile(p)!),
    compoundMinWords: data.compound.minWords,
    compoundMinLetters: data.compound.minLetters,
    compoundElliptical: (data.compound.elliptical ?? []).map((p) => compile(p)!),
    remainderAs: (data.compound.remainderAs ?? []).map((r) => ({
      pattern: compilePattern(r.source, "giu"),
      to: r.to,
    })),
    dateFormat: data.messages.dateFormat,
    monthFormat: data.messages.monthFormat,
    yearFormat: data.messages.yearFormat,
    months: data.messages.months ?? [],
    messages: data.messages.messages ?? {},
    answeredInOtherLanguage: data.notes.answeredInOtherLanguage,
    languageNames: data.notes.languageNames ?? {},
    asks: (data.frames.asks ?? []).map(({ kind, either, ...cue }) => ({
      kind,
      either: either ?? [],
      cue: compileQuestionCue(cue, letters)!,
    })),
    questionWord: compileQuestionCue(data.frames.questionWord, letters),
    numberKinds: compileCues(data.frames.numberKinds, letters),
    numberKindsByPlace: new Set(data.frames.numberKindsByPlace ?? []),
    unitWords: {
      percent: data.frames.unitWords?.percent ?? [],
      money: data.frames.unitWords?.money ?? [],
      duration: data.frames.unitWords?.duration ?? [],
      frequency: data.frames.unitWords?.frequency ?? [],
    },
    shareOf: compileCue(data.frames.shareOf),
    moneyInWords: compileCue(data.frames.moneyInWords),
    goodsSetAside: compileCue(data.frames.goodsSetAside),
    reasonStated: compileCue(data.frames.reasonStated),
    ageStated: compileCue(data.frames.ageStated),
    successorAsked: compileQuestionCue(data.frames.successorAsked, letters),
    successionStated: compileCue(data.frames.successionStated),
    startAsked: compileCue(data.frames.startAsked),
    startStated: compileCue(data.frames.startStated),
    placeStated: compileCue(data.frames.placeStated),
    contentAsked: compileQuestionCue(data.frames.contentAsked, letters),
    publicationAsked: compileQuestionCue(data.frames.publicationAsked, letters),
    contentWithheld: compileCue(data.frames.contentWithheld),
    recordStated: compileCue(data.frames.recordStated),
    summaryAsked: compileQuestionCue(data.frames.summaryAsked, letters),
    time: compileCues(data.time, letters),
    writing: compileWriting(data.writing),
  };
  return withLazy(pack, patterns);
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
