import { z } from "zod";

/**
 * The briefing file format, as a curator writes it in YAML. Every object is strict: an
 * unknown field is an error, so a typo never silently drops data.
 *
 * A briefing is a folder: `briefing.yaml` (metadata, topics, sources, entities) and one or
 * more `facts*.yaml` files, each a YAML list of facts.
 */

const nonEmpty = z.string().trim().min(1, "must not be empty");

/** YAML turns an unquoted 2025-04-28 into a Date; accept both and keep the ISO string. */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    // abort: a malformed date is one problem, not also "not a real calendar date".
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date as YYYY-MM-DD", abort: true })
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, "is not a real calendar date"),
);

/**
 * A date a source may give only to the month or year: `2025-04-28`, `2025-04` or `2025`
 * (YAML reads an unquoted 2025 as a number; it is kept as the year). Answers say as much as
 * the date holds: "April 2025", never "April 1, 2025".
 */
export const partialDate = z.preprocess(
  (v) => {
    if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
    return typeof v === "number" && Number.isInteger(v) ? String(v) : v;
  },
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
      message: "expected a date as YYYY-MM-DD, YYYY-MM (a month) or YYYY (a year)",
      abort: true,
    })
    .refine((s) => {
      const full = s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s;
      const d = new Date(`${full}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === full;
    }, "is not a real calendar date"),
);

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lower-case id of letters, digits and dashes");

export const localizedText = z.strictObject({ en: nonEmpty, ja: nonEmpty, vi: nonEmpty });
export const localizedList = z.strictObject({
  en: z.array(nonEmpty),
  ja: z.array(nonEmpty),
  vi: z.array(nonEmpty),
});

export const topicSchema = z.strictObject({
  id: slug,
  name: localizedText,
  /** Words people use for this topic, in any language: they help retrieval and /topic NAME. */
  keywords: z.array(nonEmpty).default([]),
});

export const sourceSchema = z.strictObject({
  id: slug,
  publisher: nonEmpty,
  /**
   * Other ways people write the publisher, in any language or script ("ジャパンタイムズ",
   * "Nhà Trắng"): a question naming one asks about this source.
   */
  aliases: z.array(nonEmpty).optional(),
  /** The headline as the source prints it; left out when it shows none (never made up). */
  title: nonEmpty.optional(),
  url: z.url({ protocol: /^https?$/, message: "expected an http(s) URL" }),
  /** The day (or only the month or year) the source was published. */
  published: partialDate,
  /**
   * True when the source prints no date and `published` is the curator's inference (from the
   * URL, the event it reports): listings and citations say "inferred".
   */
  publishedInferred: z.boolean().optional(),
  language: z.enum(["en", "ja", "vi", "pl", "other"]),
  /**
   * File name of the source's text, under the briefing's `sourcesDir` (or `check --sources
   * DIR`, or BRIEFING_SOURCES_DIR): every quote citing the source is checked against it.
   */
  file: nonEmpty.optional(),
  /** True for the dated context notes that are cited as given, without a full text. */
  context: z.boolean().default(false),
  /**
   * True for the briefing's main reports ("the two articles"): a question about the sources
   * as a whole ("which outlets is this from?", "bài báo này đăng trên báo nào") is answered
   * with these first, the others (context notes, later updates) after them. When no source is
   * marked, every source is a main one.
   */
  main: z.boolean().optional(),
  /**
   * The news agency whose report the source carries ("PAP" for Dailywrap): "whose report is
   * the article based on?" is answered with it.
   */
  agency: nonEmpty.optional(),
  /**
   * Entity ids of the bodies the source attributes its account to ("according to Japan's
   * Ministry of Foreign Affairs"): "which ministry does the piece attribute it to?"
   */
  attributes: z.array(slug).optional(),
  /**
   * What kind of publisher it is, as people say it in any language ("law firm", "法律事務所",
   * "công ty luật"), when the source's own page says so: "which law firm wrote …" names it.
   */
  kind: z.array(nonEmpty).optional(),
  /**
   * Entity id of the publisher's country, when the source's own page says it: "which Indian
   * paper reported …" names it when the fact asked about cites it.
   */
  country: slug.optional(),
  /**
   * Where the source's report originally comes from, in the curator's words ("an English edition
   * of a PAP-based report; the Polish original is on money.pl"): "is it their own reporting?",
   * "what language was the original in?", "bài gốc từ đâu", "元の記事は" are answered with it.
   */
  origin: localizedText.optional(),
});

export const entityKinds = [
  "country",
  "person",
  "organization",
  "place",
  "program",
  "group",
  "thing",
] as const;

export const entitySchema = z.strictObject({
  id: slug,
  kind: z.enum(entityKinds),
  /** Every way people write this entity, per language; the first is the display name. */
  names: localizedList,
  /**
   * How this briefing's facts refer back to the entity it is about without naming it ("the
   * deal", 協定, thỏa thuận): a fact that writes one names the entity. Never read in a question,
   * where "the deal" may be any deal.
   */
  referredToAs: localizedList.optional(),
  ...entityRelationFields(),
});

/**
 * Roles say how an entity takes part in a fact, so that a question with the roles swapped
 * ("Japanese students to Vietnam" vs "Vietnamese students to Japan") does not match.
 * - agent: does, gives, accepts, imposes, announces
 * - recipient: receives, is the target of, faces (a tariff)
 * - origin: whose people or goods (the Vietnamese of "Vietnamese PhD students")
 * - counterpart: the other side of a meeting or call
 * - location: where it happened
 * - subject: what the fact is about, with no direction
 */
export const roles = ["agent", "recipient", "origin", "counterpart", "location", "subject"] as const;

export const factEntitySchema = z.strictObject({
  entity: slug,
  role: z.enum(roles),
});

export const numberSchema = z.strictObject({
  value: z.number(),
  /** e.g. percent, usd, people, students, days */
  unit: nonEmpty,
  /** What the number measures, in English: "tariff rate on Vietnamese goods". */
  measure: nonEmpty,
  /** True when the source hedges: "around 250". */
  approximate: z.boolean().default(false),
});

/** What kind of question a fact can answer; a "how many" question needs a fact with a count. */
export const answerKinds = ["number", "date", "person", "place", "reason", "description", "yesno"] as const;

export const citationSchema = z.strictObject({
  source: slug,
  /** A short verbatim quote from the source text. */
  quote: nonEmpty,
});

export const linkSchema = z.strictObject({
  type: z.enum(["same-as", "differs-from", "related"]),
  fact: slug,
  /** For differs-from: how they differ, per language. */
  note: localizedText.optional(),
});

export const factSchema = z.strictObject({
  id: slug,
  topics: z.array(slug).min(1, "a fact needs at least one topic"),
  statement: localizedText,
  entities: z.array(factEntitySchema).default([]),
  numbers: z.array(numberSchema).default([]),
  answers: z.array(z.enum(answerKinds)).min(1, "say which kinds of question this fact answers"),
  /** When the event happened or is to happen: a day, or only a month or year (`2025-07`). */
  date: partialDate.optional(),
  /**
   * The last day of an event that lasted several days ("April 14–15": date 2025-04-14, until
   * 2025-04-15): "after Xi left Vietnam" counts from it. Only with a full-day `date`.
   */
  until: isoDate.optional(),
  /**
   * `reported`: a plan, deadline or threatened rate as reported on the source's date; answers
   * say "as reported on …". `fact`: settled.
   */
  status: z.enum(["fact", "reported"]).default("fact"),
  /** A deadline the fact mentions; once past, answers never present it as upcoming. */
  deadline: z
    .strictObject({
      date: isoDate,
      /** How the sources put it, per language: "by July". */
      label: localizedText,
    })
    .optional(),
  citations: z.array(citationSchema).min(1, "every fact needs at least one citation"),
  questions: localizedList,
  links: z.array(linkSchema).default([]),
  /** Key facts lead the digest of their topic. */
  key: z.boolean().default(false),
  /** The earlier fact this one replaces (a deal that replaced a threatened rate). */
  supersedes: slug.optional(),
  /** The later fact that replaced this one; either side may be written, the other is derived. */
  superseded_by: slug.optional(),
  /** When this fact took effect (for a fact that supersedes another): YYYY-MM-DD. */
  from: isoDate.optional(),
});

export const briefingMetaSchema = z.strictObject({
  id: slug,
  title: localizedText,
  summary: localizedText,
  languages: z.array(z.enum(["en", "ja", "vi"])).min(1),
  period: z.strictObject({ start: isoDate, end: isoDate }),
  /** The date the briefing's sources report as of. */
  asOf: isoDate,
  topics: z.array(topicSchema).min(1),
  sources: z.array(sourceSchema).min(1),
  entities: z.array(entitySchema).default([]),
  /**
   * The folder of the sources' texts (`sources[].file`), relative to the briefing folder.
   * When set, a quote not found in its source's text is an error, on reload too.
   */
  sourcesDir: nonEmpty.optional(),
  ...briefingKnowledgeFields(),
});

export const factsFileSchema = z.array(factSchema);

export type TopicInput = z.infer<typeof topicSchema>;
export type SourceInput = z.infer<typeof sourceSchema>;
export type EntityInput = z.infer<typeof entitySchema>;
export type FactInput = z.infer<typeof factSchema>;
export type BriefingMetaInput = z.infer<typeof briefingMetaSchema>;
export type Role = (typeof roles)[number];
export type AnswerKind = (typeof answerKinds)[number];

// ---- Briefing knowledge (issue 11): optional fields that carry what the engine once read
// from naming conventions and built-in word lists. Functions, so the objects above can use
// them before this section; all optional, so briefings written before them still load.

/** Relations of an entity to others, in place of naming conventions ("<Country> capital"). */
function entityRelationFields() {
  return {
    /** A capital city: the country whose government it stands for ("Tokyo says…"). */
    capitalOf: slug.optional(),
    /** A person: the office they hold, by its id in knowledge/world.yaml (prime-minister…). */
    office: slug.optional(),
    /** A person or organisation: the country they act for ("Ishiba" in a fact about Japan). */
    actsFor: slug.optional(),
    /**
     * A person holding an office between two countries (an ambassador): the country they are
     * posted to, `actsFor` the one they represent. "The US ambassador to the UK" is then not
     * the UK's ambassador to the US.
     */
    postedTo: slug.optional(),
  };
}

/** Words of the briefing's domain that mean the same: the first is how all of them are read. */
function lexiconEntry() {
  // Latin-script words (English, and Latin words in the other languages' questions).
  return z.strictObject({
    same: z.array(nonEmpty).min(2, "list at least two words: the one they are read as, then the others"),
  });
}

function briefingKnowledgeFields() {
  return {
    /** Domain synonyms, spellings and abbreviations (PhD/doctoral, chip/semiconductor). */
    lexicon: z.array(lexiconEntry()).optional(),
  };
}

export type LexiconEntry = z.infer<ReturnType<typeof lexiconEntry>>;
