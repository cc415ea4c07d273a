import type { Briefing, Fact } from "../../briefing/types.js";
import type { Lang } from "../../i18n/lang.js";
import { type ComputedWords, computedWords, fill } from "../../knowledge/computed-words.js";
import type { QuestionAnalysis } from "../analyze.js";
import { compose } from "../compose.js";
import type { BriefingIndex } from "../index-build.js";
import { formatDate } from "../messages.js";
import { search } from "../retrieve.js";
import { knownBy } from "../supersede.js";
import { indexTerms } from "../term-ids.js";
import type { Answer } from "../types.js";
import { citationsOf, markers, notCovered, reportedOn, twoFactAnswer } from "./cite.js";
import { coverage, MIN_COVERAGE, type Side } from "./compare-coverage.js";
import { goodsSides } from "./compare-goods.js";
import { rivalWords } from "./side-words.js";

/**
 * Comparisons across facts: "Who faces the higher U.S. tariff, Japan or Vietnam?" gives each
 * side's number from its own fact, cited, and which is higher and by how much. Both numbers
 * must be in facts, in the same unit, and about what the question asks; otherwise the bot
 * abstains rather than compare something else.
 */

/** Facts retrieval brings up to look for each side's number in. */
const SEARCH_DEPTH = 40;

/**
 * Whether the question asks to compare, and which way: +1 higher, -1 lower. A question of the
 * gap alone ("how big is the gap", "compare", "the same as") is answered as which is higher.
 */
export function comparisonDirection(question: string, lang: Lang): 1 | -1 | undefined {
  return comparisonAsked(question, lang)?.direction;
}

interface Asked {
  direction: 1 | -1;
  /** The question says which way ("higher", "lower"): it asks which one, not only how far apart. */
  which: boolean;
}

function comparisonAsked(question: string, lang: Lang): Asked | undefined {
  const w = computedWords(lang);
  const gap = w.gap.some((re) => re.test(question));
  if (!gap && !w.choice.some((re) => re.test(question))) return undefined;
  if (w.lower.some((re) => re.test(question))) return { direction: -1, which: true };
  if (w.higher.some((re) => re.test(question))) return { direction: 1, which: true };
  return gap ? { direction: 1, which: false } : undefined;
}

/** The best fact for one side: it names the entity and every other named one but its rival. */
function sideOf(
  entity: string,
  rival: string,
  context: readonly string[],
  facts: readonly Fact[],
  q: QuestionAnalysis,
  words: ComputedWords,
  replaced: ReadonlySet<Fact>,
  rivalOnly: ReadonlySet<string>,
  earlier: boolean,
  stated: ReadonlySet<number>,
): { fact: Fact; coverage: number }[] {
  const out: { fact: Fact; coverage: number }[] = [];
  for (const fact of facts) {
    if (fact.numbers.length === 0) continue;
    const ids = new Set(fact.entities.map((e) => e.entity));
    if (!ids.has(entity) || ids.has(rival) || context.some((c) => !ids.has(c))) continue;
    const c = coverage(q, fact, words, rivalOnly);
    // A question of nothing but the two sides and its cue words ("Japan's rate vs Vietnam's
    // rate") has no words to check: the pair's measures must then be of one kind (sameKind).
    if (c >= MIN_COVERAGE || Number.isNaN(c)) out.push({ fact, coverage: Number.isNaN(c) ? 0 : c });
  }
  // A fact holding a figure the question states first ("if Japan's is 24%…"); then figures in
  // effect before replaced ones (replaced ones first when the question asks of the figures as
  // first planned: `earlier`); then best covering; then key facts (the headline rate, not a
  // passing mention of it).
  const order = earlier ? -1 : 1;
  return out.sort(
    (x, y) =>
      Number(holdsStated(y.fact, stated)) - Number(holdsStated(x.fact, stated)) ||
      order * (Number(replaced.has(x.fact)) - Number(replaced.has(y.fact))) ||
      y.coverage - x.coverage ||
      Number(y.fact.key) - Number(x.fact.key),
  );
}

/**
 * The figures a question gives ("if Japan's is 24% and Vietnam's 46%"), as numbers; none when it
 * checks one ("Is Japan facing the same 46% as Vietnam?", "…, 46%?"): that is asked of now.
 */
function statedValues(q: QuestionAnalysis): Set<number> {
  if (q.wants.includes("yesno") || q.checksClaim || q.offered !== undefined) return new Set();
  return new Set(q.figures.map(Number).filter((n) => Number.isFinite(n)));
}

/** Whether a fact holds a figure the question states. */
function holdsStated(fact: Fact, stated: ReadonlySet<number>): boolean {
  return stated.size > 0 && fact.numbers.some((n) => stated.has(n.value));
}

/** A fact's numbers, those the question states first. */
function statedFirst(fact: Fact, stated: ReadonlySet<number>): Fact["numbers"] {
  return [...fact.numbers].sort((x, y) => Number(stated.has(y.value)) - Number(stated.has(x.value)));
}

/**
 * The two sides compared, or undefined when no pair of facts holds comparable numbers. Each
 * side's figure is the one in effect at `now`: a superseded rate is not compared.
 */
export function findSides(q: QuestionAnalysis, index: BriefingIndex, now: Date): [Side, Side] | undefined {
  const words = computedWords(q.lang);
  const ids: string[] = [];
  for (const m of q.mentions) if (!m.external && !ids.includes(m.id)) ids.push(m.id);
  const grouped = new Set(q.mentions.filter((m) => m.group !== undefined).map((m) => m.id));
  const pairs: [string, string][] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i]!, ids[j]!]);
  // Names joined by "or" are what is compared; others ("U.S.") are context both facts share.
  pairs.sort(
    (a, b) => Number(grouped.has(b[0]) && grouped.has(b[1])) - Number(grouped.has(a[0]) && grouped.has(a[1])),
  );
  const today = now.toISOString().slice(0, 10);
  /** Facts a successor known by `now` replaced: compared only when no figure in effect answers. */
  const replaced = new Set<Fact>();
  const facts = [
    ...new Set(
      search(index, q.queryTerms, SEARCH_DEPTH)
        .map((h) => index.facts[h.doc]!)
        // A replacement that had not happened by `now` is not yet the figure in effect.
        .filter((f) => !(f.supersedes && f.date && f.date > today))
        // The figure in effect first; the one it replaced stays for a question only it answers
        // ("the reciprocal tariff" threatened in April).
        .flatMap((f) => {
          // The fact in effect at `now` in place of this one: its latest successor known by then.
          const current = knownBy(f, index.briefing, now)[0] ?? f;
          if (current !== f) replaced.add(f);
          return [current, f];
        }),
    ),
  ];
  const rivals = rivalWords(q);
  const none = new Set<string>();
  const bare = Number.isNaN(coverage(q, EMPTY_FACT, words, none));
  const stated = statedValues(q);
  // "If Japan's rate is 24%…": figures the question states that only replaced facts hold are of
  // the time before (April's threatened rates): the other side's figure is then of that time too.
  const earlier =
    words.earlier.some((re) => re.test(q.question)) ||
    facts.some((f) => replaced.has(f) && holdsStated(f, stated));
  for (const [a, b] of pairs) {
    const context = ids.filter((id) => id !== a && id !== b);
    const as = sideOf(a, b, context, facts, q, words, replaced, rivals.get(a) ?? none, earlier, stated);
    const bs = sideOf(b, a, context, facts, q, words, replaced, rivals.get(b) ?? none, earlier, stated);
    const sides = sideNames(index.briefing, [a, b]);
    // The best-covering fact of each side, in a unit both have (and, asked of nothing but the
    // sides, a measure of one kind).
    for (const x of as)
      for (const y of bs)
        for (const nx of statedFirst(x.fact, stated))
          for (const ny of statedFirst(y.fact, stated))
            if (nx.unit === ny.unit && (!bare || sameKind(nx.measure, ny.measure, sides)))
              return [
                { entity: a, fact: x.fact, value: nx.value, unit: nx.unit },
                { entity: b, fact: y.fact, value: ny.value, unit: ny.unit },
              ];
  }
  return undefined;
}

/** A fact with no words: the question's own words are counted against it alone. */
const EMPTY_FACT = {
  statement: { en: "", ja: "", vi: "" },
  questions: { en: [], ja: [], vi: [] },
  numbers: [],
} as unknown as Fact;

/** The terms of the two sides' English names ("Japan", "Japanese", "Vietnam's government"). */
function sideNames(briefing: Briefing, ids: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const id of ids)
    for (const name of briefing.byId.entity.get(id)?.names.en ?? [])
      for (const t of indexTerms(name, "en")) out.add(t);
  return out;
}

/**
 * Rule same-kind-measure: two figures asked of nothing but their sides ("Japan's rate vs
 * Vietnam's rate") are compared only when their measures say the same thing but for the side:
 * the words of one, less the sides' names, are all words of the other ("U.S. tariff rate on
 * imports from Japan under the July 2025 deal" and "… from Vietnam under the July 2025 deal").
 * A share of exports is not a tariff rate, whatever their unit.
 */
export function sameKind(a: string, b: string, sides: ReadonlySet<string>): boolean {
  const terms = (m: string) => new Set(indexTerms(m, "en").filter((t) => !sides.has(t)));
  const x = terms(a);
  const y = terms(b);
  if (x.size === 0 || y.size === 0) return false;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return [...small].every((t) => large.has(t));
}

function formatNumber(value: number, words: ComputedWords): string {
  const [whole, frac] = String(Math.round(value * 100) / 100).split(".") as [string, string?];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, words.templates.thousands);
  return frac ? `${grouped}${words.templates.thousands === "." ? "," : "."}${frac}` : grouped;
}

/** How a number of a briefing unit is written, as a value and as a difference. */
export function unitForms(
  words: ComputedWords,
  unit: string,
  n: number,
): { value: string; difference: string } {
  const forms = words.units[unit] ?? words.units["*"]!;
  const vars = { n: formatNumber(n, words), unit };
  return { value: fill(forms.value, vars), difference: fill(forms.difference, vars) };
}

/**
 * The answer to a comparison question, an abstention when it is one but the briefing holds no
 * comparable numbers, or undefined when the question does not compare.
 */
export function comparisonAnswer(
  q: QuestionAnalysis,
  index: BriefingIndex,
  lang: Lang,
  now: Date,
  topicId: string | undefined,
): Answer | undefined {
  const cued = comparisonAsked(q.question, q.lang);
  const asked = cued ?? statedComparison(q);
  const named = new Set(q.mentions.filter((m) => !m.external).map((m) => m.id));
  if (asked === undefined) return undefined;
  const briefing = index.briefing;
  // "Steel and aluminium vs other goods": sides of goods, not of names.
  if (named.size < 2) {
    const goods = cued ? goodsSides(q, index, now) : undefined;
    return goods && written(goods, asked.direction, briefing, lang, now);
  }
  // "The ethanol tariff the UK is cutting, or the car tariff the US keeps?": two goods compared,
  // the names each side's context, when no pair of names holds the figures.
  const sides = findSides(q, index, now) ?? (cued ? goodsSides(q, index, now) : undefined);
  // "Japan was 24%, and Vietnam?": one side's figure given, the other's asked, of two of a kind.
  if (!cued && sides && !statedSides(sides, q, briefing)) return undefined;
  // "Japan or China?" named as the choice but not comparable: not covered. Without such a
  // choice ("What did Xi offer to import more of?") it is not a comparison: the engine answers;
  // so it does a gap asked of no figures ("compare the tariffs Washington threatened…").
  const choice = asked.which && q.mentions.filter((m) => m.group !== undefined && !m.external).length >= 2;
  if (!sides) return choice ? notCovered(briefing, lang, topicId) : undefined;
  return written(sides, asked.direction, briefing, lang, now);
}

/**
 * A question that gives one side's figure and asks a number of the other ("日本が24%でベトナムは
 * 何%?", "Japan got 24%, what did Vietnam get?"): compared as a gap, the stated figure checked.
 * A guess offered to check ("…, 46%?") or a yes/no question is not one.
 */
function statedComparison(q: QuestionAnalysis): Asked | undefined {
  if (q.figures.length === 0 || q.offered !== undefined || q.checksClaim) return undefined;
  if (!q.wants.includes("number") || q.wants.includes("yesno")) return undefined;
  return { direction: 1, which: false };
}

/** The sides are of one kind (two countries) and one holds a figure the question states. */
function statedSides(sides: readonly [Side, Side], q: QuestionAnalysis, briefing: Briefing): boolean {
  const kind = (s: Side) => briefing.byId.entity.get(s.entity)?.kind;
  const stated = statedValues(q);
  return kind(sides[0]) === kind(sides[1]) && sides.some((s) => stated.has(s.value));
}

/**
 * The figures the compared ones replaced (April's threatened rates, before the July deals), in
 * the sides' unit: compared after them, as an answer gives a replaced fact after its successor.
 */
export function earlierSides(sides: readonly [Side, Side], briefing: Briefing): [Side, Side] | undefined {
  const [a, b] = sides;
  const before = (s: Side) => (s.fact.supersedes ? briefing.byId.fact.get(s.fact.supersedes) : undefined);
  const fa = before(a);
  const fb = before(b);
  if (!fa || !fb) return undefined;
  const na = fa.numbers.find((n) => n.unit === a.unit);
  const nb = fb.numbers.find((n) => n.unit === b.unit);
  if (!na || !nb) return undefined;
  return [
    { entity: a.entity, fact: fa, value: na.value, unit: na.unit },
    { entity: b.entity, fact: fb, value: nb.value, unit: nb.unit },
  ];
}

function nameOf(briefing: Briefing, id: string, lang: Lang): string {
  return briefing.byId.entity.get(id)?.names[lang][0] ?? id;
}

/** Which templates a comparison is written with: of the figures compared, or of those they replaced. */
interface Tense {
  higher: string;
  lower: string;
  same: string;
}

/** "Japan: 24% [1]; Vietnam: 46% [2]. Vietnam's is higher, by 22 percentage points." */
function comparedText(
  sides: readonly [Side, Side],
  direction: 1 | -1,
  briefing: Briefing,
  lang: Lang,
  tense: Tense,
  start: number,
): string {
  const words = computedWords(lang);
  const t = words.templates;
  const [a, b] = sides;
  // Each side's citations as compose numbers them (the second fact's follow the first's).
  const countA = citationsOf(briefing, a.fact).length;
  const countB = citationsOf(briefing, b.fact).length;
  const each = [
    fill(t.compareEach, {
      name: nameOf(briefing, a.entity, lang),
      value: unitForms(words, a.unit, a.value).value,
      cite: markers(start, countA),
    }),
    fill(t.compareEach, {
      name: nameOf(briefing, b.entity, lang),
      value: unitForms(words, b.unit, b.value).value,
      cite: markers(start + countA, countB),
    }),
  ].join(t.compareJoin);
  let result: string;
  if (a.value === b.value) result = fill(tense.same, { value: unitForms(words, a.unit, a.value).value });
  else {
    const winner = a.value > b.value === (direction === 1) ? a : b;
    const difference = unitForms(words, a.unit, Math.abs(a.value - b.value)).difference;
    result = fill(direction === 1 ? tense.higher : tense.lower, {
      name: nameOf(briefing, winner.entity, lang),
      difference,
    });
  }
  return `${each}${t.sentenceEnd}${t.gap}${result}`;
}

function written(sides: [Side, Side], direction: 1 | -1, briefing: Briefing, lang: Lang, now: Date): Answer {
  const words = computedWords(lang);
  const t = words.templates;
  const [a, b] = sides;
  const present = { higher: t.compareHigher, lower: t.compareLower, same: t.compareSame };
  const reported = sides
    .filter((s) => s.fact.status === "reported")
    .map((s) => reportedOn(briefing, s.fact))
    .filter((d): d is string => d !== undefined)
    .sort();
  const lead = reported.length > 0 ? fill(t.reportedAsOf, { date: formatDate(reported.at(-1)!, lang) }) : "";
  let computed = `${lead}${comparedText(sides, direction, briefing, lang, present, 0)}`;
  const earlier = earlierSides(sides, briefing);
  if (!earlier) {
    // The two facts as stated follow when they fit; their markers number as the sides' do.
    const stated = compose(
      briefing,
      sides.map((s) => ({ fact: s.fact, attributed: false })),
      lang,
      now,
    );
    return twoFactAnswer(briefing, lang, [a.fact, b.fact], computed, stated, t.gap, 0);
  }
  // The figures these replaced follow, numbered after them: "Before that, as reported on …".
  const past = { higher: t.compareHigherBefore, lower: t.compareLowerBefore, same: t.compareSameBefore };
  const start = citationsOf(briefing, a.fact).length + citationsOf(briefing, b.fact).length;
  const date = earlier
    .map((s) => reportedOn(briefing, s.fact))
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
  computed += `${t.gap}${fill(t.compareBefore, { date: date ? formatDate(date, lang) : "" })}`;
  computed += comparedText(earlier, direction, briefing, lang, past, start);
  const answer = twoFactAnswer(
    briefing,
    lang,
    [a.fact, b.fact],
    computed,
    { text: "", factIds: [] },
    t.gap,
    0,
  );
  return {
    ...answer,
    citations: [
      ...answer.citations,
      ...citationsOf(briefing, earlier[0].fact),
      ...citationsOf(briefing, earlier[1].fact),
    ],
    factIds: [...answer.factIds, earlier[0].fact.id, earlier[1].fact.id],
  };
}
