import type { Role } from "../../briefing/schema.js";
import type { Fact } from "../../briefing/types.js";
import type { ContentWord, QuestionAnalysis, QuestionMention } from "../analyze.js";
import { termsOfFact } from "../fact-entries.js";
import type { BriefingIndex } from "../index-build.js";
import { postedTerms } from "../index-fact-terms.js";
import { fold } from "../normalize.js";
import { factText } from "./fact-text.js";
import { mentionsEntity } from "./mentions.js";
import { describesNamedSource, namedSourceStems } from "./source-words.js";

export { factText };

/**
 * What the fit rules read about one question and one candidate fact: the inputs, and what
 * several rules share, worked out once (the fact's terms and text, the question's words the
 * fact does not state, how each named entity stands in the fact).
 */

/** How one entity the question names stands in the fact; each rule reads the cases it judges. */
export type MentionCase =
  /** The question's origin (whose people or goods) is not the fact's origin. */
  | "origin-mismatch"
  /** A name the briefing does not cover (from the world file), and whether the fact writes it. */
  | "external-stated"
  | "external-unstated"
  /** Not among the fact's entities, but speaks through another: a partner, capital, leader. */
  | "stands-in"
  /** Covered only as one of "every country" the fact speaks of. */
  | "broad"
  /** Not in the fact at all. */
  | "absent"
  /** A location in the question, whose people (origin) or actor the fact places elsewhere. */
  | "location-as-origin"
  /** In the fact with roles to compare with the question's. */
  | "in-fact";

const termCache = new WeakMap<Fact, Set<string>>();
const pairedCache = new WeakMap<Fact, Set<string>>();

/** The fact's index terms (as `index`'s postings hold them, when they can tell: index-fact-terms.ts). */
export function factTerms(fact: Fact, index: BriefingIndex): Set<string> {
  let terms = termCache.get(fact);
  if (!terms) {
    terms = new Set(postedTerms(index, fact) ?? termsOfFact(fact));
    termCache.set(fact, terms);
  }
  return terms;
}

/** The Vietnamese syllables the fact has in a pair with a neighbour ("thoi" in "thoi_han"). */
export function pairedSyllables(fact: Fact, index: BriefingIndex): Set<string> {
  let paired = pairedCache.get(fact);
  if (!paired) {
    paired = new Set<string>();
    for (const t of factTerms(fact, index)) {
      const at = t.indexOf("_");
      if (at > 0 && /^[a-z_]+$/.test(t)) {
        paired.add(t.slice(0, at));
        paired.add(t.slice(at + 1));
      }
    }
    pairedCache.set(fact, paired);
  }
  return paired;
}

/** How much of the question's content the fact states. */
export interface Coverage {
  /** Weight of the question's words the fact states (a topic's word counts 0.6). */
  covered: number;
  total: number;
  /** The question's words this fact does not state. */
  notInFact: string[];
  /** …of which not even the fact's topics speak. */
  missing: string[];
}

export class FitContext {
  private coverageMemo: Coverage | undefined;
  private casesMemo: Map<QuestionMention, MentionCase> | undefined;
  private originsMemo: Set<string> | undefined;
  private topicMemo: Set<string>[] | undefined;

  constructor(
    readonly q: QuestionAnalysis,
    readonly fact: Fact,
    readonly index: BriefingIndex,
    readonly personIds: ReadonlySet<string>,
    /** Ids of the briefing's groups that stand for every country. */
    readonly universalGroups: ReadonlySet<string>,
  ) {}

  get terms(): Set<string> {
    return factTerms(this.fact, this.index);
  }

  get text(): string {
    return factText(this.fact);
  }

  /** The roles the fact gives an entity. */
  rolesOf(id: string): Role[] {
    return this.fact.entities.filter((e) => e.entity === id).map((e) => e.role);
  }

  /**
   * The roles the fact gives the entity a question's mention names; a capital named as the side
   * that acts speaks for its government: "Hanoi sent an envoy" is Vietnam acting, so where
   * the fact has the city only as a place, its country's roles are compared.
   */
  rolesFor(m: QuestionMention): Role[] {
    return this.speaksForGovernment(m) ? this.rolesOf(governmentOf(this.index, m)!) : this.rolesOf(m.id);
  }

  /** Whether the mention is a capital named as the side that acts, whose roles are its country's (see rolesFor). */
  speaksForGovernment(m: QuestionMention): boolean {
    const government = governmentOf(this.index, m);
    return government !== undefined && this.rolesOf(m.id).every((r) => r === "location");
  }

  mentions(id: string): boolean {
    return mentionsEntity(this.index, this.fact, id);
  }

  /** The index terms of the fact's topics. */
  get topicTerms(): Set<string>[] {
    this.topicMemo ??= this.fact.topics
      .map((t) => this.index.topicTerms.get(t))
      .filter((s) => s !== undefined);
    return this.topicMemo;
  }

  /** The fact's origin entities: listed with role origin, or implied by a group it names. */
  get origins(): Set<string> {
    if (!this.originsMemo) {
      const out = new Set<string>();
      for (const e of this.fact.entities) {
        if (e.role === "origin") out.add(e.entity);
        for (const o of this.index.impliedOrigins.get(e.entity) ?? []) out.add(o);
      }
      this.originsMemo = out;
    }
    return this.originsMemo;
  }

  get coverage(): Coverage {
    this.coverageMemo ??= coverageOf(this);
    return this.coverageMemo;
  }

  caseOf(m: QuestionMention): MentionCase {
    this.casesMemo ??= new Map(this.q.mentions.map((x) => [x, mentionCase(this, x)]));
    return this.casesMemo.get(m) ?? mentionCase(this, m);
  }
}

/** The day of the week of a fact's date given to the day (0 Sunday … 6 Saturday). */
export function weekdayOf(date: string | undefined): number | undefined {
  const m = date === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay() : undefined;
}

function coverageOf(ctx: FitContext): Coverage {
  const { q, terms } = ctx;
  let total = 0;
  let covered = 0;
  const missing: string[] = [];
  const notInFact: string[] = [];
  const sourceStems = namedSourceStems(q, ctx.fact, ctx.index);
  for (const w of q.words) {
    total += w.weight;
    // A Vietnamese syllable is read in the sense of its neighbours ("thời tiết" is not "thời
    // hạn"); where the fact has it only beside stop words ("đạt được đồng thuận"), there is no
    // neighbour to compare and the syllable stands.
    const inSense =
      w.context.length === 0 ||
      w.context.some((t) => terms.has(t)) ||
      w.terms.every((t) => !pairedSyllables(ctx.fact, ctx.index).has(t));
    const stated =
      (inSense && holdsTerms(w, (t) => terms.has(t) || (t.length === 1 && ctx.text.includes(t)))) ||
      (w.weekday !== undefined && weekdayOf(ctx.fact.date) === w.weekday) ||
      (q.countryWords.has(w.word) && holdsOtherCountry(ctx));
    if (stated || describesNamedSource(w.word, sourceStems)) covered += w.weight;
    else {
      notInFact.push(w.word);
      if (w.terms.some((t) => ctx.topicTerms.some((s) => s.has(t)))) covered += 0.6 * w.weight;
      else missing.push(w.word);
    }
  }
  return { covered, total, notInFact, missing };
}

/** The fact holds the word's terms: any one, or the share the word asks for (ContentWord.minShare). */
function holdsTerms(w: ContentWord, held: (term: string) => boolean): boolean {
  if (w.minShare === undefined) return w.terms.some(held);
  return w.terms.filter(held).length >= w.minShare * w.terms.length;
}

/**
 * "Which country…": the fact holds a country the question does not name, the kind asked for;
 * it states "country" as an answer does (fit rule country-held judges the rest).
 */
function holdsOtherCountry(ctx: FitContext): boolean {
  return ctx.fact.entities.some(
    (e) => !ctx.q.entityIds.has(e.entity) && ctx.index.briefing.byId.entity.get(e.entity)?.kind === "country",
  );
}

/**
 * The country a capital named as the side that acts stands for ("Hanoi sent", "Tokyo pledged").
 * Not a capital gone or returned to ("back to Tokyo"): that is the city.
 */
function governmentOf(index: BriefingIndex, m: QuestionMention): string | undefined {
  return m.role === "agent" ? index.capitalOf.get(m.id) : undefined;
}

/** How a named entity stands in the fact (see MentionCase); the order of the tests matters. */
function mentionCase(ctx: FitContext, m: QuestionMention): MentionCase {
  const { q, fact, index } = ctx;
  // People or goods from X are not those from Y: origin is exclusive.
  const isGroup = index.impliedOrigins.has(m.id);
  // A leader's exports are their country's: "did Trump say exports…" agrees with U.S. goods.
  const actsFor = index.leaderOf.get(m.id);
  const sameOrigin = ctx.origins.has(m.id) || (actsFor !== undefined && ctx.origins.has(actsFor));
  if (!m.external && !isGroup && m.role === "origin" && ctx.origins.size > 0 && !sameOrigin)
    return "origin-mismatch";
  if (m.external) return ctx.text.includes(fold(m.surface)) ? "external-stated" : "external-unstated";
  const roles = ctx.rolesOf(m.id);
  // "Who did Hanoi send?": the government of the capital, which the fact has only as the place
  // where something happened, or not at all: its country's roles stand for it.
  if (ctx.speaksForGovernment(m)) {
    const government = governmentOf(index, m)!;
    if (ctx.rolesOf(government).length > 0) return "in-fact";
    if (roles.length > 0) return ctx.mentions(government) ? "stands-in" : "absent";
  }
  if (roles.length === 0) {
    // "Japan and Vietnam": a fact about either one still speaks to the question.
    const partner =
      m.group !== undefined &&
      q.mentions.some(
        (o) =>
          o !== m &&
          o.group === m.group &&
          (fact.entities.some((e) => e.entity === o.id) || ctx.mentions(o.id)),
      );
    if (partner && !ctx.mentions(m.id)) return "stands-in";
    // A capital stands for its government; a leader for their country when it acts in the fact.
    const capital = m.role !== "location" ? index.capitalOf.get(m.id) : undefined;
    if (capital && (fact.entities.some((e) => e.entity === capital) || ctx.mentions(capital)))
      return "stands-in";
    // "in Hanoi" is in Vietnam: a fact set in the capital's country is set there too.
    const country = m.role === "location" ? index.capitalOf.get(m.id) : undefined;
    if (country && fact.entities.some((e) => e.entity === country && e.role === "location"))
      return "stands-in";
    const led = index.leaderOf.get(m.id);
    if (
      led &&
      fact.entities.some((e) => e.entity === led && (e.role === "agent" || e.role === "counterpart"))
    )
      return "stands-in";
    // A measure on imports from every country applies to this country's goods too.
    if (
      m.role !== "agent" &&
      m.role !== "location" &&
      index.briefing.byId.entity.get(m.id)?.kind === "country" &&
      fact.entities.some((e) => e.role === "recipient" && ctx.universalGroups.has(e.entity))
    )
      return "broad";
    return ctx.mentions(m.id) ? "stands-in" : "absent";
  }
  // "in X" where the fact has X as whose people they are, and places them elsewhere.
  if (
    m.role === "location" &&
    (roles.includes("origin") || roles.includes("agent")) &&
    !roles.includes("location") &&
    fact.entities.some((e) => e.role === "location" && e.entity !== m.id)
  )
    return "location-as-origin";
  return "in-fact";
}
