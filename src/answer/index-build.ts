import type { Briefing, Fact } from "../briefing/types.js";
import { LANGS, type Lang } from "../i18n/lang.js";
import { buildEntityMatcher, type EntityMatcher } from "./entities.js";
import { fold } from "./normalize.js";
import { indexTerms, TermIds, TermIdTokenizer } from "./term-ids.js";

/**
 * The search index of one briefing: a weighted inverted index over each fact's statements,
 * alternate questions and number measures in all three languages, plus entity tokens
 * ("@japan"); topic names and keywords form a second, small index. Built once per Briefing
 * object (a reload makes a new object, hence a new index).
 */

/** Field weights: the statement is the fact; alternates are how people ask for it. */
const HAN_ALL = /\p{Script=Han}/gu;
const W_STATEMENT = 1;
const W_QUESTION = 0.8;
const W_MEASURE = 0.6;
const W_ENTITY = 1;

/** The facts a term occurs in (ascending) and its weight in each, as a code into `weightValues`. */
export interface Postings {
  docs: Int32Array;
  weightCodes: Uint8Array | Uint16Array;
}

export interface BriefingIndex {
  briefing: Briefing;
  facts: readonly Fact[];
  postings: Map<string, Postings>;
  /** Weight code → weight (a handful of values: field weights plus repeat bonuses, capped). */
  weightValues: Float64Array;
  docLength: Float32Array;
  averageLength: number;
  /** Terms of each topic's name and keywords. */
  topicTerms: Map<string, Set<string>>;
  /** topic term → topic ids. */
  topicPostings: Map<string, string[]>;
  /** Every term any part of the briefing uses (facts, topics, entity names). */
  vocabulary: Set<string>;
  /** Single kanji used in the Japanese texts (built on first need: "住" as a one-kanji question word). */
  kanji: () => Set<string>;
  /** Latin vocabulary bucketed by length, for typo correction. */
  vocabularyByLength: Map<number, string[]>;
  entities: EntityMatcher;
  /** Group entity → the countries its names start with ("Vietnamese PhD students" → vietnam). */
  impliedOrigins: Map<string, string[]>;
  /** A capital city → its country, for "Tokyo views Hanoi" (the governments, not the cities). */
  capitalOf: Map<string, string>;
  /** A leader or official → their country ("Japanese prime minister" → japan), for "Ishiba" in a Japan fact. */
  leaderOf: Map<string, string>;
  factPosition: Map<string, number>;
}

/** A term's weight is its best field's, plus a little for each repeat, at most W_CAP. */
const REPEAT_BONUS = 0.05;
const W_CAP = 1.2;

/** Each field's index terms with its weight, then each entity token ("@japan"). */
function forEachField(
  fact: Fact,
  field: (terms: string[], weight: number) => void,
  entity: (term: string) => void,
): void {
  for (const lang of LANGS) {
    field(indexTerms(fact.statement[lang], lang), W_STATEMENT);
    for (const q of fact.questions[lang]) field(indexTerms(q, lang), W_QUESTION);
  }
  for (const n of fact.numbers) field(indexTerms(n.measure, "en"), W_MEASURE);
  for (const e of fact.entities) entity(`@${e.entity}`);
}

/** The weighted terms of one fact: term → weight (best field, plus a little for repeats). */
export function factTermWeights(fact: Fact): Map<string, number> {
  const weights = new Map<string, number>();
  forEachField(
    fact,
    (terms, w) => {
      for (const t of terms) {
        const prev = weights.get(t);
        weights.set(t, prev === undefined ? w : Math.max(prev, w) + REPEAT_BONUS);
      }
    },
    (t) => weights.set(t, W_ENTITY),
  );
  for (const [t, w] of weights) if (w > W_CAP) weights.set(t, W_CAP);
  return weights;
}

const cache = new WeakMap<Briefing, BriefingIndex>();

/** The index of a briefing, built on first use and cached for that Briefing object. */
export function indexFor(briefing: Briefing): BriefingIndex {
  let index = cache.get(briefing);
  if (!index) {
    index = buildIndex(briefing);
    cache.set(briefing, index);
  }
  return index;
}

export function buildIndex(briefing: Briefing): BriefingIndex {
  const facts = briefing.facts;
  const { postings, weightValues, docLength, total } = buildPostings(facts);
  const topicTerms = new Map<string, Set<string>>();
  const topicPostings = new Map<string, string[]>();
  for (const topic of briefing.topics) {
    const terms = new Set<string>();
    for (const lang of LANGS) for (const t of indexTerms(topic.name[lang], lang)) terms.add(t);
    for (const k of topic.keywords) {
      for (const lang of LANGS) for (const t of indexTerms(k, lang)) terms.add(t);
    }
    topicTerms.set(topic.id, terms);
    for (const t of terms) {
      const list = topicPostings.get(t) ?? [];
      list.push(topic.id);
      topicPostings.set(t, list);
    }
  }

  const vocabulary = new Set<string>(postings.keys());
  for (const terms of topicTerms.values()) for (const t of terms) vocabulary.add(t);
  for (const e of briefing.entities) {
    for (const lang of LANGS)
      for (const n of e.names[lang]) for (const t of indexTerms(n, lang)) vocabulary.add(t);
  }
  const vocabularyByLength = new Map<number, string[]>();
  for (const t of vocabulary) {
    if (!/^[a-z]+$/.test(t)) continue;
    const list = vocabularyByLength.get(t.length) ?? [];
    list.push(t);
    vocabularyByLength.set(t.length, list);
  }

  return {
    briefing,
    facts,
    postings,
    weightValues,
    docLength,
    averageLength: facts.length > 0 ? total / facts.length : 1,
    topicTerms,
    topicPostings,
    vocabulary,
    vocabularyByLength,
    kanji: lazyKanji(facts),
    entities: buildEntityMatcher(briefing),
    impliedOrigins: impliedOrigins(briefing),
    capitalOf: capitals(briefing),
    leaderOf: leaders(briefing),
    factPosition: new Map(facts.map((f, i) => [f.id, i])),
  };
}

/**
 * The inverted index in two passes over term ids: first every fact's (term, weight) pairs
 * into two flat typed arrays, then one shared docs array and one codes array laid out term
 * by term (each term's postings are views into them). Texts are tokenized straight to ids
 * (TermIdTokenizer); a fact's repeats are found by id, without a per-fact map. Weights,
 * postings order and term order are those of factTermWeights fact by fact.
 */
function buildPostings(facts: readonly Fact[]): {
  postings: Map<string, Postings>;
  weightValues: Float64Array;
  docLength: Float32Array;
  total: number;
} {
  const registry = new TermIds();
  const tokenizer = new TermIdTokenizer(registry);
  let df = new Uint32Array(1024);
  /** Per term id: the last fact it was seen in, and its slot in that fact's list. */
  let seenIn = new Int32Array(1024).fill(-1);
  let slot = new Int32Array(1024);
  // The current fact's distinct terms and their weights (float64, as in factTermWeights).
  let factTerms = new Int32Array(256);
  let factWeights = new Float64Array(256);
  let m = 0;
  let current = 0;
  // Every fact's entries: term id and weight code (weights take a handful of values).
  let entryTerm = new Uint32Array(1024);
  let entryCode = new Uint16Array(1024);
  let entries = 0;
  const values: number[] = [];
  const factEnd = new Uint32Array(facts.length);
  const docLength = new Float32Array(facts.length);
  let total = 0;

  const note = (id: number, w: number, replace: boolean): void => {
    if (id >= df.length) {
      const size = Math.max(df.length * 2, id + 1);
      df = grow(df, new Uint32Array(size));
      seenIn = grow(seenIn, new Int32Array(size).fill(-1));
      slot = grow(slot, new Int32Array(size));
    }
    if (seenIn[id] === current) {
      const k = slot[id]!;
      factWeights[k] = replace ? w : Math.max(factWeights[k]!, w) + REPEAT_BONUS;
      return;
    }
    seenIn[id] = current;
    if (m === factTerms.length) {
      factTerms = grow(factTerms, new Int32Array(m * 2));
      factWeights = grow(factWeights, new Float64Array(m * 2));
    }
    slot[id] = m;
    factTerms[m] = id;
    factWeights[m] = w;
    m++;
  };
  const field = (text: string, lang: Lang, w: number): void => {
    const count = tokenizer.tokenize(text, lang);
    const ids = tokenizer.ids;
    for (let k = 0; k < count; k++) note(ids[k]!, w, false);
  };

  for (let i = 0; i < facts.length; i++) {
    const fact = facts[i]!;
    current = i;
    m = 0;
    for (const lang of LANGS) {
      field(fact.statement[lang], lang, W_STATEMENT);
      for (const q of fact.questions[lang]) field(q, lang, W_QUESTION);
    }
    for (const n of fact.numbers) field(n.measure, "en", W_MEASURE);
    for (const e of fact.entities) note(registry.idOf(`@${e.entity}`), W_ENTITY, true);
    if (entries + m > entryTerm.length) {
      const size = Math.max(entryTerm.length * 2, entries + m);
      entryTerm = grow(entryTerm, new Uint32Array(size));
      entryCode = grow(entryCode, new Uint16Array(size));
    }
    let length = 0;
    for (let k = 0; k < m; k++) {
      const id = factTerms[k]!;
      const w = Math.min(factWeights[k]!, W_CAP);
      // Postings keep the weight as float32, by code; codes are numbered in order of first use.
      const stored = Math.fround(w);
      let code = values.indexOf(stored);
      if (code === -1) {
        code = values.length;
        values.push(stored);
      }
      df[id]!++;
      entryTerm[entries] = id;
      entryCode[entries] = code;
      entries++;
      length += w;
    }
    factEnd[i] = entries;
    docLength[i] = length;
    total += length;
  }
  const terms = registry.terms;
  const start = new Uint32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) start[t + 1] = start[t]! + df[t]!;
  const fill = start.slice(0, terms.length);
  const docs = new Int32Array(entries);
  // One byte a posting where the weights allow (they take a handful of values).
  const codes = values.length <= 256 ? new Uint8Array(entries) : new Uint16Array(entries);
  let e = 0;
  for (let i = 0; i < facts.length; i++) {
    for (const end = factEnd[i]!; e < end; e++) {
      const at = fill[entryTerm[e]!]!++;
      docs[at] = i;
      codes[at] = entryCode[e]!;
    }
  }
  const postings = new Map<string, Postings>();
  for (let t = 0; t < terms.length; t++) {
    const from = start[t]!;
    const to = start[t + 1]!;
    postings.set(terms[t]!, { docs: docs.subarray(from, to), weightCodes: codes.subarray(from, to) });
  }
  return { postings, weightValues: Float64Array.from(values), docLength, total };
}

/** `into` (larger) with `from`'s contents copied to its start. */
function grow<T extends Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array>(
  from: T,
  into: T,
): T {
  into.set(from);
  return into;
}

/** Whose people or goods a group is, read from its names: "Japanese companies in Vietnam" → japan. */
function impliedOrigins(briefing: Briefing): Map<string, string[]> {
  const countries = briefing.entities.filter((e) => e.kind === "country");
  const out = new Map<string, string[]>();
  for (const group of briefing.entities) {
    if (group.kind !== "group") continue;
    const origins = countries
      .filter((c) =>
        (["en", "vi"] as const).some((l) =>
          group.names[l].some((g) => {
            const name = fold(g);
            return c.names[l].some((n) => {
              const country = fold(n);
              return name.startsWith(`${country} `);
            });
          }),
        ),
      )
      .map((c) => c.id);
    if (origins.length > 0) out.set(group.id, origins);
  }
  return out;
}

/** Places named "<country> capital" in English stand for that country's government. */
function capitals(briefing: Briefing): Map<string, string> {
  const countries = briefing.entities.filter((e) => e.kind === "country");
  const out = new Map<string, string>();
  for (const place of briefing.entities) {
    if (place.kind !== "place") continue;
    for (const name of place.names.en) {
      const m = /^(.+) capital$/.exec(fold(name));
      if (!m) continue;
      const country = countries.find((c) => c.names.en.some((n) => fold(n) === m[1]));
      if (country) out.set(place.id, country.id);
    }
  }
  return out;
}

const OFFICE =
  /^(.+?)(?:'s)? (prime minister|pm|president|leader|envoy|treasury secretary|commerce secretary|foreign minister|general secretary)$/;

/** People named "<country> prime minister / president / envoy …" in English act for that country. */
function leaders(briefing: Briefing): Map<string, string> {
  const countries = briefing.entities.filter((e) => e.kind === "country");
  const out = new Map<string, string>();
  for (const person of briefing.entities) {
    if (person.kind !== "person") continue;
    for (const name of person.names.en) {
      const m = OFFICE.exec(fold(name).replace(/^(the|chinese|us|u\.s\.) (?=president xi)/, ""));
      const prefix = m?.[1];
      if (!prefix) continue;
      const country = countries.find((c) => c.names.en.some((n) => fold(n) === prefix));
      if (country) {
        out.set(person.id, country.id);
        break;
      }
    }
  }
  return out;
}

function lazyKanji(facts: readonly Fact[]): () => Set<string> {
  let set: Set<string> | undefined;
  return () => {
    if (!set) {
      set = new Set<string>();
      for (const fact of facts) {
        for (const text of [fact.statement.ja, ...fact.questions.ja]) {
          for (const m of text.matchAll(HAN_ALL)) set.add(m[0]);
        }
      }
    }
    return set;
  };
}
