import type { LanguageCode } from "../i18n/lang.js";
import { fromPacks, languagePack } from "../knowledge/packs.js";
import { compilePattern, escapeRegExp } from "../lang/pattern.js";
import { languageModule } from "../lang/registry.js";
import { fold } from "./normalize.js";

const SPACES_OR_DASHES = compilePattern("[\\s\\p{Pd}]+", "u");

/** A digit. */
const DIGIT = compilePattern("\\p{N}", "u");

/** A Latin letter or a digit first. */
const LATIN_OR_DIGIT_FIRST = compilePattern("^[\\p{Script=Latin}\\p{N}]", "u");

/**
 * Ordinals of events and items in a text ("the 2nd UK–EU summit", "第2回", "lần thứ hai"),
 * each read into its number with the thing it counts, from the pack's `ordinals.yaml`. Dates
 * ("May 1st") and weekdays ("vào thứ Ba") are not ordinals of events: the pack's `notAfter`
 * and `notBefore` words say where.
 */
export interface Ordinal {
  /** The number: 2 for "second", "2nd", "第2回", "thứ hai". */
  n: number;
  /** The ordinal as written, folded, with the thing it counts ("2nd uk eu summit"). */
  text: string;
  /** The words of the thing it counts, folded; none when it counts the event itself ("the first since…", "初めて"). */
  thing: string[];
}

/**
 * A Latin letter or digit of folded text (lower case, no marks): where a word written in them
 * may not continue. Plain ranges, not \\p{L}: a pattern of many ordinals pays for each class.
 */
const WORD_EDGE = "[a-z0-9]";
const WORD_EDGE_START = compilePattern(`^${WORD_EDGE}`);
/** What a counted thing may not run across: punctuation other than a dash, or a line. */
const CLAUSE_END = compilePattern("[\\p{P}\\n]", "u");
const DASH = compilePattern("\\p{Pd}", "u");

interface Reader {
  re: RegExp;
  /** Ordinal words → numbers, folded. */
  words: Map<string, number>;
  itself: Set<string>;
  numerals: Map<string, number>;
  units: Map<string, number>;
  thingBefore: boolean;
  span: number;
  linkers: string[];
  times: Set<string>;
  breaks: string[];
  /** Marks of a form that are the thing counted themselves (周年: anniversary). */
  counts: string[];
  /** Written without spaces: the thing is cut at `breaks`, not at stop words. */
  spaceless: boolean;
  notAfter: Set<string>;
  notBefore: string[];
  stop: ReadonlySet<string>;
}

/** Word edges for an entry: a Latin word may not run on; a number may not be part of a longer one. */
function edged(entry: string, source: string): string {
  const latin = LATIN_OR_DIGIT_FIRST;
  const first = entry.slice(0, 1);
  const before = DIGIT.test(first) ? "(?<![0-9])" : latin.test(first) ? `(?<!${WORD_EDGE})` : "";
  const after = latin.test([...entry].at(-1) ?? "") ? `(?!${WORD_EDGE})` : "";
  return `${before}${source}${after}`;
}

const readers = fromPacks(() => new Map<LanguageCode, Reader | undefined>());

function readerOf(lang: LanguageCode): Reader | undefined {
  const cache = readers();
  if (cache.has(lang)) return cache.get(lang);
  const pack = languagePack(lang);
  const data = pack.ordinals;
  const words = new Map(Object.entries(data.words ?? {}).map(([w, n]) => [fold(w), n]));
  const numerals = new Map(Object.entries(pack.numbers.digits ?? {}));
  const units = new Map(Object.entries(pack.numbers.units ?? {}));
  const numeral = `(\\d+${numerals.size + units.size > 0 ? `|[${[...numerals.keys(), ...units.keys()].join("")}]+` : ""})`;
  const entries = [
    ...[...words.keys()].map((w) => ({ entry: w, source: escapeRegExp(w) })),
    ...(data.forms ?? []).map((f) => {
      const form = fold(f);
      const [head, tail] = form.split("#") as [string, string];
      return {
        entry: form.replace("#", "0"),
        source: `${escapeRegExp(head)}${numeral}${escapeRegExp(tail)}`,
      };
    }),
  ].sort((a, b) => b.entry.length - a.entry.length);
  const reader =
    entries.length === 0
      ? undefined
      : {
          re: compilePattern(entries.map((e) => edged(e.entry, e.source)).join("|"), "gu"),
          words,
          itself: new Set((data.itself ?? []).map(fold)),
          numerals,
          units,
          thingBefore: data.thingBefore ?? false,
          span: data.span ?? 3,
          linkers: (data.linkers ?? []).map(fold),
          times: new Set((data.times ?? []).map(fold)),
          breaks: (data.breaks ?? []).map(fold),
          counts: (data.counts ?? []).map(fold),
          spaceless: languageModule(lang).script !== undefined,
          notAfter: new Set((data.notAfter ?? []).map(fold)),
          notBefore: (data.notBefore ?? []).map(fold),
          stop: pack.stop,
        };
  cache.set(lang, reader);
  return reader;
}

/** A number in digits or in the pack's numerals (二, 十二, 二十). */
function numberOf(written: string, reader: Reader): number {
  if (/^\d+$/.test(written)) return Number(written);
  let total = 0;
  let digit = -1;
  for (const c of written) {
    const unit = reader.units.get(c);
    if (unit === undefined) digit = reader.numerals.get(c) ?? 0;
    else {
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
  }
  return digit >= 0 ? total + digit : total;
}

/** The text up to the end of its clause, from `from` on (or, backwards, the text before it). */
function clause(text: string, from: number, backwards: boolean): string {
  if (backwards) {
    const before = [...text.slice(0, from)];
    const at = before.findLastIndex((c) => CLAUSE_END.test(c) && !DASH.test(c));
    return before.slice(at + 1).join("");
  }
  const after = [...text.slice(from)];
  const at = after.findIndex((c) => CLAUSE_END.test(c) && !DASH.test(c));
  return (at < 0 ? after : after.slice(0, at)).join("");
}

/** Words split on spaces and dashes. */
function spaced(text: string): string[] {
  return text.split(SPACES_OR_DASHES).filter(Boolean);
}

/** The thing an ordinal counts: the words beside it up to a stop word, a break or the clause's end. */
function thingOf(text: string, start: number, end: number, reader: Reader): string[] {
  const counted = reader.counts.find((c) => text.slice(start, end).endsWith(c));
  if (counted) return [counted];
  if (reader.spaceless) {
    // Written without spaces: after a linker, up to the first break.
    let rest = clause(text, end, false).trimStart();
    const linker = reader.linkers.find((l) => rest.startsWith(l));
    if (linker) rest = rest.slice(linker.length);
    const cut = Math.min(...reader.breaks.map((b) => rest.indexOf(b)).filter((i) => i >= 0), rest.length);
    const thing = rest.slice(0, cut).trim();
    return thing && !reader.times.has(thing) ? [thing] : [];
  }
  const side = spaced(clause(text, reader.thingBefore ? start : end, reader.thingBefore));
  if (reader.thingBefore) side.reverse();
  const near = reader.linkers.includes(side[0] ?? "") ? side.slice(1) : side;
  if (near.length === 0 || reader.times.has(near[0]!)) return [];
  const stopAt = near.findIndex((w) => reader.stop.has(w) || reader.breaks.includes(w));
  const thing = near.slice(0, Math.min(reader.span, stopAt < 0 ? near.length : stopAt));
  return reader.thingBefore ? thing.reverse() : thing;
}

/** Beside a month or a weekday's words: a date, not an ordinal of an event. */
function isDate(text: string, start: number, end: number, reader: Reader): boolean {
  const previous = spaced(text.slice(0, start)).at(-1);
  if (previous !== undefined && reader.notAfter.has(previous)) return true;
  const next = text.slice(end).trimStart();
  return reader.notBefore.some((w) => next.startsWith(w) && !WORD_EDGE_START.test(next.slice(w.length)));
}

/** The ordinals of events and items a text in `lang` names, in order. */
export function ordinalsIn(text: string, lang: LanguageCode): Ordinal[] {
  const reader = readerOf(lang);
  if (!reader) return [];
  const folded = fold(text);
  const out: Ordinal[] = [];
  for (const m of folded.matchAll(reader.re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isDate(folded, start, end, reader)) continue;
    const written = m.slice(1).find((g) => g !== undefined);
    const n = written === undefined ? reader.words.get(m[0]) : numberOf(written, reader);
    if (n === undefined) continue;
    const thing = reader.itself.has(m[0]) ? [] : thingOf(folded, start, end, reader);
    const beside = thing.length === 1 && m[0].endsWith(thing[0]!) ? [] : thing;
    const parts = reader.thingBefore ? [...beside, m[0]] : [m[0], ...beside];
    out.push({ n, text: parts.join(reader.spaceless ? "" : " "), thing });
  }
  return out;
}
