/**
 * The evaluation's matching rules (../shared/eval/score.mjs), so the benchmark and the
 * question-set test judge answers exactly as the evaluation does.
 */
export function normalise(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .replace(/(\d)[,.\u00a0\u202f' ](?=\d{3}(?!\d))/g, "$1");
}

/** True when `alt` (a trailing * makes it a prefix) stands as a word in normalised `text`. */
export function matches(text: string, alt: string): boolean {
  const prefix = alt.endsWith("*");
  const word = normalise(prefix ? alt.slice(0, -1) : alt);
  if (/[^\u0020-\u024f]/.test(word)) return text.includes(word);
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Word edges are Latin letters and digits only, so "46" is found in Japanese "は46%".
  const edge = "\\p{Script=Latin}\\p{N}";
  return new RegExp(`(?<![${edge}])${esc}${prefix ? "" : `(?![${edge}])`}`, "u").test(text);
}

/** What a scored answer needs of its reply: the part of an Answer the rules read. */
export interface ScoredReply {
  answered: boolean;
  text: string;
  citations: readonly { url?: string }[];
}

/**
 * Whether an answer to an answerable question counts as right: answered, cited with a URL,
 * within 700 characters, with one alternative of every `must` group.
 */
export function answeredRight(reply: ScoredReply, must: readonly (readonly string[])[] = []): boolean {
  if (!reply.answered || !reply.citations.some((x) => x.url) || reply.text.length > 700) return false;
  const text = normalise(reply.text);
  return must.every((group) => group.some((alt) => matches(text, alt)));
}
