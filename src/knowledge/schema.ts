import { z } from "zod";

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

export const PACK_FILES = {
  stopwords: z.strictObject({ stop: words.optional(), questionStop: words.optional() }),
  synonyms: z.strictObject({ synonyms: z.record(z.string().min(1), z.string().min(1)).optional() }),
  detect: z.strictObject({ letters: patternSchema.optional(), unmarkedWords: words.optional() }),
  events: z.strictObject({ eventWords: words.optional(), datedEventWords: words.optional() }),
  reporting: z.strictObject({ reportsWords: patternSchema.optional(), planned: patternSchema.optional() }),
  weekdays: z.strictObject({ weekdayQuestion: patternSchema.optional(), weekday: patternSchema.optional() }),
  agreements: z.strictObject({
    agreementKind: patternSchema.optional(),
    agreementKindWritten: patternSchema.optional(),
  }),
  measures: z.strictObject({ measureWords: words.optional(), quantityWords: words.optional() }),
  groups: z.strictObject({ everyCountry: patternSchema.optional() }),
  offices: z.strictObject({ spellings: z.record(z.string().min(1), z.string().min(1)).optional() }),
  screening: z.strictObject({
    help: z.array(patternSchema).optional(),
    injection: z.array(patternSchema).optional(),
    opinion: z.array(patternSchema).optional(),
  }),
  compound: z.strictObject({
    join: patternSchema.optional(),
    eachPieceAsks: patternSchema.optional(),
    minWords: z.number().int().positive().optional(),
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
  }),
  explain: z.strictObject({ reasons: z.record(z.string().min(1), z.string().min(1)).optional() }),
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
  capitalOf: z.string().optional(),
  office: z.string().optional(),
  actsFor: z.string().optional(),
});

export const worldSchema = z.strictObject({
  entities: z.array(worldEntitySchema),
  offices: z
    .array(z.strictObject({ id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), names: localizedNames }))
    .optional(),
});
export type WorldEntity = z.infer<typeof worldEntitySchema>;
export type WorldData = z.infer<typeof worldSchema>;
