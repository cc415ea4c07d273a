/**
 * Wraps text to a terminal's width without splitting words: a line breaks at spaces, and
 * between characters of Chinese, Japanese or Korean text (which has no spaces and takes two
 * columns a character). A continued line keeps its indent and any list marker's hang, so a
 * wrapped source or suggestion stays under its own item.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** East Asian wide and fullwidth ranges, and pictographs: two columns each. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u;
/** Marks that combine with the character before them take no column. */
const ZERO = /^(?:\p{Mn}|\p{Me}|[\u200b-\u200f]|\ufe0f)+$/u;

/** Columns one grapheme takes. */
function columnsOf(grapheme: string): number {
  if (ZERO.test(grapheme)) return 0;
  return WIDE.test(grapheme) ? 2 : 1;
}

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += columnsOf(segment);
  return width;
}

/** A line's indent plus a list marker ("- ", "• ", "* ", "[2] "): where its continuation starts. */
const HANG = /^(\s*)(?:[-•*]\s+|\[\d+\]\s+)?/u;

/** The pieces a line may break between: words with the spaces after them; each wide character alone. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let word = "";
  for (const { segment } of graphemes.segment(text)) {
    if (/^\s+$/u.test(segment)) {
      word += segment;
      out.push(word);
      word = "";
    } else if (columnsOf(segment) === 2) {
      if (word) out.push(word);
      out.push(segment);
      word = "";
    } else {
      // Text after spaces starts a new piece; a non-space right after spaces closed the last one.
      word += segment;
    }
  }
  if (word) out.push(word);
  return out;
}

/** Hard-breaks a piece wider than the room into runs that fit. */
function split(piece: string, room: number): string[] {
  const runs: string[] = [];
  let run = "";
  let width = 0;
  for (const { segment } of graphemes.segment(piece)) {
    const w = columnsOf(segment);
    if (width + w > room && run) {
      runs.push(run);
      run = "";
      width = 0;
    }
    run += segment;
    width += w;
  }
  if (run) runs.push(run);
  return runs;
}

function wrapLine(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const hang = HANG.exec(line)?.[0] ?? "";
  // A hang wider than half the line is not kept: the text would be a thin column.
  const indent = displayWidth(hang) <= width / 2 ? " ".repeat(displayWidth(hang)) : "";
  const lines: string[] = [];
  let current = hang;
  let used = displayWidth(hang);
  /** Nothing on the current line yet but its indent. */
  let fresh = true;
  const newLine = () => {
    lines.push(current.trimEnd());
    current = indent;
    used = indent.length;
    fresh = true;
  };
  const queue = pieces(line.slice(hang.length));
  while (queue.length > 0) {
    const piece = queue.shift()!;
    const bare = piece.trimEnd();
    if (fresh && bare === "" && lines.length > 0) continue;
    const w = displayWidth(bare);
    if (used + w <= width) {
      current += piece;
      used += displayWidth(piece);
      fresh = false;
    } else if (!fresh) {
      newLine();
      queue.unshift(piece);
    } else {
      // Wider than a whole line (a long URL): cut it where the line ends.
      const runs = split(bare, Math.max(1, width - used));
      current += runs[0];
      newLine();
      const remainder = runs.slice(1).join("");
      if (remainder) queue.unshift(remainder + piece.slice(bare.length));
    }
  }
  if (!fresh) lines.push(current.trimEnd());
  return lines;
}

/** Every line of `text` wrapped to `width` columns (no wrapping below 20 columns or without a width). */
export function wrapText(text: string, width: number | undefined): string {
  if (!width || width < 20) return text;
  return text
    .split("\n")
    .flatMap((line) => wrapLine(line, width))
    .join("\n");
}
