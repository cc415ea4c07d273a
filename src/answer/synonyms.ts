import type { LanguageCode } from "../i18n/lang.js";
import { knowledgeGeneration } from "../knowledge/load.js";
import { languagePack } from "../knowledge/packs.js";
import { fold } from "./normalize.js";

/**
 * Words read as one before stemming, on the index and the question side: the general ones of
 * the English pack (knowledge/lang/en/synonyms.yaml: spellings, irregular verbs) and the
 * domain words of the briefings in service (their `lexicon`: PhD/doctoral, chip/semiconductor).
 * They apply to words in Latin script. With several briefings the lexicons are joined: a
 * domain synonym of one briefing is harmless in another's questions.
 */

const lexicons = new Map<string, readonly (readonly string[])[]>();
let table: Map<string, string> | undefined;
let generation = 0;

function build(): Map<string, string> {
  const out = new Map(Object.entries(languagePack(LEXICON_LANG).synonyms));
  for (const sets of lexicons.values())
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
 * lexicons; in another language by its pack's synonyms alone.
 */
export function synonymOf(word: string, lang: LanguageCode = LEXICON_LANG): string | undefined {
  if (lang !== LEXICON_LANG) {
    const own = languagePack(lang).synonyms;
    return Object.hasOwn(own, word) ? own[word] : undefined;
  }
  if (knowledgeSeen !== knowledgeGeneration()) synonymGeneration();
  table ??= build();
  return table.get(word);
}

/**
 * Changes each time the table does, and when the knowledge is read from another folder
 * (useKnowledgeDir): tokenizer caches keyed by words start afresh.
 */
export function synonymGeneration(): number {
  if (knowledgeSeen !== knowledgeGeneration()) {
    knowledgeSeen = knowledgeGeneration();
    table = undefined;
    generation++;
  }
  return generation;
}
let knowledgeSeen = knowledgeGeneration();

/** Puts a briefing's lexicon in service (replacing its earlier one); a no-op when unchanged. */
export function useLexicon(briefingId: string, sets: readonly (readonly string[])[]): void {
  const before = lexicons.get(briefingId) ?? [];
  if (JSON.stringify(before) === JSON.stringify(sets)) return;
  if (sets.length === 0) lexicons.delete(briefingId);
  else lexicons.set(briefingId, sets);
  table = undefined;
  generation++;
}

/** Every lexicon in service, to hand to a worker thread. */
export function lexiconsInService(): [string, readonly (readonly string[])[]][] {
  return [...lexicons];
}
