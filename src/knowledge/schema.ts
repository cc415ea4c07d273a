import { z } from "zod";
import { entityKinds } from "../briefing/schema.js";
import {
  ASK_KINDS,
  CUE_FORMS,
  type CueForm,
  cueSource,
  NUMBER_KINDS,
  SOURCE_FIELDS,
  UNIT_KINDS,
} from "./cue-source.js";

export { ASK_KINDS, CUE_FORMS, type CueForm, cueSource, NUMBER_KINDS, SOURCE_FIELDS, UNIT_KINDS };

/**
 * The shape of each file of a language pack (`knowledge/lang/<code>/<concern>.yaml`) and of
 * the world file. Every field is optional: a pack holds what its language needs, and a
 * missing file is an empty concern. Strict objects, so a misspelt field is reported.
 */

/** Words or phrases, as a reader writes them (folded at load where the engine compares folded text). */
const words = z.array(z.string().min(1));

/** A regular expression kept as data where a word list cannot say it. */
export const patternSchema = z.strictObject({
  source: z.string().min(1),
  flags: z
    .string()
    .regex(/^[dgimsuvy]*$/)
    .optional(),
});
export type PatternData = z.infer<typeof patternSchema>;

/** A rewrite of folded text before it is split into words (knowledge/lang/en/rewrites.yaml). */
const rewriteRule = z.strictObject({
  source: z.string().min(1),
  to: z.string(),
  /** Whole folded words, one of which every match holds ("tram*": a word starting "tram"). */
  words: z
    .array(
      z
        .string()
        .regex(
          /^(?:[a-z]+\*?|[^\s!-~]+)$/,
          "expected one folded Latin word (a-z; tram*: a word's start) or a word of another script",
        ),
    )
    .min(1),
});
const percentRule = rewriteRule.omit({ to: true });

/** Words or characters and the number each stands for. */
const values = z.record(z.string().min(1), z.number().nonnegative());

/**
 * Role cues (`roles.yaml`): which words around a name mark the role it plays in a question.
 * A slot is one position: a list's name, a list of phrases, or an object (several lists and
 * phrases, `unless` longer phrases that are not it, `upTo` for 0..n repeats; or `skip` n
 * words of any kind, "any" for the rest of the question).
 */
const phraseSlot = z.strictObject({
  lists: z.array(z.string().min(1)).optional(),
  words: words.optional(),
  unless: words.optional(),
  upTo: z.number().int().positive().optional(),
});
const slotSchema = z.union([
  z.string().min(1),
  words,
  phraseSlot,
  z.strictObject({ skip: z.union([z.number().int().positive(), z.literal("any")]) }),
]);
export type SlotData = z.infer<typeof slotSchema>;
const roleCueSchema = z.strictObject({
  role: z.enum(["agent", "recipient", "origin", "location", "counterpart", "none"]),
  before: z.array(slotSchema).min(1).optional(),
  after: z.array(slotSchema).min(1).optional(),
  /** The cue does not fit where these slots do, right after the name ("US steel tariffs"). */
  unlessAfter: z.array(slotSchema).min(1).optional(),
  nameBegins: words.optional(),
  nameEnds: words.optional(),
  /**
   * The cue reads a name joined by a hyphen to the word after it ("US-made"); other cues do not
   * read such a name, which otherwise takes no role ("the Ishiba-Chinh talks").
   */
  joined: z.boolean().optional(),
});
export type RoleCueData = z.infer<typeof roleCueSchema>;
const rolesSchema = z
  .strictObject({
    units: z.enum(["words", "characters"]).optional(),
    skipBefore: words.optional(),
    lists: z
      .record(z.string().min(1), z.union([words, phraseSlot.omit({ upTo: true, lists: true })]))
      .optional(),
    cues: z.array(roleCueSchema).optional(),
    sending: phraseSlot.omit({ upTo: true }).optional(),
    envoyQuestion: patternSchema.optional(),
    /** People sent on a mission ("an envoy", "a delegation"): with these, the sender acts. */
    sentPeople: phraseSlot.omit({ upTo: true }).optional(),
    /**
     * Frames that make a name of one syllable a name in a question typed without marks and in
     * lower case, where the syllable alone is a common word ("my giam thue": Mỹ cuts a tariff).
     * Cues as in `cues`; the role each names is read by `cues` as for any name.
     */
    unmarkedNames: z.array(roleCueSchema).optional(),
  })
  .superRefine((data, ctx) => {
    // A slot naming a list that is not there: say where, and which lists there are.
    const known = Object.keys(data.lists ?? {});
    const check = (name: string, path: (string | number)[]) => {
      if (!known.includes(name))
        ctx.addIssue({
          code: "custom",
          path,
          input: name,
          message: `is not a list (lists: ${known.join(", ")})`,
        });
    };
    const checkSlot = (slot: SlotData, path: (string | number)[]) => {
      if (typeof slot === "string") check(slot, path);
      else if (!Array.isArray(slot) && "lists" in slot)
        for (const [i, n] of (slot.lists ?? []).entries()) check(n, [...path, "lists", i]);
    };
    for (const key of ["cues", "unmarkedNames"] as const)
      data[key]?.forEach((cue, i) => {
        for (const side of ["before", "after", "unlessAfter"] as const)
          for (const [j, s] of (cue[side] ?? []).entries()) checkSlot(s, [key, i, side, j]);
      });
    if (data.sending) checkSlot(data.sending, ["sending"]);
    if (data.sentPeople) checkSlot(data.sentPeople, ["sentPeople"]);
  });
export type RolesData = z.infer<typeof rolesSchema>;

/**
 * How a question's form is read (`reading.yaml`). A matcher is a word list (whole words, or
 * anywhere in a language read by characters) or a pattern; `on` says which form of the text
 * it reads: folded (lower case, no marks), marked (lower case with marks) or written.
 */
const textForm = z.enum(["folded", "marked", "written"]);
const matcherSchema = z.union([
  words,
  z.strictObject({ words, on: textForm.optional() }),
  patternSchema.extend({ on: textForm.optional() }).strict(),
]);
export type MatcherData = z.infer<typeof matcherSchema>;
/** A rewrite of the question's text: `with` replaces each match (`$1` its first group). */
const readingRewriteSchema = patternSchema.extend({ with: z.string() }).strict();
export type ReadingRewriteData = z.infer<typeof readingRewriteSchema>;
const readingSchema = z.strictObject({
  readOn: textForm.optional(),
  joiners: words.optional(),
  pairs: words.optional(),
  joinerTails: words.optional(),
  alternatives: words.optional(),
  officeWords: words.optional(),
  whichBefore: words.optional(),
  whichAfter: words.optional(),
  differenceWords: words.optional(),
  asksDifference: matcherSchema.optional(),
  asksSource: matcherSchema.optional(),
  asksWords: matcherSchema.optional(),
  asksName: matcherSchema.optional(),
  /** "Who wrote the piece?", 執筆者, "ai viết": the author of a piece is asked (fit rule author-of-named-source). */
  asksAuthor: matcherSchema.optional(),
  asksCountry: matcherSchema.optional(),
  whoReceives: matcherSchema.optional(),
  whoBody: matcherSchema.optional(),
  /** "Who handled the talks?", 「交渉は誰が担当した」: the person who led a thing is asked (fit rule led-thing-acted). */
  whoLed: matcherSchema.optional(),
  /** The words of leading itself (folded: "handled", "担当", "phu", "trach"), not the thing led. */
  ledWords: words.optional(),
  unnamedBefore: words.optional(),
  asksOutcome: matcherSchema.optional(),
  checksClaim: matcherSchema.optional(),
  asksAgreed: matcherSchema.optional(),
  existence: matcherSchema.optional(),
  meeting: matcherSchema.optional(),
  office: matcherSchema.optional(),
  partOf: matcherSchema.optional(),
  setting: matcherSchema.optional(),
  focus: matcherSchema.optional(),
  focusPrefix: z.boolean().optional(),
  focusWords: words.optional(),
  roleWords: words.optional(),
  headsWords: words.optional(),
  bodyWords: words.optional(),
  publisherLead: words.optional(),
  publisherArticle: words.optional(),
  publisherNoun: words.optional(),
  publisherSays: words.optional(),
  possessive: words.optional(),
  excluded: patternSchema.optional(),
  setAsideBefore: patternSchema.optional(),
  setAsideAfter: patternSchema.optional(),
  /** "(not the new pledge)", "excluding X": a thing set aside; its group 1 (or the first group set) is the thing. */
  setAsideThing: patternSchema.optional(),
  /** Right before (or after) a place the question names as the one left ("leaving Hanoi", "ハノイを離れ"). */
  leftBefore: patternSchema.optional(),
  leftAfter: patternSchema.optional(),
  /**
   * Right before (or after) a place a fact's statement names as the one its trip leaves ("to
   * leave Hanoi for", 「ハノイを発ち」, "rời Hà Nội đi"): where it sets out from, not where it goes.
   */
  leavesBefore: patternSchema.optional(),
  leavesAfter: patternSchema.optional(),
  leaving: z
    .strictObject({
      asksWhere: patternSchema,
      going: patternSchema.optional(),
      /** Right before a place the question names ("after Hanoi", "sau Hà Nội"), rewritten as leaving it. */
      before: readingRewriteSchema.optional(),
      /** Right after it ("ハノイの後", "ハノイ訪問後"), rewritten as leaving it. */
      after: readingRewriteSchema.optional(),
    })
    .optional(),
  prepare: z.array(readingRewriteSchema).optional(),
  residual: z.array(readingRewriteSchema).optional(),
});
export type ReadingData = z.infer<typeof readingSchema>;

/**
 * Cues: how a language says one thing a question (or a fact's English statement) may say, as
 * words rather than patterns where it can. `words` match whole words (a trailing `*` takes any
 * ending: `conclud*`), `starts` and `ends` at the start or end of the text (a question mark may
 * follow), `patterns` are regular expressions (`u` flag) for what a list cannot say. All are
 * read on one form of the text: `folded` (lower case, diacritics removed: the default),
 * `exact` (lower case, diacritics kept: Vietnamese tones, Japanese kana) or `written` (as
 * typed, case kept). The whole cue must compile as one expression.
 */
const cueFields = {
  form: z.enum(CUE_FORMS).optional(),
  words: words.optional(),
  starts: words.optional(),
  ends: words.optional(),
  patterns: words.optional(),
};
function cueCompiles(cue: Omit<CueData, "form">, ctx: z.RefinementCtx): void {
  try {
    new RegExp(cueSource(cue), "u");
  } catch (error) {
    ctx.addIssue({ code: "custom", message: `expected cues that compile (${(error as Error).message})` });
  }
}
export const cueSchema = z.strictObject(cueFields).superRefine(cueCompiles);
export type CueData = z.infer<typeof cueSchema>;

/** A rewrite of the text names are read from: `source` replaced with `to` (`$1` for a group). */
const rewriteSchema = z.strictObject({
  source: z.string().min(1),
  flags: z
    .string()
    .regex(/^[dgimsuvy]*$/)
    .optional(),
  to: z.string(),
});

/** One optional cue per key. */
function cues<K extends string>(keys: readonly K[]) {
  const shape = Object.fromEntries(keys.map((k) => [k, cueSchema.optional()]));
  return z.strictObject(shape as Record<K, z.ZodOptional<typeof cueSchema>>);
}

/** The sentences of an answer about a source; {publisher}, {date}, {title}, {url}, {statement}, {cite}. */
const sourceTemplates = z.strictObject({
  /** A named source, with its headline. */
  named: z.string().min(1),
  /** A named source that prints no headline. */
  namedUntitled: z.string().min(1),
  /** The source of a fact, then the fact. */
  reported: z.string().min(1),
  title: z.string().min(1),
  link: z.string().min(1),
  /** A date the source does not print (the curator's inference). */
  inferred: z.string().min(1),
  /** Between sentences: a space, or nothing in Japanese. */
  gap: z.string(),
  /** The sources of one date, when every source is asked for: {date}, {publishers}. */
  listed: z.string().min(1).optional(),
  /** Between the publishers of one date ("Dailywrap (PAP) [1], The Japan Times [2]"). */
  listJoin: z.string().optional(),
  /** Leads the other sources after a briefing's main reports in such a list. */
  others: z.string().min(1).optional(),
  /** A named source's headline asked for, which the briefing does not hold: {publisher}, {date}, {url}. */
  noTitle: z.string().min(1).optional(),
  /** The news agency a source carries the report of: {publisher}, {date}, {agency}, {cite}. */
  agency: z.string().min(1).optional(),
  /** The bodies a source attributes its account to: {publisher}, {date}, {bodies}, {cite}. */
  attribution: z.string().min(1).optional(),
  /** Where a source's report originally comes from: {publisher}, {date}, {origin}, {cite}. */
  origin: z.string().min(1).optional(),
  /** A named source whose basis is asked, which the briefing does not record: {publisher}, {date}, {url}. */
  noBasis: z.string().min(1).optional(),
});

/** One frame of `frames.yaml`: what a question asks for, and the cue that says so. */
const askSchema = z
  .strictObject({
    kind: z.enum(ASK_KINDS),
    /** Other kinds the same cue may ask for ("何年ですか": a year, or how many years): any one answers. */
    either: z.array(z.enum(ASK_KINDS)).optional(),
    ...cueFields,
  })
  .superRefine((ask, ctx) => cueCompiles(ask, ctx));

export const PACK_FILES = {
  stopwords: z.strictObject({ stop: words.optional(), questionStop: words.optional() }),
  synonyms: z.strictObject({
    synonyms: z.record(z.string().min(1), z.string().min(1)).optional(),
    /**
     * Words of several syllables with the same meaning, each read as `as` (the form the
     * statements mostly write) on the index and the question side, whole words only: for words
     * whose syllables alone mean something else ("xe hơi", car: "hơi" alone is steam).
     */
    compounds: z
      .array(
        z.strictObject({
          as: z.string().regex(/^\S+(?: \S+)+$/, "a word of several syllables"),
          same: z.array(z.string().regex(/^\S+(?: \S+)+$/, "a word of several syllables")).min(1),
        }),
      )
      .optional(),
  }),
  detect: z.strictObject({ letters: patternSchema.optional(), syllables: words.optional() }),
  events: z.strictObject({ eventWords: words.optional(), datedEventWords: words.optional() }),
  reporting: z.strictObject({
    reportsWords: patternSchema.optional(),
    planned: patternSchema.optional(),
    scheduled: patternSchema.optional(),
    promises: patternSchema.optional(),
    authorship: patternSchema.optional(),
  }),
  weekdays: z.strictObject({
    weekdayQuestion: patternSchema.optional(),
    weekday: patternSchema.optional(),
    /** The days' names as a question's words read them (folded), Sunday first. */
    names: z
      .array(z.array(z.string().min(1)))
      .length(7)
      .optional(),
    /** Words that make a day named a bound ("after Tuesday", 火曜日以降), not when it happened. */
    bounds: z.array(z.string().min(1)).optional(),
  }),
  agreements: z.strictObject({
    agreementKind: patternSchema.optional(),
    agreementKindWritten: patternSchema.optional(),
  }),
  measures: z.strictObject({
    measureWords: words.optional(),
    quantityWords: words.optional(),
    /** The family of unit a number question asks its figure in ("how many workers": people). */
    unitsAsked: z.record(z.string().min(1), cueSchema).optional(),
    /** Words of a fact's unit (English, lower case) in each family of unit: "tonne" is mass. */
    unitFamilies: z.record(z.string().min(1), words).optional(),
    /** What a figure is of ("quota", "fund"): each kind's cue, on a question and on a fact's measure. */
    figureKinds: z.record(z.string().min(1), cueSchema).optional(),
    /** Kinds whose figures also answer a kind asked: a tariff is what is paid. */
    figureKindAccepts: z.record(z.string().min(1), words).optional(),
    /** Kinds that, named in a question, are the figure asked over the others named with them (a price a tariff moves). */
    figureKindOver: z.record(z.string().min(1), words).optional(),
    /** Kinds of figure that are what one side does (pays, buys): who acts is read from the measure. */
    actedKinds: words.optional(),
    /** Kinds of figure that are an allowance for a period (a quota): a year's figure. */
    periodKinds: words.optional(),
    /** A question that asks a figure per year ("each year", "mỗi năm", "年間"). */
    perYear: cueSchema.optional(),
    /** Words of a fact's measure or unit (English, lower case) that make its figure a year's. */
    yearlyFigure: words.optional(),
    /**
     * Goods a question or a fact names, by family (ids shared by every language): the family's
     * words, and the families it covers ("meat" covers beef and lamb).
     */
    goods: z.record(z.string().min(1), z.strictObject({ words, covers: words.optional() })).optional(),
    /** Words of goods at large ("most goods"): a measure on them names no goods of its own. */
    goodsAtLarge: words.optional(),
  }),
  groups: z.strictObject({ everyCountry: patternSchema.optional() }),
  /**
   * What a question asks of a thing it names, which a fact must state to answer it (asked.yaml):
   * a relation of a person ("Ishiba's wife"), the content of an agreement, an exact figure, the
   * one before.
   */
  asked: z.strictObject({
    /** Relations that make the person asked about someone else: one list of words per relation. */
    relations: z.array(words.min(1)).optional(),
    /** Marks right before a relation word that tie it to a name ("'s", "の"). */
    relationBefore: words.optional(),
    /** Words right after a relation word that tie it to a name ("of", "của"). */
    relationAfter: words.optional(),
    /** The form relation words are read in, on the question and on the statement. */
    relationForm: z.enum(CUE_FORMS).optional(),
    /** Words right before the thing a question is about ("for whisky", "về rượu"). */
    aboutBefore: words.optional(),
    /** Words right after the thing a question is about (「ウイスキーについて」). */
    aboutAfter: words.optional(),
    /** A question asking what someone agreed ("what did X and Y agree on"). */
    agreedAsked: cueSchema.optional(),
    /** Words of a fact's statement, in this language, that report an agreement. */
    agreedStated: cueSchema.optional(),
    /** A question asking for an exact figure ("exactly how many pounds"). */
    exactAsked: cueSchema.optional(),
    /** An amount of a fact's statement, in this language, that is only vague ("hundreds of millions"). */
    vagueAmount: cueSchema.optional(),
    /** A question asking for the one before ("the previous deal", "直前の", "ngay trước đó"). */
    previousAsked: cueSchema.optional(),
    /** Words of a fact's statement, in this language, that put things in order ("after", "second"). */
    orderStated: cueSchema.optional(),
    /** Words of a fact's statement, in this language, that call a thing the first of its kind. */
    firstStated: cueSchema.optional(),
    /**
     * Conditions a figure or a yes/no is asked under ("tariff-free"), by name: the words that
     * ask one, and the words of a fact's statement, in this language, that state it.
     */
    qualifiers: z
      .record(z.string().min(1), z.strictObject({ asked: cueSchema, stated: cueSchema }))
      .optional(),
    /** A question asking when, where or how something happened the first time ("first announced"). */
    earliestAsked: cueSchema.optional(),
  }),
  offices: z.strictObject({ spellings: z.record(z.string().min(1), z.string().min(1)).optional() }),
  screening: z.strictObject({
    help: z.array(patternSchema).optional(),
    injection: z.array(patternSchema).optional(),
    opinion: z.array(patternSchema).optional(),
    opinionUnmarked: z.array(patternSchema).optional(),
  }),
  compound: z.strictObject({
    join: patternSchema.optional(),
    eachPieceAsks: patternSchema.optional(),
    minWords: z.number().int().positive().optional(),
    minLetters: z.number().int().positive().optional(),
    elliptical: z.array(patternSchema).optional(),
    ellipticalHead: patternSchema.optional(),
    remainder: patternSchema.optional(),
    alternative: patternSchema.optional(),
    /** Where a question sentence ends without a question mark ("…ですか。"): another may begin. */
    sentenceEnd: patternSchema.optional(),
    remainderStated: patternSchema.optional(),
    remainderAs: z.array(z.strictObject({ source: z.string().min(1), to: z.string().min(1) })).optional(),
  }),
  messages: z.strictObject({
    dateFormat: z.string().min(1).optional(),
    monthFormat: z.string().min(1).optional(),
    yearFormat: z.string().min(1).optional(),
    months: z.array(z.string().min(1)).length(12).optional(),
    messages: z.record(z.string().min(1), z.string().min(1)).optional(),
  }),
  conventions: z.strictObject({
    capitalName: patternSchema.optional(),
    officeHolderName: patternSchema.optional(),
  }),
  frames: z.strictObject({
    asks: z.array(askSchema).optional(),
    /** A question word: a question holding one is not a yes/no question ("…ますか" ends both). */
    questionWord: cueSchema.optional(),
    numberKinds: cues(NUMBER_KINDS).optional(),
    /**
     * Number kinds told apart by which the question names first, not by their listed order
     * ("how much will JLR save from the tariff cut?": money, named before the rate).
     */
    numberKindsByPlace: z.array(z.enum(NUMBER_KINDS)).optional(),
    /** Words of a fact's unit, found anywhere in it ("usd" in "usd-bn"): what it counts. */
    unitWords: z
      .strictObject(
        Object.fromEntries(UNIT_KINDS.map((k) => [k, words.optional()])) as Record<
          (typeof UNIT_KINDS)[number],
          z.ZodOptional<typeof words>
        >,
      )
      .optional(),
    /** A share written in words in a fact's statement ("half of"). */
    shareOf: cueSchema.optional(),
    /** An amount of money written in words in a fact's statement ("hundreds of millions of pounds"). */
    moneyInWords: cueSchema.optional(),
    /** Spans of a fact's statement that set goods aside ("with separate treatment for steel"). */
    goodsSetAside: cueSchema.optional(),
    /**
     * Words in a fact's statement, in this language, that give a reason or purpose ("because",
     * "as a result of", "ため", "nhằm"): the fact can answer "why".
     */
    reasonStated: cueSchema.optional(),
    /**
     * A question asking when something starts ("from what date", "since when", "take effect",
     * "いつから", "từ ngày nào"): its answer is a fact that states a start.
     */
    /**
     * Words or forms in a fact's statement, in this language, that state someone's age
     * ("68-year-old", "aged 68", "68歳", "68 tuổi"): the fact answers "how old" (the `age` frame).
     */
    ageStated: cueSchema.optional(),
    /** A question that asks who took someone's place ("who succeeded Ishiba", "後任は誰"). */
    successorAsked: cueSchema.optional(),
    /** Words in a fact's statement, in this language, that state a succession ("succeeded", "後任"). */
    successionStated: cueSchema.optional(),
    startAsked: cueSchema.optional(),
    /**
     * Words in a fact's statement, in this language, that state a start ("took effect",
     * "since", "from June 30", "発効", "có hiệu lực"): the fact dates a beginning.
     */
    startStated: cueSchema.optional(),
    /** Words of a fact's statement that set something at a place ("in Scunthorpe", "at European airports"). */
    placeStated: cueSchema.optional(),
    /**
     * A question asking for the names of a class's members ("which Japanese companies", "names
     * of the deputy ministers"): the classes (each a list of its words), the questions' patterns
     * (`{class}` stands for any class word), and how near a fact must name one (words, or
     * characters in a language written without spaces). A class's `kinds` are the kinds of
     * entity its members are.
     */
    members: z
      .strictObject({
        form: z.enum(CUE_FORMS).optional(),
        classes: z
          .array(z.strictObject({ words: words.min(1), kinds: z.array(z.enum(entityKinds)).min(1) }))
          .min(1),
        asked: words,
        window: z.number().int().positive(),
      })
      .optional(),
    /** A question asking what a document says: its text, its content, what it lists. */
    contentAsked: cueSchema.optional(),
    /** A question asking whether (or when) that content was published: the fact saying so answers. */
    publicationAsked: cueSchema.optional(),
    /** Words of a fact's statement, in this language, that say a content was not published. */
    contentWithheld: cueSchema.optional(),
    /** Words of a fact's statement, in this language, that give a source's record (published on, written by). */
    recordStated: cueSchema.optional(),
    /** A question asking a piece's summary: its takeaways, main points, conclusions. */
    summaryAsked: cueSchema.optional(),
    /**
     * A source's age from today ("is the Japan Times article more than a year old?", "今日から見て
     * どのくらい前の記事？"): `asked` says the question asks it, `piece` that it speaks of an
     * article; `older` (`younger`) patterns ask whether it is older (younger) than a span (groups `n`, absent for one,
     * and `unit`, read with `units`); the answer's sentences.
     */
    sourceAge: z
      .strictObject({
        asked: cueSchema,
        piece: cueSchema,
        /** Words of publishing: a piece named by its topic alone must be asked when it came out. */
        published: cueSchema.optional(),
        older: z.array(z.string().min(1)).optional(),
        /** Patterns asking whether it is younger than a span ("less than a year old"): the same groups. */
        younger: z.array(z.string().min(1)).optional(),
        units: z.record(z.enum(["year", "month", "week", "day"]), z.array(z.string().min(1))).optional(),
        /** A piece named by the language it is written in ("the Vietnamese article"): `sources[].language`. */
        languages: z.record(z.string().min(2), cueSchema).optional(),
        templates: z.strictObject({
          /** {publisher}, {title}, {date}, {ago}, {today}, {cite}. */
          age: z.string().min(1),
          ageUntitled: z.string().min(1),
          /** Said before the age when an older-than question is answered yes, or no. */
          older: z.string().min(1),
          newer: z.string().min(1),
        }),
      })
      .optional(),
    /**
     * Questions about the sources themselves: which of a source's fields each cue asks for,
     * the words of such a question that are about the source rather than the topic (`about`),
     * and the answer's sentences.
     */
    sources: z
      .strictObject({
        ...Object.fromEntries(SOURCE_FIELDS.map((k) => [k, cueSchema.optional()])),
        about: cueSchema.optional(),
        /** Words that speak of the sources as a whole ("these articles", "your sources"). */
        all: cueSchema.optional(),
        /**
         * Words that ask for several sources of a topic ("which outlets", "your sources on"):
         * each publisher of the facts on it is meant.
         */
        many: cueSchema.optional(),
        /**
         * Words that ask which of two sources came out first, or how far apart ("came out
         * first", "先に出た", "đăng trước"): the two sources named are compared by date.
         */
        order: cueSchema.optional(),
        templates: sourceTemplates,
      } as Record<
        (typeof SOURCE_FIELDS)[number] | "about" | "all" | "many" | "order",
        z.ZodOptional<typeof cueSchema>
      > & {
        templates: typeof sourceTemplates;
      })
      .optional(),
  }),
  time: cues([
    "present",
    "outcome",
    "after",
    "happened",
    "settled",
    "deadline",
    "byDeadline",
    "progress",
    "planVerbs",
    "planTense",
    "howManyNow",
    "planned",
    "statedNow",
    "monthYear",
    "eventMonth",
    "asOf",
    "laterInYear",
    "done",
    "planActs",
    "upcoming",
    "outcomeReported",
  ] as const),
  names: z.strictObject({
    rewrites: z.array(rewriteSchema).optional(),
    countryKanji: z.record(z.string().length(1), z.string().min(1)).optional(),
    visit: z
      .strictObject({ before: z.string().min(1), after: z.string().min(1), kanji: z.string().min(1) })
      .optional(),
    /** 対日, 対米: `before` a country kanji is the country a measure is toward, written out as `before` + name. */
    toward: z.strictObject({ before: z.string().min(1), kanji: z.string().min(1) }).optional(),
    pairsKept: words.optional(),
    pairsOnlyBefore: z.record(z.string().min(2), words).optional(),
  }),
  writing: z.strictObject({
    sentenceCase: z.boolean().optional(),
    commonFirstWords: words.optional(),
    namesSource: cueSchema.optional(),
    alreadyDated: cueSchema.optional(),
    spaceLatin: z.strictObject({ binding: z.string().min(1), counters: words }).optional(),
  }),
  /** Words of general use: `general` and `vague` name no topic of their own, `common` may be an acronym in lower case. */
  general: z.strictObject({ general: words.optional(), vague: words.optional(), common: words.optional() }),
  rewrites: z.strictObject({
    abbreviations: z.array(rewriteRule).optional(),
    percent: z.array(percentRule).optional(),
    phrases: z.array(rewriteRule).optional(),
    clitics: words.optional(),
  }),
  numbers: z.strictObject({
    scales: values.optional(),
    words: values.optional(),
    wordScales: values.optional(),
    wordJoin: words.optional(),
    digits: values.optional(),
    units: values.optional(),
    numeralBefore: words.optional(),
    numeralAfter: words.optional(),
  }),
  stemming: z.strictObject({
    suffixes: words.optional(),
    keep: z.record(z.string().min(1), words).optional(),
    replace: z.record(z.string().min(1), z.string()).optional(),
    dropFinal: words.optional(),
    consonants: words.optional(),
    keepDoubled: words.optional(),
  }),
  tokens: z.strictObject({
    namesCapitalized: z.boolean().optional(),
    latinWordsAs: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .optional(),
    stopVerbStems: words.optional(),
    statedAs: z.record(z.string().min(1), z.string().min(1)).optional(),
    foldLetters: z.record(z.string().length(1), z.string()).optional(),
    /**
     * The shape of one syllable, folded, in a language written a syllable at a time: a Latin
     * word of another shape ("ethanol") is a word of its own, a loanword or a name.
     */
    syllable: patternSchema.optional(),
    /**
     * The shape of a word written as a loanword or a foreign name (Japanese katakana): unknown
     * to a briefing, such a word names something the briefing does not cover.
     */
    loanword: patternSchema.optional(),
  }),
  /**
   * Ordinals of events and items (`ordinals.yaml`): "the second summit", "第2回", "lần thứ hai".
   * `words` (an ordinal word or phrase → its number), `forms` (a numeral with its mark, `#` for
   * the number: "#th", "第#回"), `itself` (words of `words` that count the event itself, with
   * no thing beside them: 初めて), `thingBefore` (the counted thing is written before the
   * ordinal), `span` (how many words the thing may take), `linkers` (between the ordinal and
   * its thing: の), `times` (a thing that is only the event's occurrence: "time", "lần"),
   * `breaks` (where the thing ends, besides stop words and punctuation), `counts` (marks of a
   * form that are the thing counted: 周年, anniversary), `notAfter` and
   * `notBefore` (words beside which it is a date or a weekday, not an ordinal: "May 1st"),
   * `rest` (a statement of the rest of a list: first-not-rest).
   */
  ordinals: z.strictObject({
    words: values.optional(),
    forms: z.array(z.string().regex(/^[^#]*#[^#]*$/, "expected one # for the number")).optional(),
    itself: words.optional(),
    thingBefore: z.boolean().optional(),
    span: z.number().int().positive().optional(),
    linkers: words.optional(),
    times: words.optional(),
    breaks: words.optional(),
    counts: words.optional(),
    notAfter: words.optional(),
    notBefore: words.optional(),
    /**
     * How a statement gives the rest of a list ("recommendations that also included …", "その
     * 中には…も含まれ", "gồm cả"): not the list's first item.
     */
    rest: patternSchema.optional(),
  }),
  explain: z.strictObject({ reasons: z.record(z.string().min(1), z.string().min(1)).optional() }),
  /**
   * How people write in chat (`chat.yaml`), made plain before a question is read: `words`
   * (a chat spelling → its plain words: "whos" → "who is", "collab" → "collaboration") and
   * `wrappers` (courtesies around a question, removed: "Hello!", "Thank you so much.").
   */
  chat: z.strictObject({
    words: z.record(z.string().min(1), z.string()).optional(),
    wrappers: z.array(patternSchema).optional(),
  }),
  roles: rolesSchema,
  reading: readingSchema,
  /**
   * How a question wrapped in talk is read (`discourse.yaml`): which clause asks (`asks`), a
   * preface before it (`preface`: "I know …, but"), what the asker recounts (`recounting`: "I
   * was reading …"), the asker's own situation (`situation`: "while I'm writing up my notes",
   * "my uncle works at a car plant"), a statement a question after a comma may point back to (`statement`:
   * "Ensus is one of …"), words that point back to what was said
   * before (`anaphors`), abbreviations a full stop does not end a sentence after, and words
   * that ask for no topic (`fillers`: "lol", "実際に"; `framing`: "in relation to").
   */
  discourse: z.strictObject({
    readOn: textForm.optional(),
    asks: matcherSchema.optional(),
    preface: patternSchema.extend({ on: textForm.optional() }).strict().optional(),
    recounting: patternSchema.extend({ on: textForm.optional() }).strict().optional(),
    situation: patternSchema.extend({ on: textForm.optional() }).strict().optional(),
    statement: patternSchema.extend({ on: textForm.optional() }).strict().optional(),
    anaphors: matcherSchema.optional(),
    pronouns: matcherSchema.optional(),
    abbreviations: words.optional(),
    fillers: z.array(matcherSchema).optional(),
    framing: z.array(matcherSchema).optional(),
  }),
  notes: z.strictObject({
    answeredInOtherLanguage: z.string().min(1).optional(),
    languageNames: z.record(z.string().min(1), z.string().min(1)).optional(),
  }),
} as const;

export type PackConcern = keyof typeof PACK_FILES;
export type PackData = { [K in PackConcern]: z.infer<(typeof PACK_FILES)[K]> };

const localizedNames = z.strictObject({
  en: words.optional(),
  ja: words.optional(),
  vi: words.optional(),
});

/** One place, group or person every briefing may meet: a question naming it is about it. */
export const worldEntitySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  kind: z.enum(["country", "region", "city", "organization", "person", "group"]),
  names: localizedNames,
  /** Language-neutral names (country codes, chat abbreviations): read in every language. */
  codes: words.optional(),
  capitalOf: z.string().optional(),
  office: z.string().optional(),
  actsFor: z.string().optional(),
});

/**
 * A news outlet or publishing office people name as a source ("the WH fact sheet", "per the
 * FT"): its names per language and its short forms (`codes`: "WH", "JT", "S&P"). A briefing
 * source whose publisher (or alias) is one of these names answers to all of them; an outlet no
 * source of the briefing is, named in a question, is a source the briefing does not hold.
 */
export const worldOutletSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  names: localizedNames,
  codes: words.optional(),
});

export const worldSchema = z.strictObject({
  entities: z.array(worldEntitySchema),
  outlets: z.array(worldOutletSchema).optional(),
  offices: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
        names: localizedNames,
        /** Held by one country toward another (an ambassador): its holders carry `actsFor` and `postedTo`. */
        between: z.boolean().optional(),
      }),
    )
    .optional(),
});
export type WorldEntity = z.infer<typeof worldEntitySchema>;
export type WorldData = z.infer<typeof worldSchema>;
