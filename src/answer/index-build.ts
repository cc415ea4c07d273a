import type { Briefing, Fact } from "../briefing/types.js";
import { LANGS } from "../i18n/lang.js";
import { buildEntityMatcher, type EntityMatcher } from "./entities.js";
import { fold } from "./normalize.js";
import { indexTerms } from "./tokenize.js";

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

export interface Postings {
  docs: Int32Array;
  weights: Float32Array;
}

export interface BriefingIndex {
  briefing: Briefing;
  facts: readonly Fact[];
  postings: Map<string, Postings>;
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

/** The weighted terms of one fact: term → weight (best field, plus a little for repeats). */
export function factTermWeights(fact: Fact): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (terms: string[], w: number) => {
    for (const t of terms) {
      const prev = weights.get(t);
      weights.set(t, prev === undefined ? w : Math.max(prev, w) + 0.05);
    }
  };
  for (const lang of LANGS) {
    add(indexTerms(fact.statement[lang], lang), W_STATEMENT);
    for (const q of fact.questions[lang]) add(indexTerms(q, lang), W_QUESTION);
  }
  for (const n of fact.numbers) add(indexTerms(n.measure, "en"), W_MEASURE);
  for (const e of fact.entities) weights.set(`@${e.entity}`, W_ENTITY);
  for (const [t, w] of weights) if (w > 1.2) weights.set(t, 1.2);
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
  // Growable typed arrays: far less garbage than number[] per term at 100k facts.
  const build = new Map<string, { docs: Int32Array; weights: Float32Array; n: number }>();
  const docLength = new Float32Array(facts.length);
  let total = 0;
  facts.forEach((fact, i) => {
    const weights = factTermWeights(fact);
    let length = 0;
    for (const [term, w] of weights) {
      let p = build.get(term);
      if (!p) {
        p = { docs: new Int32Array(4), weights: new Float32Array(4), n: 0 };
        build.set(term, p);
      } else if (p.n === p.docs.length) {
        const docs = new Int32Array(p.n * 2);
        docs.set(p.docs);
        const ws = new Float32Array(p.n * 2);
        ws.set(p.weights);
        p.docs = docs;
        p.weights = ws;
      }
      p.docs[p.n] = i;
      p.weights[p.n] = w;
      p.n++;
      length += w;
    }
    docLength[i] = length;
    total += length;
  });
  const postings = new Map<string, Postings>();
  for (const [term, p] of build) {
    postings.set(term, { docs: p.docs.slice(0, p.n), weights: p.weights.slice(0, p.n) });
  }
  build.clear();

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
