/**
 * The length of a question as a person counts it: user-perceived characters (grapheme
 * clusters) of the trimmed text. An emoji is one character, not two UTF-16 units; a family
 * emoji or a decomposed Vietnamese letter is one; surrounding spaces are not counted.
 * The CLI and every chat adapter measure with this, so they refuse the same questions.
 */
// Made on first use: loading the segmentation rules costs ~10 ms, and most texts are short
// enough that no caller needs a count (src/answer/guard.ts).
let segmenter: Intl.Segmenter | undefined;

export function questionLength(text: string): number {
  const trimmed = text.trim();
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  let count = 0;
  for (const _ of segmenter.segment(trimmed)) count += 1;
  return count;
}
