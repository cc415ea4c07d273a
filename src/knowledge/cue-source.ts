/**
 * The parts of the packs' schema the engine reads at run time, kept apart from the zod schema
 * (./schema.ts) so that a cold `briefbot ask` reading validated, cached packs never loads zod.
 */

/**
 * The form of the text a cue reads: `folded` (lower case, diacritics removed), `exact` (lower
 * case, diacritics kept) or `written` (as typed).
 */
export const CUE_FORMS = ["folded", "exact", "written"] as const;
export type CueForm = (typeof CUE_FORMS)[number];

/**
 * What a question asks for, in the order the engine lists them. `age` ("how old", 何歳, bao
 * nhiêu tuổi) is a figure of its own: asked, it stands for the number and the date it holds.
 */
export const ASK_KINDS = ["age", "number", "date", "person", "place", "reason", "yesno", "source"] as const;
/**
 * What sort of number a number question asks for, tried in this order. `generic` is a number
 * word that names no kind (いくつ, "what number"): tried last, so a topic word naming a rate or
 * money outranks it ("関税率はいくつ" asks a rate); alone it asks a count.
 */
export const NUMBER_KINDS = [
  "frequency",
  "duration",
  "percent",
  "count",
  "rate",
  "money",
  "generic",
] as const;
/**
 * The kind cued by a topic word ("tariff", 関税), not by the question's form: a unit the
 * question asks its figure in ("何リットルまで無関税") outranks it.
 */
export const TOPIC_CUED_NUMBER_KIND: (typeof NUMBER_KINDS)[number] = "rate";
/** What a fact's unit (an English word of the briefing) says it counts. */
export const UNIT_KINDS = ["percent", "money", "duration", "frequency"] as const;

/**
 * What a question may ask of a source: who published it, when, its headline, its link, the
 * news agency whose report it carries, the bodies it attributes its account to, where its report
 * originally comes from (an edition or translation of another's: `sources[].origin`).
 */
export const SOURCE_FIELDS = [
  "publisher",
  "published",
  "title",
  "url",
  "agency",
  "attribution",
  "origin",
] as const;

/** The lists of a cue (see schema.ts for how a pack writes them). */
export interface CueLists {
  words?: readonly string[] | undefined;
  starts?: readonly string[] | undefined;
  ends?: readonly string[] | undefined;
  patterns?: readonly string[] | undefined;
}

/** A `words` entry as a regular expression: its text, and the edges it needs before and after. */
function wordParts(word: string): { before: string; text: string; after: string } {
  const any = word.endsWith("*");
  const bare = any ? word.slice(0, -1) : word;
  const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const edge = (c: string | undefined) => (c !== undefined && /\w/.test(c) ? "\\b" : "");
  return { before: edge(bare[0]), text: escaped, after: any ? "\\w*" : edge(bare[bare.length - 1]) };
}

/**
 * `words` entries as alternatives: whole words where their edges are Latin letters or digits.
 * A run of entries with the same edges is one group (`\b(?:how many|how much)\b`), which
 * matches as the entries one by one would (the same alternatives, in the same order, the same
 * checks around each) and is made with a third less work than an edge check on each.
 */
function wordsSource(words: readonly string[]): string[] {
  const out: string[] = [];
  let run: ReturnType<typeof wordParts>[] = [];
  const flush = () => {
    if (run.length === 1) out.push(`${run[0]!.before}${run[0]!.text}${run[0]!.after}`);
    else if (run.length > 1)
      out.push(`${run[0]!.before}(?:${run.map((w) => w.text).join("|")})${run[0]!.after}`);
    run = [];
  };
  for (const word of words) {
    const parts = wordParts(word);
    if (run.length > 0 && (run[0]!.before !== parts.before || run[0]!.after !== parts.after)) flush();
    run.push(parts);
  }
  flush();
  return out;
}

/** The one regular expression (flag `u`) that a cue is: the leftmost of its alternatives matches. */
export function cueSource(cue: CueLists): string {
  const alternatives = [
    ...wordsSource(cue.words ?? []),
    ...(cue.starts?.length ? [`^(?:${wordsSource(cue.starts).join("|")})`] : []),
    ...(cue.ends?.length ? [`(?:${wordsSource(cue.ends).join("|")})\\s*[?？]?$`] : []),
    ...(cue.patterns ?? []).map((p) => `(?:${p})`),
  ];
  // An empty cue matches nothing.
  return alternatives.length > 0 ? alternatives.join("|") : "(?!)";
}

/** The spans a question of a source's age names, each in calendar months or in days. */
export const AGE_UNITS = {
  year: { months: 12 },
  month: { months: 1 },
  week: { days: 7 },
  day: { days: 1 },
} as const satisfies Record<string, { months: number } | { days: number }>;
