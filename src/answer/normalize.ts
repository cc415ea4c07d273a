/**
 * Text folding shared by the index and the question side, so both meet in one form:
 * NFKC, lower case, Latin diacritics dropped (Vietnamese đ folded explicitly: it does not
 * decompose), and numbers rewritten to plain digits whatever their format.
 */

const LATIN_MARKS = /[\u0300-\u036f]/g;

/** NFKC, lower case, Latin diacritics and đ folded. Japanese kana keep their voicing marks. */
export function fold(text: string): string {
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
  let s = folded;
  // Thousands separators: a separator followed by exactly three digits (repeatable).
  s = s.replace(/(\d)[,.\u00a0\u202f' ](?=\d{3}(?!\d))/g, "$1");
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
