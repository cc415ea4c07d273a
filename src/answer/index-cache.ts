import type { DerivedCache } from "../briefing/open.js";
import type { Briefing } from "../briefing/types.js";
import { LANGS } from "../i18n/lang.js";
import { factText, keepFactTexts } from "./fit/fact-text.js";
import { adoptIndex, type BriefingIndex, indexFor, lazyKanji } from "./index-build.js";
import { notePostingsRead } from "./index-fact-terms.js";
import { factTermsOf, PackedPostings } from "./packed-postings.js";
import { PackedValueMap, type PackedValues, packValues } from "./packed-values.js";
import { readingBriefing } from "./synonyms.js";
import { indexTerms } from "./term-ids.js";

/**
 * A built index as plain data, for keeping it beside the compiled briefing on disk (a cold
 * `briefbot ask` reads it instead of building) and for handing it from the loader worker to
 * the main thread. The postings are packed into four flat arrays (transferable, and cheap to
 * clone); everything else is the index's own maps as entry lists. The briefing is not in it:
 * `unpackIndex` is given the briefing it belongs to.
 */
export interface PackedIndex {
  format: typeof PACK_FORMAT;
  briefingId: string;
  briefingVersion: string;
  factCount: number;
  /** The postings' terms, in their order; term t's postings are entries starts[t]..starts[t+1]. */
  terms: string[];
  starts: Uint32Array;
  docs: Int32Array;
  codes: Uint8Array | Uint16Array;
  /** The postings turned around: fact d's term numbers are factTerms[factStarts[d]..factStarts[d+1]]. */
  factStarts: Uint32Array;
  factTerms: Uint32Array;
  /**
   * Each fact's alternate questions' terms, fact after fact and language after language (LANGS
   * order), each as the JSON of one term list per question: read as the ranking reads them
   * (rank.ts), with the briefing's lexicon, for the few candidate facts a question has.
   */
  alternates: string[];
  /** Each fact's statements folded, as fit/fact-text.ts's factText gives them. */
  factTexts: string[];
  weightValues: Float64Array;
  docLength: Float32Array;
  averageLength: number;
  topicTerms: [string, string[]][];
  topicPostings: [string, string[]][];
  vocabulary: string[];
  vocabularyByLength: [number, string[]][];
  /** The Latin-script aliases, each first word's list packed on its own (./packed-values.ts). */
  entities: { latin: PackedValues; cjk: BriefingIndex["entities"]["cjk"] };
  impliedOrigins: [string, string[]][];
  capitalOf: [string, string][];
  leaderOf: [string, string][];
  buildThreads: number;
}

type LatinAliases = BriefingIndex["entities"]["latin"] extends Map<string, infer A> ? A : never;

/** Bumped when PackedIndex changes shape. */
export const PACK_FORMAT = 3;

/** The index as plain data (copies the postings into fresh, unshared arrays). */
export function packIndex(index: BriefingIndex): PackedIndex {
  const terms = [...index.postings.keys()];
  const starts = new Uint32Array(terms.length + 1);
  let total = 0;
  terms.forEach((term, t) => {
    total += index.postings.get(term)!.docs.length;
    starts[t + 1] = total;
  });
  const docs = new Int32Array(total);
  const wide = [...index.postings.values()].some((p) => p.weightCodes instanceof Uint16Array);
  const codes = wide ? new Uint16Array(total) : new Uint8Array(total);
  terms.forEach((term, t) => {
    const p = index.postings.get(term)!;
    docs.set(p.docs, starts[t]!);
    codes.set(p.weightCodes, starts[t]!);
  });
  const byFact = factTermsOf(starts, docs, index.facts.length);
  return {
    format: PACK_FORMAT,
    briefingId: index.briefing.id,
    briefingVersion: index.briefing.version,
    factCount: index.facts.length,
    terms,
    starts,
    docs,
    codes,
    factStarts: byFact.starts,
    factTerms: byFact.terms,
    alternates: readingBriefing(index.briefing, () =>
      index.facts.flatMap((fact) =>
        LANGS.map((lang) => JSON.stringify(fact.questions[lang].map((q) => indexTerms(q, lang)))),
      ),
    ),
    factTexts: index.facts.map(factText),
    weightValues: index.weightValues.slice(),
    docLength: index.docLength.slice(),
    averageLength: index.averageLength,
    topicTerms: [...index.topicTerms].map(([id, set]) => [id, [...set]]),
    topicPostings: [...index.topicPostings],
    vocabulary: [...index.vocabulary],
    vocabularyByLength: [...index.vocabularyByLength],
    entities: { latin: packValues(index.entities.latin), cjk: index.entities.cjk },
    impliedOrigins: [...index.impliedOrigins],
    capitalOf: [...index.capitalOf],
    leaderOf: [...index.leaderOf],
    buildThreads: index.buildThreads,
  };
}

/** Transferable buffers of a packed index (postMessage's transfer list). */
export function packedBuffers(packed: PackedIndex): ArrayBuffer[] {
  const { latin } = packed.entities;
  return [
    packed.starts,
    packed.docs,
    packed.codes,
    packed.factStarts,
    packed.factTerms,
    packed.weightValues,
    packed.docLength,
    latin.starts,
    latin.bytes,
  ].map((a) => a.buffer as ArrayBuffer);
}

/**
 * The index of `briefing` from its packed form; undefined when the pack is of another
 * briefing, version or fact count, or of another format (then the caller builds it).
 */
export function unpackIndex(briefing: Briefing, packed: PackedIndex): BriefingIndex | undefined {
  if (
    packed.format !== PACK_FORMAT ||
    packed.briefingId !== briefing.id ||
    packed.briefingVersion !== briefing.version ||
    packed.factCount !== briefing.facts.length
  )
    return undefined;
  const postings = new PackedPostings(packed.terms, packed.starts, packed.docs, packed.codes, {
    starts: packed.factStarts,
    terms: packed.factTerms,
  });
  const index: BriefingIndex = {
    briefing,
    facts: briefing.facts,
    postings,
    weightValues: packed.weightValues,
    docLength: packed.docLength,
    averageLength: packed.averageLength,
    topicTerms: new Map(packed.topicTerms.map(([id, list]) => [id, new Set(list)])),
    topicPostings: new Map(packed.topicPostings),
    vocabulary: new Set(packed.vocabulary),
    vocabularyByLength: new Map(packed.vocabularyByLength),
    kanji: lazyKanji(briefing.facts),
    entities: { latin: new PackedValueMap<LatinAliases>(packed.entities.latin), cjk: packed.entities.cjk },
    impliedOrigins: new Map(packed.impliedOrigins),
    capitalOf: new Map(packed.capitalOf),
    leaderOf: new Map(packed.leaderOf),
    buildThreads: packed.buildThreads,
  };
  // The packed postings were read by the knowledge the cache's tag names, the one in use.
  notePostingsRead(index, packed.alternates);
  keepFactTexts(briefing.facts, packed.factTexts);
  return index;
}

/**
 * The answer index as the compiled cache keeps it (briefbot ask reads it instead of building).
 * `tag` names what builds it (the engine's code, its knowledge packs, briefbot's version: see
 * src/cli/engine-tag.ts), so any change to them builds it anew.
 */
export function answerIndexCache(tag: string): DerivedCache {
  return {
    tag,
    adopt(briefings, data) {
      const packs = Array.isArray(data) ? (data as PackedIndex[]) : [];
      if (packs.length !== briefings.length) return false;
      const indexes = briefings.map((b, i) => unpackIndex(b, packs[i]!));
      if (indexes.some((index) => index === undefined)) return false;
      for (const index of indexes) adoptIndex(index!);
      return true;
    },
    build: (briefings) => briefings.map((b) => packIndex(indexFor(b))),
  };
}
