import type { Lang } from "../i18n/lang.js";
import type { DiscourseReading } from "../knowledge/discourse.js";
import { allPacks, languagePack } from "../knowledge/packs.js";
import type { FormMatcher } from "../knowledge/reading.js";
import { compilePattern } from "../lang/pattern.js";
import { fold } from "./normalize.js";

const HAS_LETTER_OR_DIGIT = compilePattern("[\\p{L}\\p{N}]", "u");

/**
 * A question wrapped in talk: "I know the main talks were on the Monday, but when did Ishiba
 * meet To Lam?", "so how many … for chips? i read two articles and they seemed to put it
 * differently lol", "The Japan Times mentions deals had to be struck by July …. As of today,
 * has that deadline passed?". The question is split into clauses (sentences, a clause after a
 * dash, a preface before "but"); the clauses that ask are the question, the statements around
 * them its context. A fact must answer the question; the context helps find it and counts
 * less toward what the fact must cover (analyze.ts), so the words of an aside do not make the
 * engine refuse, and a clause that points back ("which company was that?") is read with what
 * it points to. The words are the packs' (discourse.yaml).
 */

export interface Discourse {
  /** The clauses that ask, in order: the question. */
  asking: string;
  /** The statements around them, or undefined when every clause asks or none does. */
  context: Context | undefined;
}

/** The statements around a question, and whether they came before it ("I know …, but"). */
export interface Context {
  text: string;
  before: boolean;
  /**
   * Whether they may be an aside: a sentence or a preface may; what a dash sets before the
   * question names its topic ("brits at european airports - what changes under the deal?"),
   * unless it recounts what the asker read ("I've seen … described in different ways - what
   * do the two outlets each say?").
   */
  aside: boolean;
  /**
   * The asker's own situation told beside other statements ("my uncle works at a car plant in
   * the Midlands … he says the quota is …. is that right?"): an aside, never what the question
   * points back to; `text` is then the other statements (empty when there are none).
   */
  situation?: string;
}

/** A clause, and whether a dash ended it. */
interface Clause {
  text: string;
  dashed: boolean;
}

const FORMS = {
  folded: (text: string) => fold(text),
  marked: (text: string) => text.toLowerCase(),
  written: (text: string) => text,
};

/** The matcher's expression for `text` (its unmarked form for a question typed without marks). */
function expression(m: FormMatcher, text: string): { re: RegExp; form: string } {
  const form = FORMS[m.on](text);
  // `in`, not the property: a matcher's expressions are made at their first read (knowledge/lazy.ts).
  const re = "unmarked" in m && form === FORMS.folded(text) ? m.unmarked! : m.re;
  return { re, form };
}

function matchesAt(m: FormMatcher | undefined, text: string): RegExpExecArray | null {
  if (!m) return null;
  const { re, form } = expression(m, text);
  re.lastIndex = 0;
  const found = re.exec(form);
  re.lastIndex = 0;
  return found;
}

/** Whether a clause asks: a question mark, or the pack's question frame. */
export function clauseAsks(clause: string, d: DiscourseReading): boolean {
  return /[?？]/u.test(clause) || matchesAt(d.asks, clause) !== null;
}

/** Whether a clause opens with a question frame ("which company…"): a dash before it splits. */
function opensAsking(clause: string, d: DiscourseReading): boolean {
  return matchesAt(d.asks, clause)?.index === 0;
}

/**
 * Sentence ends: ?, ! and 。 always; a full stop before a word; a dash with spaces, and a colon
 * before a space after an aside ("quick one while I'm writing up my notes: how many …"), which
 * split only before a clause that asks.
 */
const BREAK = compilePattern("[?？!！。]+|\\.(?=\\s+[\\p{L}\\p{N}])|\\s[-–—]+(?=\\s)|:(?=\\s)", "gu");
const LAST_WORD = compilePattern("([\\p{L}\\p{N}.]+)$", "u");

/** A full stop after an abbreviation ("Dec.", "U.S.") or a single letter ends no sentence. */
function abbreviated(before: string, d: DiscourseReading): boolean {
  const word = LAST_WORD.exec(before)?.[1]?.toLowerCase() ?? "";
  return word.length <= 1 || d.abbreviations.has(word) || /^\d/u.test(word);
}

/** The question's sentences; a dash splits only before a clause that opens with a question frame. */
function sentences(text: string, d: DiscourseReading): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of text.matchAll(BREAK)) {
    const end = m.index + m[0].length;
    const dashed = /^\s/u.test(m[0]) || m[0] === ":";
    if (m[0] === "." && abbreviated(text.slice(start, m.index), d)) continue;
    if (dashed && !opensAsking(text.slice(end).trim(), d)) continue;
    // A colon splits only after the asker's situation or what they read ("quick one while I'm
    // writing up my notes: how many …"); "The 90-day pause: when was it …" is read whole.
    if (m[0] === ":" && !asideBefore(text.slice(start, m.index), d)) continue;
    out.push({ text: text.slice(start, dashed ? m.index : end), dashed });
    start = end;
  }
  out.push({ text: text.slice(start), dashed: false });
  return out.map((c) => ({ ...c, text: c.text.trim() })).filter((c) => HAS_LETTER_OR_DIGIT.test(c.text));
}

/** A sentence with its preface ("I know …, but ") cut off: [preface, rest], or the sentence. */
function withoutPreface(sentence: Clause, d: DiscourseReading): Clause[] {
  const text = sentence.text;
  if (!d.preface) return [sentence];
  const { form } = expression(d.preface, text);
  // The preface is cut where it ends in the form read; a form of another length cannot say where.
  if (form.length !== text.length) return [sentence];
  const found = matchesAt(d.preface, text);
  if (found?.index !== 0) return [sentence];
  const rest = text.slice(found[0].length).trim();
  return rest
    ? [
        { text: text.slice(0, found[0].length).trim(), dashed: false },
        { ...sentence, text: rest },
      ]
    : [sentence];
}

/** A comma, and what may follow it before the next clause. */
const COMMA = /[,，、]\s*/gu;
/** A clause mark inside a statement: a part after one may ask ("The pause: when was it …"). */
const CLAUSE_MARKS = /[,:;，、：；]/u;

/**
 * A statement and, after a comma, a question that points back to it ("Ensus is one of the two
 * big makers, who's the other?"): [statement, question]. The statement is the pack's
 * (`statement`: a subject and its verb, not "According to …" or "As of today"), and no part
 * of it asks; the question opens with a question frame and points back.
 */
function statementThenAsk(clause: Clause, d: DiscourseReading): Clause[] {
  if (!d.statement || opensAsking(clause.text, d)) return [clause];
  for (const m of [...clause.text.matchAll(COMMA)].reverse()) {
    const before = clause.text.slice(0, m.index);
    const rest = clause.text.slice(m.index + m[0].length);
    if (!opensAsking(rest, d) || matchesAt(d.anaphors, rest) === null) continue;
    if (matchesAt(d.statement, before)?.index !== 0) continue;
    if (before.split(CLAUSE_MARKS).some((part) => opensAsking(part.trim(), d))) continue;
    return [
      { text: before.trim(), dashed: false },
      { ...clause, text: rest.trim() },
    ];
  }
  return [clause];
}

const WORD_START = /(?<![\p{L}\p{N}'’])[\p{L}\p{N}]/gu;

/** Whether a question frame opens anywhere in the text, at the start of one of its words. */
function asksWithin(text: string, d: DiscourseReading): boolean {
  return [...text.matchAll(WORD_START)].some((m) => opensAsking(text.slice(m.index), d));
}

/** Whether the clause is an aside wherever it stands: what the asker read, or their situation. */
function asideBefore(clause: string, d: DiscourseReading): boolean {
  const text = clause.trim();
  return matchesAt(d.recounting, text)?.index === 0 || tellsSituation(text, d);
}

/** Whether the clause tells the asker's own situation ("while I'm writing up my notes"). */
function tellsSituation(clause: string, d: DiscourseReading): boolean {
  return matchesAt(d.situation, clause)?.index === 0;
}

/**
 * The asker's situation and, after a comma, the question ("while I'm writing up my notes, how
 * many …?"): [situation, question], when no part of the situation asks.
 */
function situationThenAsk(clause: Clause, d: DiscourseReading): Clause[] {
  if (!d.situation || opensAsking(clause.text, d) || !tellsSituation(clause.text, d)) return [clause];
  for (const m of clause.text.matchAll(COMMA)) {
    const before = clause.text.slice(0, m.index);
    const rest = clause.text.slice(m.index + m[0].length);
    if (!opensAsking(rest, d)) continue;
    // "I'm writing a brief and … tell me which country sent an envoy, and who went?": a
    // question inside is no situation.
    if (asksWithin(before, d)) return [clause];
    return [
      { text: before.trim(), dashed: false },
      { ...clause, text: rest.trim() },
    ];
  }
  return [clause];
}

/** The question read as the clauses that ask and the context around them. */
export function readDiscourse(text: string, lang: Lang): Discourse {
  const d = languagePack(lang).discourse;
  const parts = sentences(text, d)
    .flatMap((s) => withoutPreface(s, d))
    .flatMap((s) => statementThenAsk(s, d))
    .flatMap((s) => situationThenAsk(s, d));
  const asks = parts.map((c) => clauseAsks(c.text, d));
  const asking = parts.filter((_, i) => asks[i]).map((c) => c.text);
  if (asking.length === 0 || asking.length === parts.length) return { asking: text, context: undefined };
  const context = parts.filter((_, i) => !asks[i]);
  // What the asker read or heard, or their own situation: an aside wherever it stands.
  const asideOnly = (c: Clause) => asideBefore(c.text, d);
  const topical = (c: Clause) => c.dashed && !asideOnly(c);
  // "ok so context: … shipped to the US. the fact sheet mentions auto parts — what rate …?": a
  // dash's topic is read with the question; the sentences before it stay an aside.
  const first = parts.findIndex((c, i) => asks[i] || topical(c));
  const lead = parts.slice(0, first);
  const at = first > 0 ? text.indexOf(parts[first]!.text) : -1;
  if (
    at > 0 &&
    context.some(topical) &&
    lead.every((c) => !c.dashed) &&
    parts.slice(first).every((c, i) => asks[first + i] || topical(c))
  )
    return {
      asking: text.slice(at).trim(),
      context: { text: lead.map((c) => c.text).join(" "), before: true, aside: true },
    };
  // "my uncle works at a car plant … he says the quota is …. is that right?": the situation is
  // an aside; the other statements are what the question may point back to.
  const situation = context.filter((c) => tellsSituation(c.text, d));
  const told = situation.length > 0;
  const said = context.filter((c) => !tellsSituation(c.text, d));
  return {
    asking: asking.join(" "),
    context: {
      text: said.map((c) => c.text).join(" "),
      before: !asks[0],
      aside: said.every((c) => !c.dashed || asideOnly(c)),
      ...(told ? { situation: situation.map((c) => c.text).join(" ") } : {}),
    },
  };
}

/** Whether the clause points back to what was said before ("that deadline", "その期限"). */
export function pointsBack(asking: string, lang: Lang): boolean {
  return matchesAt(languagePack(lang).discourse.anaphors, asking) !== null;
}

/** Whether the clause points back to someone named before ("when did he leave", "彼は"). */
export function pointsToSomeone(asking: string, lang: Lang): boolean {
  return matchesAt(languagePack(lang).discourse.pronouns, asking) !== null;
}

/**
 * The text with every pack's words that ask for no topic blanked out (same length): chat
 * ("lol", "rồi … xong"), asides ("実際に"), frames ("in relation to", "今日から見て").
 */
export function withoutNoTopic(text: string): string {
  let out = text;
  for (const d of allPacks().map((p) => p.discourse))
    for (const m of d.noTopic) {
      const { re, form } = expression(m, out);
      if (form.length !== out.length) continue;
      for (const found of form.matchAll(re))
        out =
          out.slice(0, found.index) + " ".repeat(found[0].length) + out.slice(found.index + found[0].length);
    }
  return out;
}
