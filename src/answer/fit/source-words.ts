import type { Fact, Source } from "../../briefing/types.js";
import type { Lang } from "../../i18n/lang.js";
import { allPacks } from "../../knowledge/packs.js";
import { compilePattern } from "../../lang/pattern.js";
import type { QuestionAnalysis } from "../analyze.js";
import type { BriefingIndex } from "../index-build.js";
import { formatDate } from "../messages.js";
import { fold } from "../normalize.js";
import { questionWords, stem } from "../tokenize.js";

const WORDS = compilePattern("[\\p{L}\\p{N}]+", "gu");

/**
 * "What does the June White House fact sheet say about pharmaceuticals?": with a source named
 * by its publisher, the question's other words may describe that source too (its headline,
 * the month it came out). A fact citing the named source states them as its record does.
 */

/** Stems of a source's own words: publisher, headline, date as the question's language writes it, and the pieces a source is ("the S&P piece", 記事). */
export function sourceStems(source: Source, q: QuestionAnalysis): Set<string> {
  const text = `${source.publisher} ${source.title ?? ""} ${formatDate(source.published, q.lang)}`;
  return new Set([...[...fold(text).matchAll(WORDS)].map((m) => stem(m[0])), ...pieceStems(q.lang)]);
}

const pieces = new Map<Lang, Set<string>>();

/** The words a question names a source's piece with (`reading.publisherNoun`), as its words are read. */
function pieceStems(lang: Lang): Set<string> {
  let found = pieces.get(lang);
  if (!found) {
    const nouns = allPacks().flatMap((p) => p.reading.publisherNoun);
    found = new Set(nouns.flatMap((n) => questionWords(n, lang).map((w) => stem(fold(w.word)))));
    pieces.set(lang, found);
  }
  return found;
}

/** Stems of the own words of the sources the question names that the fact cites (none named: empty). */
export function namedSourceStems(q: QuestionAnalysis, fact: Fact, index: BriefingIndex): Set<string> {
  const out = new Set<string>();
  if (q.sources.length === 0) return out;
  for (const c of fact.citations) {
    const source = q.sources.includes(c.source) ? index.briefing.byId.source.get(c.source) : undefined;
    if (source) for (const s of sourceStems(source, q)) out.add(s);
  }
  return out;
}

/** Whether a question word describes a named source the fact cites. */
export function describesNamedSource(word: string, stems: ReadonlySet<string>): boolean {
  return stems.size > 0 && stems.has(stem(fold(word)));
}
