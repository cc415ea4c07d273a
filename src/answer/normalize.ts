/**
 * Text folding shared by the index and the question side, so both meet in one form:
 * NFKC, lower case, Latin diacritics dropped (Vietnamese đ folded explicitly: it does not
 * decompose), and numbers rewritten to plain digits whatever their format.
 */

const LATIN_MARKS = /[\u0300-\u036f]/g;
const ASCII = /^[\u0020-\u007e]*$/;
/** Characters NFKC would change (full-width forms, compatibility ideographs and the like) or marks. */
const NEEDS_NFKC = /[^\u0020-\u007e\u00c0-\u024f\u1e00-\u1eff\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f]/;
const MARKED_LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/g;

/** Each precomposed Latin letter with marks (Vietnamese included) → its folded base letters. */
const BASE = new Map<string, string>();
for (const [from, to] of [
  [0xc0, 0x24f],
  [0x1e00, 0x1eff],
]) {
  for (let c = from!; c <= to!; c++) {
    const ch = String.fromCharCode(c).toLowerCase();
    BASE.set(
      ch,
      ch
        .replace(/đ/g, "d")
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .normalize("NFC"),
    );
  }
}

/** NFKC, lower case, Latin diacritics and đ folded. Japanese kana keep their voicing marks. */
export function fold(text: string): string {
  // Fast paths (index builds fold every text): plain ASCII needs only lower case; text without
  // Latin letters with marks needs no decomposition.
  if (ASCII.test(text)) return text.toLowerCase();
  // Precomposed text (what people type and curators write) folds by table, without decomposing.
  if (!NEEDS_NFKC.test(text)) return text.toLowerCase().replace(MARKED_LATIN, (c) => BASE.get(c) ?? c);
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(LATIN_MARKS, "")
    .normalize("NFC");
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

const SCALE_CJK: Record<string, number> = { 千: 1e3, 万: 1e4, 億: 1e8, 兆: 1e12 };

function plain(n: number): string {
  // Round away float noise (27.4 * 1 etc.) without scientific notation for big values.
  if (Number.isInteger(n)) return n.toLocaleString("en-US", { useGrouping: false });
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
  // A decimal comma (Vietnamese, European): 27,4 → 27.4.
  s = s.replace(/(\d),(\d{1,2})(?!\d)/g, "$1.$2");
  // CJK scales: 60万 → 600000, 1万5千 is rare in news: handled as 1万 + 5千 pieces.
  s = s.replace(/(\d+(?:\.\d+)?)\s*([千万億兆])/g, (_m, n: string, unit: string) =>
    plain(Number(n) * (SCALE_CJK[unit] ?? 1)),
  );
  // Word scales: 20 billion, 20bn, 60 van, 20 ty.
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
