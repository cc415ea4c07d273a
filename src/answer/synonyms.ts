import type { LexiconEntry } from "../briefing/schema.js";
import type { Briefing } from "../briefing/types.js";
import type { LanguageCode } from "../i18n/lang.js";
import { knowledgeGeneration } from "../knowledge/load.js";
import { languagePack } from "../knowledge/packs.js";
import { fold } from "./normalize.js";

/**
 * Words read as one before stemming, on the index and the question side: the general ones of
 * the English pack (knowledge/lang/en/synonyms.yaml: spellings, irregular verbs) and the
 * domain words of the one briefing being read (its `lexicon`: PhD/doctoral,
 * chip/semiconductor). They apply to words in Latin script. A briefing's domain synonym is not
 * harmless in another's questions ("buying" read as "procurement" misses "buy"): its index,
 * its questions and its facts are read within `withLexicon` of its own lexicon only.
 */

/** The sets of one briefing's lexicon, each a list of words, the first the one all are read as. */
export type LexiconSets = readonly (readonly string[])[];

/**
 * A lexicon as the tokenizer reads it: the general synonyms with its domain words. One object
 * per distinct lexicon and knowledge folder, so caches of words read through it (tokenize.ts,
 * term-ids.ts: `perLexicon`) are kept per object: switching between briefings question by
 * question neither mixes nor renews them.
 */
export interface Lexicon {
  readonly sets: LexiconSets;
  /** The knowledge generation it was made for: another folder makes it afresh. */
  readonly generation: number;
  table?: Map<string, string>;
}

/** Lexicons by their words (JSON), for the knowledge generation `internedFor`. */
const interned = new Map<string, Lexicon>();
let internedFor = -1;
/** A bound on lexicons kept (reloads of edited briefings make new ones): past it they start afresh. */
const MAX_LEXICONS = 64;

/** The lexicon of these sets (the same object for the same words). */
export function lexiconOf(sets: LexiconSets): Lexicon {
  if (internedFor !== knowledgeGeneration() || interned.size >= MAX_LEXICONS) {
    interned.clear();
    internedFor = knowledgeGeneration();
  }
  const key = JSON.stringify(sets);
  let lexicon = interned.get(key);
  if (!lexicon) {
    lexicon = { sets, generation: internedFor };
    interned.set(key, lexicon);
  }
  return lexicon;
}

/** The lexicon words are read with now: a briefing's within `withLexicon`, else the general synonyms alone. */
let active: Lexicon | undefined;

/** The lexicon in use, made afresh when the knowledge is read from another folder (useKnowledgeDir). */
export function currentLexicon(): Lexicon {
  if (!active || active.generation !== knowledgeGeneration()) active = lexiconOf(active?.sets ?? NO_SETS);
  return active;
}

/** Runs `read` with `lexicon` in use (and the one before it after): how one briefing is read. */
export function withLexicon<T>(lexicon: Lexicon, read: () => T): T {
  const before = active;
  active = lexicon;
  try {
    return read();
  } finally {
    active = before;
  }
}

/**
 * Runs `read` with the briefing's own domain synonyms in use, and no other briefing's: how its
 * facts are indexed and its questions read, whatever else is loaded.
 */
export function readingBriefing<T>(briefing: Briefing, read: () => T): T {
  return withLexicon(briefingLexicon(briefing.meta.lexicon), read);
}

/** The lexicon of a briefing's entries, once per entries array (briefing.meta.lexicon). */
function briefingLexicon(entries: readonly LexiconEntry[] | undefined): Lexicon {
  if (!entries) return lexiconOf(NO_SETS);
  const known = byEntries.get(entries);
  if (known && known.generation === knowledgeGeneration()) return known;
  const lexicon = lexiconOf(entries.map((e) => e.same));
  byEntries.set(entries, lexicon);
  return lexicon;
}
const byEntries = new WeakMap<readonly LexiconEntry[], Lexicon>();
const NO_SETS: LexiconSets = [];

/**
 * A value made once per lexicon (a cache of words read through it), for the lexicon in use.
 * The last one is kept at hand: a briefing's questions and facts are read in runs.
 */
export function perLexicon<T>(make: () => T): () => T {
  const made = new WeakMap<Lexicon, T>();
  let last: Lexicon | undefined;
  let lastValue: T | undefined;
  return () => {
    const lexicon = currentLexicon();
    if (lexicon === last) return lastValue!;
    let value = made.get(lexicon);
    if (value === undefined) {
      value = make();
      made.set(lexicon, value);
    }
    last = lexicon;
    lastValue = value;
    return value;
  };
}

function build(sets: LexiconSets): Map<string, string> {
  const out = new Map(Object.entries(languagePack(LEXICON_LANG).synonyms));
  for (const same of sets) {
    const [canonical, ...others] = same.map(fold);
    if (canonical === undefined) continue;
    for (const w of others) out.set(w, canonical);
    if (!out.has(canonical)) out.set(canonical, canonical);
  }
  return out;
}

/** The language the briefings' lexicons are written in (src/briefing/schema.ts: Latin words, English). */
const LEXICON_LANG: LanguageCode = "en";

/**
 * The word this one is read as, if any: in English (the default) by the English pack and the
 * lexicon in use; in another language by its pack's synonyms alone.
 */
export function synonymOf(word: string, lang: LanguageCode = LEXICON_LANG): string | undefined {
  if (lang !== LEXICON_LANG) {
    const own = languagePack(lang).synonyms;
    return Object.hasOwn(own, word) ? own[word] : undefined;
  }
  const lexicon = currentLexicon();
  lexicon.table ??= build(lexicon.sets);
  return lexicon.table.get(word);
}
