/**
 * Text folding shared by the index and the question side, so both meet in one form:
 * NFKC, lower case, Latin diacritics dropped (Vietnamese đ folded explicitly: it does not
 * decompose), and numbers rewritten to plain digits whatever their format.
 */

const LATIN_MARKS = /[\u0300-\u036f]/g;
const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/;

/** Each precomposed Latin letter with marks (Vietnamese included), by code → its folded base letters. */
const LATIN_END = 0x1f00;
/** Dense (a read past an array's end is slow); "" where a code is not a marked Latin letter. */
const FOLDED_LATIN: string[] = new Array<string>(LATIN_END).fill("");
for (const [from, to] of [
  [0xc0, 0x24f],
  [0x1e00, 0x1eff],
] as const) {
  for (let c = from; c <= to; c++) {
    // NFKC too: some letters here are compatibility forms (ǆ is d + ž, ſ is s).
    FOLDED_LATIN[c] = stripMarks(String.fromCharCode(c).toLowerCase().normalize("NFKC").toLowerCase());
  }
}

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
  if (units) return units;
  units = new Uint16Array(0x10000);
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
}
let units: Uint16Array | undefined;

/** Lower-cased precomposed text with each marked Latin letter replaced by its base letters. */
function foldPrecomposed(lower: string): string {
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

/** Lower-case text with đ folded and Latin marks dropped (the marks of kana stay). */
function stripMarks(lower: string): string {
  return lower.replace(/đ/g, "d").normalize("NFD").replace(LATIN_MARKS, "").normalize("NFC");
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

const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  nghin: 1e3,
  ngan: 1e3,
  van: 1e4,
  trieu: 1e6,
  ty: 1e9,
  k: 1e3,
  m: 1e6,
  bn: 1e9,
};

/** Whether a folded word is a scale canonicalNumbers reads after a number ("billion", "k"). */
export function isScaleWord(word: string): boolean {
  return Object.hasOwn(SCALE_WORDS, word);
}
export const LONGEST_SCALE = Math.max(...Object.keys(SCALE_WORDS).map((w) => w.length));
/** The first units of the scale words. */
export const SCALE_STARTS: ReadonlySet<number> = new Set(
  Object.keys(SCALE_WORDS).map((w) => w.charCodeAt(0)),
);

const SCALE_CJK: Record<string, number> = { 千: 1e3, 万: 1e4, 億: 1e8, 兆: 1e12 };
const CJK_SCALE = /[千万億兆]/;

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
  // CJK scales: 60万 → 600000, 1万5千 is rare in news: handled as 1万 + 5千 pieces.
  if (CJK_SCALE.test(s)) {
    s = s.replace(/(\d+(?:\.\d+)?)\s*([千万億兆])/g, (_m, n: string, unit: string) =>
      plain(Number(n) * (SCALE_CJK[unit] ?? 1)),
    );
  }
  // Word scales: 20 billion, 20bn, 60 van, 20 ty (each begins with one of b k m n t v).
  if (/\d\s*[bkmntv]/.test(s))
    s = s.replace(
      /(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|nghin|ngan|van|trieu|ty|bn|k|m)(?![\p{L}\p{N}])/gu,
      (_m, n: string, unit: string) => plain(Number(n) * (SCALE_WORDS[unit] ?? 1)),
    );
  return s;
}

/** fold + canonicalNumbers: the form both index and questions are tokenized from. */
export function normalizeText(text: string): string {
  return canonicalNumbers(fold(text));
}

const KANJI_DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const KANJI_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
/**
 * Kanji numerals before a counter or scale ("四月二十八日", "五百人", "六十万"), not inside a
 * word ("統一", "一部"): a number follows the start, a non-kanji, or 年/月 ("四月二十八日").
 */
const KANJI_NUMBER =
  /(?<!(?![年月])\p{Script=Han})([〇零一二三四五六七八九十百千]+)(?=[年月日人名件本つ回週万億%％]|か[月国]|カ[月国]|ヵ[月国]|ヶ[月国]|パーセント)/gu;

function kanjiValue(numeral: string): number {
  // Digit by digit, as years are written: 二〇二五.
  if (!/[十百千]/u.test(numeral)) return Number([...numeral].map((c) => KANJI_DIGIT[c] ?? 0).join(""));
  let total = 0;
  let digit = -1;
  for (const c of numeral) {
    const unit = KANJI_UNIT[c];
    if (unit === undefined) digit = KANJI_DIGIT[c] ?? 0;
    else {
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
  }
  return digit >= 0 ? total + digit : total;
}

/**
 * A Japanese question with its kanji numerals in digits, as the statements write them:
 * "四月二十八日" → "4月28日", "五百人" → "500人". Questions only (statements use digits).
 */
export function kanjiNumeralsToDigits(text: string): string {
  if (!/[〇零一二三四五六七八九十百千]/u.test(text)) return text;
  return text.replace(KANJI_NUMBER, (_m, numeral: string) => String(kanjiValue(numeral)));
}

const EN_SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const EN_SCALE: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
/** A run of English number words ("twenty-four", "two hundred billion", "one hundred and fifty"). */
const EN_NUMBER_RUN = new RegExp(
  `\\b(?:${[...Object.keys(EN_SMALL), ...Object.keys(EN_SCALE)].join("|")})(?:(?:\\s+|-)(?:and\\s+)?(?:${[...Object.keys(EN_SMALL), ...Object.keys(EN_SCALE)].join("|")}))*\\b`,
  "gi",
);

/**
 * An English question with its spelled-out numbers in digits where they are clearly a figure:
 * "twenty billion" → "20000000000", "twenty-four percent" → "24 percent", "ninety days" → "90
 * days". A lone small word ("one of the first", "the two sides") stays a word, as the
 * statements write it. Questions only.
 */
export function englishNumberWordsToDigits(text: string): string {
  return text.replace(EN_NUMBER_RUN, (run) => {
    const all = run.toLowerCase().split(/[\s-]+/);
    const words = all.filter((w) => w !== "and");
    // A figure: a tens word (twenty…ninety) or a scale (hundred…trillion) in it, after a number
    // word ("$20 billion" keeps its scale word).
    if (!(words[0]! in EN_SMALL) || !words.some((w) => (EN_SMALL[w] ?? 0) >= 20 || w in EN_SCALE)) return run;
    // "and" only after a hundred or a scale ("one hundred and fifty"): "twenty-four and
    // forty-six" are two numbers, left as written.
    if (all.some((w, i) => w === "and" && !(all[i - 1]! in EN_SCALE))) return run;
    let total = 0;
    let group = 0;
    for (const w of words) {
      const small = EN_SMALL[w];
      if (small !== undefined) {
        // Units after tens ("twenty-four"), tens or teens on an even hundred; anything else
        // ("twenty twenty-six", a year said aloud) is no single number.
        if (small >= 10 ? group % 100 !== 0 : group % 10 !== 0) return run;
        group += small;
      } else if (w === "hundred") {
        if (group >= 100) return run;
        group = (group || 1) * 100;
      } else {
        total += (group || 1) * EN_SCALE[w]!;
        group = 0;
      }
    }
    return String(total + group);
  });
}
