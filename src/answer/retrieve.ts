import type { BriefingIndex } from "./index-build.js";

/** A term of the question with how much it counts (entity tokens and rare words count more). */
export interface QueryTerm {
  term: string;
  weight: number;
}

export interface Hit {
  doc: number;
  score: number;
}

const K1 = 1.2;
const B = 0.4;

/** Per index: score accumulators, the touched-doc list and each fact's BM25 length norm. */
interface Scratch {
  scores: Float64Array;
  touched: Int32Array;
  norm: Float64Array;
}
const scratch = new WeakMap<BriefingIndex, Scratch>();

function scratchFor(index: BriefingIndex): Scratch {
  const n = index.facts.length;
  let s = scratch.get(index);
  if (!s || s.scores.length !== n) {
    const norm = new Float64Array(n);
    for (let d = 0; d < n; d++) norm[d] = K1 * (1 - B + (B * index.docLength[d]!) / index.averageLength);
    s = { scores: new Float64Array(n), touched: new Int32Array(n), norm };
    scratch.set(index, s);
  }
  return s;
}

/** Inverse document frequency of a term in the index (0 when unknown). */
export function idf(index: BriefingIndex, term: string): number {
  const p = index.postings.get(term);
  if (!p) return 0;
  const n = index.facts.length;
  return Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5));
}

/** BM25 over the weighted postings; the best `limit` facts, best first. */
export function search(index: BriefingIndex, terms: readonly QueryTerm[], limit: number): Hit[] {
  const n = index.facts.length;
  // Reused buffers: a query touches up to every fact, and per-query arrays that size made GC pauses.
  const buffers = scratchFor(index);
  const { scores, norm } = buffers;
  let touched = buffers.touched;
  let count = 0;
  const seen = new Set<string>();
  for (const { term, weight } of terms) {
    if (seen.has(term)) continue;
    seen.add(term);
    const p = index.postings.get(term);
    if (!p) continue;
    const w = weight * Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5));
    const { docs, weightCodes } = p;
    const values = index.weightValues;
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i]!;
      const tf = values[weightCodes[i]!]!;
      if (scores[d] === 0) {
        // A zero-weight term can list a fact twice (its score stays 0): make room then.
        if (count === touched.length) {
          const bigger = new Int32Array(touched.length * 2 + 16);
          bigger.set(touched);
          touched = buffers.touched = bigger;
        }
        touched[count++] = d;
      }
      scores[d]! += (w * tf * (K1 + 1)) / (tf + norm[d]!);
    }
  }
  // Keep the best `limit` in a small sorted array: cheaper than sorting every touched fact.
  const top: Hit[] = [];
  for (let k = 0; k < count; k++) {
    const d = touched[k]!;
    const s = scores[d]!;
    scores[d] = 0;
    if (top.length === limit && s <= top[top.length - 1]!.score) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.score < s) at--;
    top.splice(at, 0, { doc: d, score: s });
    if (top.length > limit) top.pop();
  }
  return top;
}

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
function distanceAtMost(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    rows.push(row);
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/**
 * A known term one edit away from an unknown Latin term (typos: "semicondutor"), preferring
 * the most frequent. Only for words of five letters or more, where one edit rarely makes
 * another real word.
 */
export function correctTypo(index: BriefingIndex, term: string): string | undefined {
  if (term.length < 5 || !/^[a-z]+$/.test(term)) return undefined;
  let cache = typoCache.get(index);
  if (!cache) {
    cache = new Map();
    typoCache.set(index, cache);
  }
  if (cache.has(term)) return cache.get(term) ?? undefined;
  const found = findTypo(index, term);
  if (cache.size > 10_000) cache.clear();
  cache.set(term, found ?? null);
  return found;
}

const typoCache = new WeakMap<BriefingIndex, Map<string, string | null>>();

function findTypo(index: BriefingIndex, term: string): string | undefined {
  let best: string | undefined;
  let bestDf = -1;
  for (const len of [term.length - 1, term.length, term.length + 1]) {
    for (const candidate of index.vocabularyByLength.get(len) ?? []) {
      if (candidate[0] !== term[0] && candidate[1] !== term[1]) continue;
      if (distanceAtMost(term, candidate, 1) > 1) continue;
      const df = index.postings.get(candidate)?.docs.length ?? 0;
      if (df > bestDf) {
        best = candidate;
        bestDf = df;
      }
    }
  }
  return best;
}
