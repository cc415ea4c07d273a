import { availableParallelism } from "node:os";
import type { Briefing, Fact } from "../briefing/types.js";
import { LANGS } from "../i18n/lang.js";
import { allPacks, type LanguagePack } from "../knowledge/packs.js";
import { worldKnowledge } from "../knowledge/world.js";
import { compilePattern } from "../lang/pattern.js";
import { buildEntityMatcher, type EntityMatcher } from "./entities.js";
import {
  collectEntries,
  type FactEntries,
  factTexts,
  type ShareLayout,
  type ShareSummary,
  scatterEntries,
  summaryOf,
  textCount,
} from "./fact-entries.js";
import { notePostingsRead } from "./index-fact-terms.js";
import { fold } from "./normalize.js";
import { readingBriefing } from "./synonyms.js";
import { indexTerms, TermIds } from "./term-ids.js";
import { startWorkerShare } from "./worker-share.js";

/**
 * The search index of one briefing: a weighted inverted index over each fact's statements,
 * alternate questions and number measures in all three languages, plus entity tokens
 * ("@japan"); topic names and keywords form a second, small index. Built once per Briefing
 * object (a reload makes a new object, hence a new index).
 */

const HAN_ALL = compilePattern("\\p{Script=Han}", "gu");

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
  /** Threads the postings were collected on (2 for a large briefing where a worker could run). */
  buildThreads: number;
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

/**
 * Puts an index built elsewhere (the loader worker, the compiled cache: index-cache.ts) in
 * service for its briefing, so the first question does not build it again.
 */
export function adoptIndex(index: BriefingIndex): void {
  cache.set(index.briefing, index);
}

/** Briefings of this many facts or more are indexed on two threads (a worker takes a share). */
export const PARALLEL_FROM = 20_000;
/** The calling thread's share of the facts when a worker helps (measured: bench/answer.ts). */
const OWN_SHARE = 0.5;
/** The facts of the first run of texts a worker is sent (runs double after it). */
const FIRST_RUN = 1_000;

export interface BuildOptions {
  /** Index on two threads from this many facts (tests set it low; Infinity: never). */
  parallelFrom?: number;
}

export function buildIndex(briefing: Briefing, options: BuildOptions = {}): BriefingIndex {
  return readingBriefing(briefing, () => buildWithLexicon(briefing, options));
}

function buildWithLexicon(briefing: Briefing, options: BuildOptions): BriefingIndex {
  const facts = briefing.facts;
  // What does not need the postings is built while a worker finishes its share.
  let rest: ReturnType<typeof withoutPostings> | undefined;
  const { postings, weightValues, docLength, total, threads } = buildPostings(
    facts,
    options.parallelFrom ?? PARALLEL_FROM,
    () => {
      rest = withoutPostings(briefing);
    },
  );
  const { topicTerms, topicPostings, entities, impliedOrigins, capitalOf, leaderOf } = rest!;

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

  const index: BriefingIndex = {
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
    entities,
    impliedOrigins,
    capitalOf,
    leaderOf,
    buildThreads: threads,
  };
  notePostingsRead(index);
  return index;
}

/** The parts of the index that the postings do not decide: topics and entities. */
function withoutPostings(briefing: Briefing) {
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
  return {
    topicTerms,
    topicPostings,
    entities: buildEntityMatcher(briefing),
    impliedOrigins: impliedOrigins(briefing),
    capitalOf: capitals(briefing),
    leaderOf: leaders(briefing),
  };
}

/**
 * The inverted index, in three steps: each fact's distinct terms and weights (fact-entries.ts);
 * the layout of every term's postings, from all terms' counts; the entries written into it.
 * A large briefing's last facts are a worker thread's share (steps one and three there, beside
 * the calling thread's). Shares are laid out in fact order with term ids and weight codes
 * renumbered, so the index is the one a single pass gives: term order, postings and weights.
 */
function buildPostings(
  facts: readonly Fact[],
  parallelFrom: number,
  /** Other work, done once this thread's share is collected (and before waiting for the worker's). */
  meanwhile: () => void,
): {
  postings: Map<string, Postings>;
  weightValues: Float64Array;
  docLength: Float32Array;
  total: number;
  threads: number;
} {
  // The worker starts later (a thread, its modules, a copy of its texts): it gets the smaller share.
  const parallel = facts.length >= parallelFrom && availableParallelism() > 1;
  const split = parallel ? Math.ceil(facts.length * OWN_SHARE) : facts.length;
  const worker =
    split < facts.length
      ? startWorkerShare({ facts: facts.length - split, texts: textCount(facts, split, facts.length) })
      : undefined;
  try {
    // Runs of texts, the first small: the worker starts on it while the rest are packed.
    for (let from = split, run = FIRST_RUN; worker && from < facts.length; from += run, run *= 2)
      worker.send(factTexts(facts, from, Math.min(facts.length, from + run), true));
    const own = collectEntries(factTexts(facts, 0, split));
    meanwhile();
    const shares: Share[] = [{ summary: summaryOf(own), entries: own }];
    const remote = split < facts.length ? worker?.summary() : undefined;
    if (remote) shares.push({ summary: remote });
    else if (split < facts.length) {
      const rest = collectEntries(factTexts(facts, split, facts.length));
      shares.push({ summary: summaryOf(rest), entries: rest });
    }
    const laidOut = layOut(shares, facts.length, remote !== undefined);
    if (remote) worker!.lay(laidOut.layouts[1]!);
    scatterEntries(own, laidOut.layouts[0]!);
    if (shares[1]?.entries) scatterEntries(shares[1].entries, laidOut.layouts[1]!);
    if (remote && !worker!.written()) {
      // The worker stopped part-way: write its share here (over whatever it wrote).
      const rest = collectEntries(factTexts(facts, split, facts.length));
      scatterEntries(rest, { ...laidOut.layouts[1]!, fill: laidOut.starts[1]! });
      return { ...laidOut.index, threads: 1 };
    }
    return { ...laidOut.index, threads: remote ? 2 : 1 };
  } finally {
    worker?.release();
  }
}

/** A share of the facts: its summary, and its entries where this thread holds them. */
interface Share {
  summary: ShareSummary;
  entries?: FactEntries;
}

/**
 * The postings arrays and each share's place in them: a term's postings hold the first
 * share's facts, then the next's. Shared memory where a worker writes its share.
 */
function layOut(
  shares: readonly Share[],
  factCount: number,
  shared: boolean,
): {
  index: {
    postings: Map<string, Postings>;
    weightValues: Float64Array;
    docLength: Float32Array;
    total: number;
  };
  layouts: ShareLayout[];
  /** Each share's `fill` as it was before any entry was written. */
  starts: Uint32Array[];
} {
  const registry = new TermIds();
  const values: number[] = [];
  const termOf = shares.map(({ summary }) => Uint32Array.from(summary.terms, (t) => registry.idOf(t)));
  const codeOf = shares.map(({ summary }) =>
    Uint16Array.from(summary.values, (v) => {
      const known = values.indexOf(v);
      return known === -1 ? values.push(v) - 1 : known;
    }),
  );
  const terms = registry.terms;
  const df = new Uint32Array(terms.length);
  shares.forEach(({ summary }, s) => {
    const ids = termOf[s]!;
    summary.counts.forEach((count, t) => {
      df[ids[t]!]! += count;
    });
  });
  const start = new Uint32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) start[t + 1] = start[t]! + df[t]!;
  const entryCount = start[terms.length]!;
  // Where each share's entries of a term begin: after the earlier shares' entries of that term.
  const cursor = start.slice(0, terms.length);
  const starts = shares.map(({ summary }, s) => {
    const ids = termOf[s]!;
    return Uint32Array.from(summary.counts, (count, t) => {
      const at = cursor[ids[t]!]!;
      cursor[ids[t]!] = at + count;
      return at;
    });
  });
  const buffer = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const docs = new Int32Array(buffer(4 * entryCount));
  // One byte a posting where the weights allow (they take a handful of values).
  const codes =
    values.length <= 256 ? new Uint8Array(buffer(entryCount)) : new Uint16Array(buffer(2 * entryCount));
  const docLength = new Float32Array(factCount);
  let total = 0;
  let first = 0;
  const layouts = shares.map(({ summary }, s) => {
    const layout = { fill: starts[s]!.slice(), codeOf: codeOf[s]!, first, docs, codes };
    for (const length of summary.lengths) {
      docLength[first++] = length;
      total += length;
    }
    return layout;
  });
  const postings = new Map<string, Postings>();
  for (let t = 0; t < terms.length; t++) {
    const from = start[t]!;
    const to = start[t + 1]!;
    postings.set(terms[t]!, { docs: docs.subarray(from, to), weightCodes: codes.subarray(from, to) });
  }
  return { index: { postings, weightValues: Float64Array.from(values), docLength, total }, layouts, starts };
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

/**
 * Capitals: a place declares the country it is the capital of (`capitalOf`), or, in a briefing
 * written before that field, a pack's naming convention says so ("Vietnamese capital").
 */
function capitals(briefing: Briefing): Map<string, string> {
  const countries = briefing.entities.filter((e) => e.kind === "country");
  const out = new Map<string, string>();
  for (const place of briefing.entities) {
    if (place.capitalOf) {
      out.set(place.id, place.capitalOf);
      continue;
    }
    if (place.kind !== "place") continue;
    for (const pack of allPacks()) {
      if (!pack.capitalName) continue;
      for (const name of place.names[pack.lang]) {
        const m = pack.capitalName.exec(fold(name));
        if (!m) continue;
        const country = countries.find((c) => c.names[pack.lang].some((n) => fold(n) === m[1]));
        if (country) out.set(place.id, country.id);
      }
    }
  }
  return out;
}

/** A pack's office-holder convention, with the world's offices in its language filled in. */
function officeHolderPattern(pack: LanguagePack): RegExp | undefined {
  const convention = pack.officeHolderName;
  if (!convention) return undefined;
  const offices = worldKnowledge()
    .offices.flatMap((o) => o.names[pack.lang])
    .map((n) => fold(n).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (offices.length === 0) return undefined;
  return compilePattern(convention.source.replace("{offices}", offices.join("|")), convention.flags ?? "");
}

/**
 * People and bodies that act for a country: declared (`actsFor`), or, in a briefing written
 * before that field, named by a pack's convention ("Japan's prime minister").
 */
function leaders(briefing: Briefing): Map<string, string> {
  const countries = briefing.entities.filter((e) => e.kind === "country");
  const out = new Map<string, string>();
  const patterns = allPacks().flatMap((pack) => {
    const pattern = officeHolderPattern(pack);
    return pattern ? [{ lang: pack.lang, pattern }] : [];
  });
  for (const person of briefing.entities) {
    if (person.actsFor) {
      out.set(person.id, person.actsFor);
      continue;
    }
    if (person.kind !== "person") continue;
    found: for (const { lang, pattern } of patterns) {
      for (const name of person.names[lang]) {
        const prefix = pattern.exec(fold(name))?.[1];
        if (!prefix) continue;
        const country = countries.find((c) => c.names[lang].some((n) => fold(n) === prefix));
        if (country) {
          out.set(person.id, country.id);
          break found;
        }
      }
    }
  }
  return out;
}

export function lazyKanji(facts: readonly Fact[]): () => Set<string> {
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
