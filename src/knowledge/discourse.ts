import { compilePattern } from "../lang/pattern.js";
import { withLazy } from "./lazy.js";
import { type FormMatcher, matcher, type TextForm } from "./reading.js";
import type { PackData } from "./schema.js";

/**
 * `discourse.yaml` compiled: how a question wrapped in talk is read (src/answer/discourse.ts
 * splits it into clauses; analyze.ts weighs them).
 */
export interface DiscourseReading {
  /** A clause that asks: its question frame ("when did", "いつ", "đi đâu"). */
  asks: FormMatcher | undefined;
  /** A preface before the clause that asks, up to where that clause starts ("I know …, but "). */
  preface: FormMatcher | undefined;
  /** A clause that recounts what the asker read, heard or knows ("I was reading …", "I've seen …"). */
  recounting: FormMatcher | undefined;
  /**
   * A clause that tells the asker's own situation ("while I'm writing up my notes", "my uncle
   * works at a car plant in the Midlands"): never the topic, nor what a question points back to.
   */
  situation: FormMatcher | undefined;
  /** A clause that states something, a subject and its verb ("Ensus is one of the two …"). */
  statement: FormMatcher | undefined;
  /** Words that point back to what was said before ("that deadline", "その"). */
  anaphors: FormMatcher | undefined;
  /** Words that point back to someone named before ("when did *he* leave", "彼は"). */
  pronouns: FormMatcher | undefined;
  /** Words a full stop does not end a sentence after ("Dec.", "Mr."), lower case. */
  abbreviations: ReadonlySet<string>;
  /** Words that ask for no topic (global expressions): chat ("lol", "rồi"), asides ("実際に"), frames ("in relation to"). */
  noTopic: readonly FormMatcher[];
}

/** The matcher with its expressions global, so that every match of it is blanked. */
function everyMatch(m: FormMatcher): FormMatcher {
  const global = (re: RegExp) => (re.global ? re : compilePattern(re.source, `${re.flags}g`));
  // `in`, not the property: the expressions are made at their first read (./lazy.ts).
  const all: FormMatcher = withLazy({ on: m.on }, { re: () => global(m.re) });
  return "unmarked" in m ? withLazy(all, { unmarked: () => global(m.unmarked!) }) : all;
}

export function compileDiscourse(
  data: PackData["discourse"],
  readOn: TextForm,
  byCharacters: boolean,
  letters: Readonly<Record<string, string>>,
): DiscourseReading {
  const m = (d: Parameters<typeof matcher>[0]) => matcher(d, readOn, byCharacters, letters);
  return withLazy(
    { abbreviations: new Set((data.abbreviations ?? []).map((a) => a.toLowerCase())) },
    {
      asks: () => m(data.asks),
      preface: () => m(data.preface),
      recounting: () => m(data.recounting),
      situation: () => m(data.situation),
      statement: () => m(data.statement),
      anaphors: () => m(data.anaphors),
      pronouns: () => m(data.pronouns),
      noTopic: () => [...(data.fillers ?? []), ...(data.framing ?? [])].map((d) => everyMatch(m(d)!)),
    },
  );
}
