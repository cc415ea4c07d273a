import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BriefingIssue } from "../errors.js";
import type { Briefing, FilePosition, Source } from "./types.js";

/** What quote verification found, for `briefbot check --sources DIR`. */
export interface QuoteReport {
  /** Quotes found in their source's text. */
  verified: number;
  /** Quotes citing a context source (no text file to check against). */
  skipped: number;
  /** Errors: a quote not in its text, a named file missing. */
  issues: BriefingIssue[];
  /**
   * Sources without a text (a briefing written from public reporting holds no copies): their
   * quotes are cited but unverified, which `check` says in a note.
   */
  withoutText: string[];
}

/**
 * Folds what differs between a quote typed by a curator and the captured page text:
 * compatibility forms (NFKC), curly and prime quote marks, dash variants, invisible
 * characters and every run of whitespace, including line breaks and no-break spaces.
 */
export function normalizeQuoteText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u2035`\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** A quote may skip words with an ellipsis; its parts must occur in this order. */
function quoteParts(quote: string): string[] {
  return normalizeQuoteText(quote)
    .split(/\s*\.\.\.\s*/)
    .filter((p) => p.length > 0);
}

/** True when every part of `quote` occurs in the (normalised) text, in order. */
export function quoteOccurs(quote: string, normalizedText: string): boolean {
  let from = 0;
  for (const part of quoteParts(quote)) {
    const at = normalizedText.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** Where the quote stops matching: the words that match, and what the source says next. */
function divergence(quote: string, text: string): string {
  const words = normalizeQuoteText(quote).split(" ");
  let matched = 0;
  let at = -1;
  while (matched < words.length) {
    const next = text.indexOf(words.slice(0, matched + 1).join(" "));
    if (next < 0) break;
    matched++;
    at = next;
  }
  // A word or two of common text matches anywhere; only a longer run shows where it diverges.
  if (matched < 3) return "its opening words do not occur in the source";
  const prefix = words.slice(0, matched).join(" ");
  const after = text
    .slice(at + prefix.length)
    .trim()
    .split(" ")
    .slice(0, 6)
    .join(" ");
  return `the first ${matched} word${matched === 1 ? "" : "s"} match ("${prefix}"), then the source reads "${after}" where the quote has "${words.slice(matched, matched + 6).join(" ")}"`;
}

/**
 * Checks every citation quote of `briefing` against its source's text file (`source.file`
 * under `sourcesDir`). Missing quotes are reported at the quote in the briefing file; a
 * source whose file is missing or unnamed is reported once, at the source.
 */
export function verifyQuotes(briefing: Briefing, sourcesDir: string): QuoteReport {
  const report: QuoteReport = { verified: 0, skipped: 0, issues: [], withoutText: [] };
  const fallback: FilePosition = { file: join(briefing.dir, "briefing.yaml"), line: 1, col: 1 };
  const texts = new Map<string, string | undefined>();

  const textOf = (source: Source): string | undefined => {
    if (texts.has(source.id)) return texts.get(source.id);
    const at = briefing.positions?.source.get(source.id) ?? fallback;
    let text: string | undefined;
    if (!source.file) {
      // A briefing built from public reporting without copies still loads; its quotes are unchecked.
      report.withoutText.push(source.id);
    } else {
      try {
        text = normalizeQuoteText(readFileSync(join(sourcesDir, source.file), "utf8"));
      } catch {
        const message = `source "${source.id}": its file "${source.file}" is not in ${sourcesDir}`;
        report.issues.push({ ...at, message });
      }
    }
    texts.set(source.id, text);
    return text;
  };

  for (const fact of briefing.facts) {
    fact.citations.forEach((citation, j) => {
      const source = briefing.byId.source.get(citation.source);
      if (!source) return; // the loader already reports unknown sources
      if (source.context && !source.file) {
        report.skipped++;
        return;
      }
      const text = textOf(source);
      if (text === undefined) return;
      if (quoteOccurs(citation.quote, text)) {
        report.verified++;
        return;
      }
      const at = briefing.positions?.quote.get(fact.id)?.[j] ?? {
        file: fact.origin.file,
        line: fact.origin.line,
        col: 1,
      };
      report.issues.push({
        ...at,
        message: `fact "${fact.id}" citations[${j}].quote: not found in ${source.file} (source "${source.id}"): ${divergence(citation.quote, text)}`,
      });
    });
  }
  return report;
}
