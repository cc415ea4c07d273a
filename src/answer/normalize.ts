import { allPacks, fromPacks } from "../knowledge/packs.js";
import { compilePattern, escapeRegExp } from "../lang/pattern.js";

/**
 * Text folding shared by the index and the question side, so both meet in one form:
 * NFKC, lower case, Latin diacritics dropped (letters that do not decompose, such as the
 * Vietnamese one, folded as the packs' `foldLetters` say), and numbers rewritten to plain
 * digits whatever their format (scales after a figure from the packs' `numbers`).
 */

const LATIN_MARKS = /[\u0300-\u036f]/g;
const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/;

/** Each precomposed Latin letter with marks (Vietnamese included), by code → its folded base letters. */
const LATIN_END = 0x1f00;
/** Dense (a read past an array's end is slow); "" where a code is not a marked Latin letter. */
const foldedLatin = fromPacks(() => {
  const table: string[] = new Array<string>(LATIN_END).fill("");
  for (const [from, to] of [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let c = from; c <= to; c++) {
      // NFKC too: some letters here are compatibility forms (ǆ is d + ž, ſ is s).
      table[c] = stripMarks(String.fromCharCode(c).toLowerCase().normalize("NFKC").toLowerCase());
    }
  }
  return table;
});

/** The packs' letters that do not decompose (đ), as one pattern, with what each folds to. */
const foldLetters = fromPacks(() => {
  const letters = new Map(allPacks().flatMap((p) => Object.entries(p.foldLetters)));
  const pattern =
    letters.size > 0 ? compilePattern([...letters.keys()].map(escapeRegExp).join("|"), "g") : undefined;
  return { letters, pattern };
});

/** What fold needs to do to a text, read in one pass over its UTF-16 units. */
const LOWER_CASE_ONLY = 0;
const MARKED_LATIN = 1;
const NEEDS_NFKC = 2;

function foldKind(text: string): number {
  let kind = LOWER_CASE_ONLY;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) continue;
    // İ lower-cases to i + a combining dot, which only the full path removes.
    if ((c >= 0xc0 && c <= 0x24f && c !== 0x130) || (c >= 0x1e00 && c <= 0x1eff)) kind = MARKED_LATIN;
    // Kana, CJK punctuation and ideographs: unchanged by folding, but for a few compatibility
    // forms (the ideographic space that Japanese keyboards type, ゛, ゟ, ヿ, 〸); anything else
    // may need NFKC.
    else if (!((c >= 0x3000 && c <= 0x30ff && !KANA_COMPAT.has(c)) || (c >= 0x4e00 && c <= 0x9fff)))
      return NEEDS_NFKC;
  }
  return kind;
}

/**
 * Units in U+3000–U+30FF that NFKC changes alone (゛, the ideographic space), and the
 * combining marks there (U+302A–302F, the voicing marks U+3099–309A), which NFKC composes
 * with or reorders around the units before them.
 */
const KANA_COMPAT = new Set([
  0x3000, 0x302a, 0x302b, 0x302c, 0x302d, 0x302e, 0x302f, 0x3036, 0x3038, 0x3039, 0x303a, 0x3099, 0x309a,
  0x309b, 0x309c, 0x309f, 0x30ff,
]);

/**
 * What fold makes of each UTF-16 unit that it folds on its own (ASCII, marked Latin, kana and
 * CJK by table, full-width ASCII by NFKC: no context), where the result is one unit; 0 for any other.
 * A text of such units folds unit by unit: the index tokenizer folds into a buffer with it.
 * Built on first use (about 1,500 folds; ideographs map to themselves).
 */
export function foldUnits(): Uint16Array {
  return units();
}
const units = fromPacks(() => {
  const units = new Uint16Array(0x10000);
  for (const [from, to] of [
    [0x20, 0x7e],
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
    [0x3000, 0x30ff],
  ] as const) {
    for (let c = from; c <= to; c++) {
      const unit = String.fromCharCode(c);
      if (foldKind(unit) === NEEDS_NFKC) continue;
      const folded = fold(unit);
      if (folded.length === 1) units[c] = folded.charCodeAt(0);
    }
  }
  // Ideographs: foldKind passes them, and lower-casing leaves them as they are.
  for (let c = 0x4e00; c <= 0x9fff; c++) units[c] = c;
  // Full-width ASCII (？, （, Ａ): NFKC makes each one ASCII character whatever surrounds it, as
  // no unit in this table combines with another.
  for (let c = 0xff01; c <= 0xff5e; c++) {
    const folded = fold(String.fromCharCode(c));
    if (folded.length === 1) units[c] = folded.charCodeAt(0);
  }
  return units;
});

/** Lower-cased precomposed text with each marked Latin letter replaced by its base letters. */
function foldPrecomposed(lower: string): string {
  const FOLDED_LATIN = foldedLatin();
  let out = "";
  let copied = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0xc0 || c >= LATIN_END) continue;
    const base = FOLDED_LATIN[c]!;
    if (base === "") continue;
    out += lower.slice(copied, i) + base;
    copied = i + 1;
  }
  return copied === 0 ? lower : out + lower.slice(copied);
}

/** Lower-case text with the packs' fold letters folded and Latin marks dropped (the marks of kana stay). */
function stripMarks(lower: string): string {
  const { letters, pattern } = foldLetters();
  const folded = pattern ? lower.replace(pattern, (c) => letters.get(c)!) : lower;
  return folded.normalize("NFD").replace(LATIN_MARKS, "").normalize("NFC");
}

/** NFKC, lower case, Latin diacritics and đ folded. Japanese kana keep their voicing marks. */
export function fold(text: string): string {
  // Index builds fold about a million texts: plain ASCII needs only lower case, and text
  // without compatibility forms (what people type and curators write) folds by table.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase();
  const kind = foldKind(text);
  if (kind === LOWER_CASE_ONLY) return text.toLowerCase();
  if (kind === MARKED_LATIN) return foldPrecomposed(text.toLowerCase());
  // Full-width "？" and the like: NFKC first; what it gives usually folds by table too.
  const composed = text.normalize("NFKC");
  const after = foldKind(composed);
  if (after === LOWER_CASE_ONLY) return composed.toLowerCase();
  if (after === MARKED_LATIN) return foldPrecomposed(composed.toLowerCase());
  return stripMarks(composed.toLowerCase());
}

/** Lower case and NFKC but diacritics kept: for Vietnamese words that differ only by tone. */
export function lowerExact(text: string): string {
  return text.normalize("NFKC").toLowerCase().normalize("NFC");
}

/**
 * The packs' scales written after a figure: words in Latin letters ("billion", "k", "ty"),
 * read as whole words, and characters of scripts without spaces (万, 億), read as they come.
 */
export const numberScales = fromPacks(() => {
  const all = allPacks().flatMap((p) => Object.entries(p.numbers.scales ?? {}));
  const words = new Map(all.filter(([w]) => LATIN_WORD.test(w)));
  const chars = new Map(all.filter(([w]) => !LATIN_WORD.test(w)));
  const alternation = (m: Map<string, number>) =>
    [...m.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|");
  const starts = (m: Map<string, number>) => new Set([...m.keys()].map((w) => w.charCodeAt(0)));
  const FIGURE = "(\\d+(?:\\.\\d+)?)";
  return {
    words,
    /** The longest scale word and the first units of the scale words (what may follow a figure). */
    longest: Math.max(0, ...[...words.keys()].map((w) => w.length)),
    starts: starts(words),
    wordAfterFigure:
      words.size > 0
        ? compilePattern(`\\d\\s*[${[...new Set([...words.keys()].map((w) => w[0]))].join("")}]`)
        : undefined,
    word:
      words.size > 0
        ? compilePattern(`${FIGURE}\\s*(${alternation(words)})(?![\\p{L}\\p{N}])`, "gu")
        : undefined,
    chars,
    charStarts: starts(chars),
    char: chars.size > 0 ? compilePattern(`${FIGURE}\\s*(${alternation(chars)})`, "g") : undefined,
  };
});
const LATIN_WORD = /^[a-z]+$/;

/** Whether a folded word is a scale canonicalNumbers reads after a number ("billion", "k"). */
export function isScaleWord(word: string): boolean {
  return numberScales().words.has(word);
}

function plain(n: number): string {
  // Round away float noise (27.4 * 1 etc.) without scientific notation for big values.
  // String() writes an integer below 1e21 in plain digits; toLocaleString (which builds a number
  // formatter, 20 ms on the first call of a cold start) only for larger ones.
  if (Number.isInteger(n))
    return Math.abs(n) < 1e21 ? String(n) : n.toLocaleString("en-US", { useGrouping: false });
  return String(Math.round(n * 1e6) / 1e6);
}

/**
 * Rewrites numbers in folded text to plain digits with a dot decimal:
 * 600,000 · 600.000 · 600 000 → 600000; 27,4 → 27.4; 60万 → 600000; 200億 → 20000000000;
 * 20 billion · 20 tỷ → 20000000000; 60 vạn → 600000.
 */
export function canonicalNumbers(folded: string): string {
  if (!/\d/.test(folded)) return folded;
  let s = folded;
  // Thousands separators: a separator followed by exactly three digits. One pass removes every
  // group (1,234,567): removing one never makes another match.
  s = s.replace(/(\d)[,.\u00a0\u202f' ](?=\d{3}(?!\d))/g, "$1");
  // Each rewrite below only where it can apply (index builds rewrite every text with a digit).
  // A decimal comma (Vietnamese, European): 27,4 → 27.4.
  if (s.includes(",")) s = s.replace(/(\d),(\d{1,2})(?!\d)/g, "$1.$2");
  const scales = numberScales();
  // Scales of scripts without spaces: 60万 → 600000, 1万5千 is rare in news: handled as 1万 +
  // 5千 pieces.
  if (scales.char && hasAny(s, scales.chars))
    s = s.replace(scales.char, (_m, n: string, unit: string) =>
      plain(Number(n) * (scales.chars.get(unit) ?? 1)),
    );
  // Word scales: 20 billion, 20bn, 60 van, 20 ty.
  if (scales.word && scales.wordAfterFigure?.test(s))
    s = s.replace(scales.word, (_m, n: string, unit: string) =>
      plain(Number(n) * (scales.words.get(unit) ?? 1)),
    );
  return s;
}

function hasAny(s: string, words: ReadonlyMap<string, number>): boolean {
  for (const w of words.keys()) if (s.includes(w)) return true;
  return false;
}

/** fold + canonicalNumbers: the form both index and questions are tokenized from. */
export function normalizeText(text: string): string {
  return canonicalNumbers(fold(text));
}
