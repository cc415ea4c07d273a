import { compilePattern } from "../lang/pattern.js";
import { withLazy } from "./lazy.js";
import type { MatcherData, ReadingData, ReadingRewriteData } from "./schema.js";
import { unmarkedWords } from "./unmarked.js";

/**
 * `reading.yaml` compiled: the words and patterns a question's form is read with (joiners
 * between names, what asks about sources, outcomes or someone's words, the rewrites that take
 * question forms out of the topic). Word lists become whole-word alternations, or plain ones
 * for a language read by characters.
 */

export type TextForm = "folded" | "marked" | "written";

/** A compiled matcher and the form of the text it reads. */
export interface FormMatcher {
  re: RegExp;
  on: TextForm;
  /** A word list read with marks, for a question typed without them (./unmarked.ts). */
  unmarked?: RegExp;
}

export interface Rewrite {
  re: RegExp;
  with: string;
}

export interface Reading {
  /** The language is read by characters (written without spaces): words have no edges to check. */
  byCharacters: boolean;
  /** Words between two names that join them ("and", "と"); `pairs` only set them side by side ("vs"). */
  joiners: readonly string[];
  pairs: readonly string[];
  /** Words that may follow a joiner ("and on"). */
  joinerTails: readonly string[];
  /** Joiners that offer a choice ("or"). */
  alternatives: readonly string[];
  /** On a mention's lower-cased name: it names an office ("US president"). */
  officeWords: RegExp | undefined;
  /** Right before or after an office, asking which holder ("which", "nào"). */
  whichBefore: readonly string[];
  whichAfter: readonly string[];
  /** On one word: it only asks about the difference between sources. */
  differenceWords: RegExp | undefined;
  asksDifference: FormMatcher | undefined;
  asksSource: FormMatcher | undefined;
  asksWords: FormMatcher | undefined;
  /** "What's the name of the columnist…": a name is asked for. */
  asksName: FormMatcher | undefined;
  /** "Who wrote the piece?", 執筆者, "ai viết": the author of a piece is asked. */
  asksAuthor: FormMatcher | undefined;
  /** Words before a kind that leave it unnamed ("a columnist", "an official"). */
  unnamedBefore: ReadonlySet<string>;
  /** "Which country signed…": a country is asked for. */
  asksCountry: FormMatcher | undefined;
  /** "Who gets the profits?": who receives, which a country or body may be. */
  whoReceives: FormMatcher | undefined;
  /** "Who's the other big producer?": who, of a kind that is a company or body, not a person. */
  whoBody: FormMatcher | undefined;
  asksOutcome: FormMatcher | undefined;
  /** The question checks a claim it states ("46%, correct?"): its figures may be wrong. */
  checksClaim: FormMatcher | undefined;
  /** "What was agreed at it?": what an event settled, which a schedule of the event cannot say. */
  asksAgreed: FormMatcher | undefined;
  /** "Is there a deadline for…": group 1 is the thing whose existence is asked. */
  existence: FormMatcher | undefined;
  meeting: FormMatcher | undefined;
  office: FormMatcher | undefined;
  partOf: FormMatcher | undefined;
  setting: FormMatcher | undefined;
  focus: FormMatcher | undefined;
  /** The focus pattern's group is a run of characters that starts with the word. */
  focusPrefix: boolean;
  focusWords: ReadonlySet<string>;
  roleWords: ReadonlySet<string>;
  headsWords: FormMatcher | undefined;
  /** "Who handled the talks?": who led a thing is asked; `ledWords` are the leading, not the thing. */
  whoLed: FormMatcher | undefined;
  ledWords: ReadonlySet<string>;
  bodyWords: ReadonlySet<string>;
  publisherLead: readonly string[];
  publisherArticle: readonly string[];
  /** After a publisher's name, what names its piece ("fact sheet", 記事, "bài báo"): no topic. */
  publisherNoun: readonly string[];
  /** After a publisher (and its piece), what says it reports ("says", によると, "cho biết"): no topic. */
  publisherSays: readonly string[];
  possessive: readonly string[];
  excluded: RegExp | undefined;
  setAsideBefore: RegExp | undefined;
  setAsideAfter: RegExp | undefined;
  /** "(not the new pledge)": a thing the question sets aside, in its first group set. */
  setAsideThing: RegExp | undefined;
  leftBefore: RegExp | undefined;
  leftAfter: RegExp | undefined;
  /** Around a place a fact's statement names as the one its trip leaves (fit rule left-place-not-destination). */
  leavesBefore: RegExp | undefined;
  leavesAfter: RegExp | undefined;
  /**
   * "Where did he go after Hanoi?": where he goes on leaving a place the question names; the
   * words `before` or `after` the place's name are rewritten as leaving it.
   */
  leaving:
    | {
        asksWhere: RegExp;
        going: RegExp | undefined;
        before: Rewrite | undefined;
        after: Rewrite | undefined;
      }
    | undefined;
  prepare: readonly Rewrite[];
  residual: readonly Rewrite[];
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Words as one alternation: whole words, or anywhere when the language is read by characters. */
export function wordsPattern(list: readonly string[], byCharacters: boolean, flags = "u"): RegExp {
  const alternation = `(?:${list.map(escapeRegExp).join("|")})`;
  return compilePattern(
    byCharacters ? alternation : `(?<![\\p{L}\\p{N}])${alternation}(?![\\p{L}\\p{N}])`,
    flags,
  );
}

export function matcher(
  data: MatcherData | undefined,
  readOn: TextForm,
  byCharacters: boolean,
  letters: Readonly<Record<string, string>>,
): FormMatcher | undefined {
  if (!data) return undefined;
  if (Array.isArray(data)) return withLazy({ on: readOn }, { re: () => wordsPattern(data, byCharacters) });
  if ("words" in data) {
    const on = data.on ?? readOn;
    const folded = on === "folded" ? undefined : unmarkedWords(data.words, letters);
    const m = withLazy({ on }, { re: () => wordsPattern(data.words, byCharacters) });
    return folded ? withLazy(m, { unmarked: () => wordsPattern(folded, byCharacters) }) : m;
  }
  return withLazy({ on: data.on ?? readOn }, { re: () => compilePattern(data.source, data.flags ?? "") });
}

function rewrite(data: ReadingRewriteData): Rewrite {
  return { re: compilePattern(data.source, data.flags ?? ""), with: data.with };
}

const compile = (p: { source: string; flags?: string | undefined } | undefined) =>
  p ? compilePattern(p.source, p.flags ?? "") : undefined;

export function compileReading(
  data: ReadingData,
  byCharacters: boolean,
  letters: Readonly<Record<string, string>> = {},
): Reading {
  const readOn = data.readOn ?? "folded";
  const m = (d: MatcherData | undefined) => matcher(d, readOn, byCharacters, letters);
  const differenceWords = data.differenceWords ?? [];
  const patterns = {
    officeWords: () => (data.officeWords ? wordsPattern(data.officeWords, byCharacters) : undefined),
    // "differ*": the word and any longer one it begins.
    differenceWords: () =>
      differenceWords.length > 0
        ? compilePattern(
            `^(?:${differenceWords.map((w) => (w.endsWith("*") ? `${escapeRegExp(w.slice(0, -1))}\\w*` : escapeRegExp(w))).join("|")})$`,
            "u",
          )
        : undefined,
    excluded: () => compile(data.excluded),
    setAsideBefore: () => compile(data.setAsideBefore),
    setAsideAfter: () => compile(data.setAsideAfter),
    setAsideThing: () => compile(data.setAsideThing),
    leftBefore: () => compile(data.leftBefore),
    leftAfter: () => compile(data.leftAfter),
    leavesBefore: () => compile(data.leavesBefore),
    leavesAfter: () => compile(data.leavesAfter),
  };
  const reading = {
    byCharacters,
    joiners: data.joiners ?? [],
    pairs: data.pairs ?? [],
    joinerTails: data.joinerTails ?? [],
    alternatives: data.alternatives ?? [],
    whichBefore: data.whichBefore ?? [],
    whichAfter: data.whichAfter ?? [],
    asksDifference: m(data.asksDifference),
    asksSource: m(data.asksSource),
    asksWords: m(data.asksWords),
    asksName: m(data.asksName),
    asksAuthor: m(data.asksAuthor),
    unnamedBefore: new Set(data.unnamedBefore ?? []),
    asksCountry: m(data.asksCountry),
    whoReceives: m(data.whoReceives),
    whoBody: m(data.whoBody),
    asksOutcome: m(data.asksOutcome),
    checksClaim: m(data.checksClaim),
    asksAgreed: m(data.asksAgreed),
    existence: m(data.existence),
    meeting: m(data.meeting),
    office: m(data.office),
    partOf: m(data.partOf),
    setting: m(data.setting),
    focus: m(data.focus),
    focusPrefix: data.focusPrefix ?? false,
    focusWords: new Set(data.focusWords ?? []),
    roleWords: new Set(data.roleWords ?? []),
    headsWords: m(data.headsWords),
    whoLed: m(data.whoLed),
    ledWords: new Set(data.ledWords ?? []),
    bodyWords: new Set(data.bodyWords ?? []),
    publisherLead: data.publisherLead ?? [],
    publisherArticle: data.publisherArticle ?? [],
    publisherNoun: data.publisherNoun ?? [],
    publisherSays: data.publisherSays ?? [],
    possessive: data.possessive ?? [],
    leaving: data.leaving
      ? {
          asksWhere: compile(data.leaving.asksWhere)!,
          going: compile(data.leaving.going),
          before: data.leaving.before ? rewrite(data.leaving.before) : undefined,
          after: data.leaving.after ? rewrite(data.leaving.after) : undefined,
        }
      : undefined,
    prepare: (data.prepare ?? []).map(rewrite),
    residual: (data.residual ?? []).map(rewrite),
  };
  return withLazy(reading, patterns);
}
