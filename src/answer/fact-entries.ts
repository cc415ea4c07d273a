import type { Fact } from "../briefing/types.js";
import { LANGS, type Lang } from "../i18n/lang.js";
import { sharedTokenizer, TermIds, TermIdTokenizer, unitsToString } from "./term-ids.js";
import { ABSENT, HASH_SEED, hashStep, WordTable } from "./term-tables.js";

/**
 * The first half of an index build: each fact's distinct terms with their weights. It runs on
 * a run of facts, flattened into plain arrays so that a worker thread can be sent a share of
 * a large briefing cheaply (index-worker.ts); the build merges the shares in fact order.
 */

/** Texts from which the tokenizer's quick path pays (about 1,500 facts; see TermIdTokenizer). */
export const QUICK_FROM = 20_000;

/** Field weights: the statement is the fact; alternates are how people ask for it. */
const W_STATEMENT = 1;
const W_QUESTION = 0.8;
const W_MEASURE = 0.6;
const W_ENTITY = 1;
/** A term's weight is its best field's, plus a little for each repeat, at most W_CAP. */
const REPEAT_BONUS = 0.05;
const W_CAP = 1.2;

/** Field kinds: statement and alternate question in each language, a number's measure, an entity. */
const STATEMENT = 0;
const QUESTION = LANGS.length;
const MEASURE = 2 * LANGS.length;
const ENTITY = MEASURE + 1;

/** What the index reads of a run of facts: fact f's texts are texts[factEnds[f - 1], factEnds[f]); an entity's text is its id. */
export interface FactTexts {
  texts: string[] | PackedTexts;
  fields: Uint8Array<ArrayBuffer>;
  factEnds: Uint32Array<ArrayBuffer>;
}

/**
 * Texts as UTF-16 units, one after another, in shared memory: how a worker is sent its share.
 * A structured clone of a hundred thousand strings cost the calling thread about as much as
 * this, and the worker twice that again to rebuild them before it could start.
 */
export interface PackedTexts {
  units: Uint16Array<SharedArrayBuffer>;
  /** Per text: where its units end. */
  ends: Uint32Array<ArrayBuffer>;
}

/**
 * The index's view of facts [from, to): statements and questions by language, measures,
 * entity ids; `packed`: as PackedTexts.
 */
export function factTexts(facts: readonly Fact[], from: number, to: number, packed = false): FactTexts {
  const size = textCount(facts, from, to);
  let units = 0;
  if (packed) for (let i = from; i < to; i++) eachText(facts[i]!, (text) => (units += text.length));
  const fields = new Uint8Array(size);
  const factEnds = new Uint32Array(to - from);
  const texts = packed ? undefined : new Array<string>(size);
  const pack = packed
    ? { units: new Uint16Array(new SharedArrayBuffer(2 * units)), ends: new Uint32Array(size) }
    : undefined;
  let at = 0;
  let unit = 0;
  for (let i = from; i < to; i++) {
    eachText(facts[i]!, (text, field) => {
      fields[at] = field;
      if (pack) {
        const { units } = pack;
        for (let k = 0; k < text.length; k++) units[unit++] = text.charCodeAt(k);
        pack.ends[at++] = unit;
      } else texts![at++] = text;
    });
    factEnds[i - from] = at;
  }
  return { texts: pack ?? texts!, fields, factEnds };
}

/** How many texts the index reads of facts [from, to). */
export function textCount(facts: readonly Fact[], from: number, to: number): number {
  let size = 0;
  for (let i = from; i < to; i++) {
    const fact = facts[i]!;
    size += LANGS.length + fact.numbers.length + fact.entities.length;
    for (const lang of LANGS) size += fact.questions[lang].length;
  }
  return size;
}

/** A fact's texts in index order, each with its field. */
function eachText(fact: Fact, visit: (text: string, field: number) => void): void {
  for (let l = 0; l < LANGS.length; l++) {
    const lang = LANGS[l]!;
    visit(fact.statement[lang], STATEMENT + l);
    for (const q of fact.questions[lang]) visit(q, QUESTION + l);
  }
  for (const n of fact.numbers) visit(n.measure, MEASURE);
  for (const e of fact.entities) visit(e.entity, ENTITY);
}

/** The distinct index terms of one fact, entity tokens ("@japan") included. */
export function termsOfFact(fact: Fact): string[] {
  // The shared tokenizer of indexTerms: a tokenizer of its own per fact (tables and buffers,
  // about 100 KB) was most of an answer's garbage at 100k facts, and its GC pauses the p99.
  const tokenizer = sharedTokenizer();
  const terms = tokenizer.registry.terms;
  const out = new Set<string>();
  const { texts, fields } = factTexts([fact], 0, 1);
  (texts as string[]).forEach((text, i) => {
    const field = fields[i]!;
    if (field === ENTITY) out.add(`@${text}`);
    else {
      const count = tokenizer.tokenize(text, langOf(field));
      for (let k = 0; k < count; k++) out.add(terms[tokenizer.ids[k]!]!);
    }
  });
  return [...out];
}

function langOf(field: number): Lang {
  return field === MEASURE ? "en" : LANGS[field % LANGS.length]!;
}

/**
 * Each fact's distinct terms (ids into `terms`, in the order first seen within the fact) and
 * weight codes (into `values`, numbered in order of first use), fact after fact.
 */
export interface FactEntries {
  terms: string[];
  /** Entries in blocks, each term id << 8 | weight code; `blockEntries` says how many a block holds. */
  blocks: Uint32Array<ArrayBuffer>[];
  blockEntries: number[];
  /** Code → weight, as float32 values (how postings keep them). */
  values: number[];
  /** Per fact: the end of its entries. */
  factEnds: Uint32Array<ArrayBuffer>;
  /** Per fact: the sum of its terms' weights (float64: the average length sums these). */
  lengths: Float64Array<ArrayBuffer>;
}

/** The entries of the facts in `input`: a term's weight is its best field's plus REPEAT_BONUS a repeat. */
export function collectEntries(input: FactTexts): FactEntries {
  const collector = new EntryCollector(input.factEnds.length, input.fields.length);
  collector.add(input);
  return collector.done();
}

/**
 * Collects entries run after run of facts (a worker is sent its share in runs, so that it can
 * start on the first while the rest are packed): the same entries as one run of them all.
 */
export class EntryCollector {
  private readonly registry = new TermIds();
  private readonly tokenizer: TermIdTokenizer;
  /** Per term id: the last fact it was seen in, and its slot in that fact's list. */
  private seenIn = new Int32Array(4096).fill(-1);
  private slot = new Int32Array(4096);
  // The current fact's distinct terms and their weights.
  private factTerms = new Int32Array(256);
  private factWeights = new Float64Array(256);
  private readonly out = new EntryList();
  private readonly values: number[] = [];
  private readonly factEnds: Uint32Array<ArrayBuffer>;
  private readonly lengths: Float64Array<ArrayBuffer>;
  /** Facts collected so far. */
  private facts = 0;
  private readonly entityId = new Int32Array(1);
  /** Entity id → the id of its term ("@japan"), without making the term again. */
  private readonly entityIds = new Map<string, number>();
  /** The same, by the entity id's units in packed texts. */
  private readonly packedEntities = new WordTable();

  /** For `factCount` facts with `textCount` texts in all (a large build takes the tokenizer's quick path). */
  constructor(factCount: number, textCount: number) {
    this.tokenizer = new TermIdTokenizer(this.registry, textCount >= QUICK_FROM);
    this.factEnds = new Uint32Array(factCount);
    this.lengths = new Float64Array(factCount);
  }

  /** Collects the next run of facts. */
  add(input: FactTexts): void {
    const { registry, tokenizer, out, values, factEnds, lengths, entityId } = this;
    // The hot loop reads locals; the grown arrays are stored back at the end.
    let { seenIn, slot, factTerms, factWeights } = this;
    const texts = Array.isArray(input.texts) ? input.texts : undefined;
    const packed = texts ? undefined : (input.texts as PackedTexts);
    const first = this.facts;
    const facts = input.factEnds.length;
    if (first + facts > factEnds.length)
      throw new Error("index build: more facts than the collector was made for");
    let text = 0;
    for (let f = first; f < first + facts; f++) {
      let m = 0;
      for (const end = input.factEnds[f - first]!; text < end; text++) {
        const field = input.fields[text]!;
        let ids = entityId;
        let count = 1;
        let weight = W_ENTITY;
        if (field === ENTITY) {
          entityId[0] = texts
            ? this.entityTerm(texts[text]!)
            : this.packedEntityTerm(
                packed!.units,
                text > 0 ? packed!.ends[text - 1]! : 0,
                packed!.ends[text]!,
              );
        } else {
          count = texts
            ? tokenizer.tokenize(texts[text]!, langOf(field))
            : tokenizer.tokenizeUnits(
                packed!.units,
                text > 0 ? packed!.ends[text - 1]! : 0,
                packed!.ends[text]!,
                langOf(field),
              );
          ids = tokenizer.ids;
          weight = field === MEASURE ? W_MEASURE : field < QUESTION ? W_STATEMENT : W_QUESTION;
        }
        // Room for every term id so far and for this text's terms in the fact's list.
        if (registry.terms.length > seenIn.length) {
          const size = Math.max(seenIn.length * 2, registry.terms.length);
          seenIn = grown(seenIn, new Int32Array(size).fill(-1));
          slot = grown(slot, new Int32Array(size));
        }
        if (m + count > factTerms.length) {
          const size = Math.max(factTerms.length * 2, m + count);
          factTerms = grown(factTerms, new Int32Array(size));
          factWeights = grown(factWeights, new Float64Array(size));
        }
        for (let k = 0; k < count; k++) {
          const id = ids[k]!;
          if (seenIn[id] === f) {
            const s = slot[id]!;
            // An entity sets its term's weight; a text's repeat adds to the best weight so far.
            factWeights[s] = field === ENTITY ? weight : Math.max(factWeights[s]!, weight) + REPEAT_BONUS;
          } else {
            seenIn[id] = f;
            slot[id] = m;
            factTerms[m] = id;
            factWeights[m] = weight;
            m++;
          }
        }
      }
      let length = 0;
      for (let k = 0; k < m; k++) {
        const w = Math.min(factWeights[k]!, W_CAP);
        // Postings keep the weight as float32, by code; codes are numbered in order of first use.
        const stored = Math.fround(w);
        // A handful of values: a loop the compiler inlines beats indexOf's call per entry.
        let code = 0;
        while (code < values.length && values[code] !== stored) code++;
        if (code === values.length) {
          code = values.length;
          values.push(stored);
          // Weights come from a few field weights and repeat bonuses under a cap: a handful of values.
          if (code > MAX_CODE)
            throw new Error(`index build: more than ${MAX_CODE + 1} distinct term weights`);
        }
        out.push(factTerms[k]!, code);
        length += w;
      }
      factEnds[f] = out.length;
      lengths[f] = length;
    }
    this.facts = first + facts;
    this.seenIn = seenIn;
    this.slot = slot;
    this.factTerms = factTerms;
    this.factWeights = factWeights;
  }

  /** The id of an entity's term ("@japan"), made once per entity. */
  private entityTerm(entity: string): number {
    let id = this.entityIds.get(entity);
    if (id === undefined) {
      id = this.registry.idOf(`@${entity}`);
      this.entityIds.set(entity, id);
    }
    return id;
  }

  /** The same for an entity id held as packed units, found by its units (no string made once seen). */
  private packedEntityTerm(units: Uint16Array, from: number, to: number): number {
    let hash = HASH_SEED;
    for (let k = from; k < to; k++) hash = hashStep(hash, units[k]!);
    let id = this.packedEntities.get(units, from, to, hash);
    if (id === ABSENT) {
      const entity = unitsToString(units, from, to);
      id = this.entityTerm(entity);
      this.packedEntities.add(entity, hash, id);
    }
    return id;
  }

  /** The entries of every fact added (as many as the collector was made for). */
  done(): FactEntries {
    if (this.facts !== this.factEnds.length) throw new Error("index build: facts missing from the collector");
    return {
      terms: this.registry.terms,
      ...this.out.done(),
      values: this.values,
      factEnds: this.factEnds,
      lengths: this.lengths,
    };
  }
}

/** What the layout of the postings needs of a share: its terms, weights, counts and fact lengths. */
export interface ShareSummary {
  terms: string[];
  values: number[];
  /** Per term (share's id): how many of the share's facts have it. */
  counts: Uint32Array<ArrayBuffer>;
  lengths: Float64Array<ArrayBuffer>;
}

export function summaryOf(entries: FactEntries): ShareSummary {
  const counts = new Uint32Array(entries.terms.length);
  entries.blocks.forEach((block, b) => {
    const end = entries.blockEntries[b]!;
    for (let k = 0; k < end; k++) counts[block[k]! >>> CODE_BITS]!++;
  });
  return { terms: entries.terms, values: entries.values, counts, lengths: entries.lengths };
}

/** Where a share's entries go in the postings, which the whole briefing's terms decide. */
export interface ShareLayout {
  /** Per term (share's id): where its first entry goes in `docs`; advanced as entries are written. */
  fill: Uint32Array;
  /** Share's weight code → the index's. */
  codeOf: Uint16Array;
  /** The share's first fact, as numbered in the briefing. */
  first: number;
  docs: Int32Array;
  codes: Uint8Array | Uint16Array;
}

/** Writes a share's entries into the postings: the fact's number and the weight's code. */
export function scatterEntries(entries: FactEntries, layout: ShareLayout): void {
  const { factEnds } = entries;
  const { fill, codeOf, first, docs, codes } = layout;
  const mask = (1 << CODE_BITS) - 1;
  let f = 0;
  let end = factEnds[0] ?? 0;
  let e = 0;
  for (let b = 0; b < entries.blocks.length; b++) {
    const block = entries.blocks[b]!;
    const used = entries.blockEntries[b]!;
    for (let k = 0; k < used; k++, e++) {
      // The fact this entry belongs to (a fact without terms has no entries).
      while (e >= end) end = factEnds[++f]!;
      const entry = block[k]!;
      const at = fill[entry >>> CODE_BITS]!++;
      docs[at] = first + f;
      codes[at] = codeOf[entry & mask]!;
    }
  }
}

/** An entry is a term id and a weight code in one 32-bit word: 24 bits and 8. */
export const CODE_BITS = 8;
const MAX_CODE = (1 << CODE_BITS) - 1;
const MAX_TERMS = 1 << (32 - CODE_BITS);

/**
 * Entries in blocks that are filled and kept, never copied (growing one array by copies cost
 * a fresh copy of every page, and page faults are dear on these machines). After a small
 * first block (what a curated briefing needs), blocks are 8 MB: V8 counts a block's full size
 * as outside memory, and 32 MB blocks set off an extra full GC at 100k facts.
 */
class EntryList {
  private static readonly FIRST = 1 << 12;
  private static readonly LARGE = 1 << 21;
  readonly blocks: Uint32Array<ArrayBuffer>[] = [];
  readonly blockEntries: number[] = [];
  private block = new Uint32Array(0);
  private at = 0;
  length = 0;

  push(term: number, code: number): void {
    if (term >= MAX_TERMS) throw new Error(`index build: more than ${MAX_TERMS} distinct terms`);
    if (this.at === this.block.length) {
      if (this.blocks.length > 0) this.blockEntries[this.blocks.length - 1] = this.at;
      this.block = new Uint32Array(this.blocks.length === 0 ? EntryList.FIRST : EntryList.LARGE);
      this.blocks.push(this.block);
      this.blockEntries.push(0);
      this.at = 0;
    }
    this.block[this.at++] = (term << CODE_BITS) | code;
    this.length++;
  }

  /** The blocks, each with the number of entries it holds. */
  done(): { blocks: Uint32Array<ArrayBuffer>[]; blockEntries: number[] } {
    if (this.blocks.length > 0) this.blockEntries[this.blocks.length - 1] = this.at;
    return { blocks: this.blocks, blockEntries: this.blockEntries };
  }
}

/** `into` (larger) with `from`'s contents copied to its start. */
function grown<T extends Int32Array | Float64Array>(from: T, into: T): T {
  into.set(from);
  return into;
}
