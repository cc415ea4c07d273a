import type { Lang } from "../../i18n/lang.js";
import { message } from "../messages.js";
import { type Answer, type Citation, MAX_ANSWER_CHARS } from "../types.js";

/**
 * A question in parts answered part by part ("Was Xi's visit before or after Liberation Day,
 * and how many days after Xi left did the talks happen?"): the parts' answers as one, in the
 * order asked. Each part's markers are numbered after the earlier parts' citations; a citation
 * an earlier part already gives keeps its number. The first part is the question proper: when
 * it is not answered, neither is the whole. A later part not answered is said to be left out.
 * Undefined when the parts together exceed the answer's length.
 */
export function joinedAnswers(parts: readonly Answer[], lang: Lang): Answer | undefined {
  const first = parts[0];
  if (!first?.answered) return first;
  const citations: Citation[] = [];
  const texts: string[] = [];
  const factIds: string[] = [];
  let confidence = 1;
  let missing = false;
  for (const part of parts) {
    if (!part.answered) {
      missing = true;
      continue;
    }
    const number = part.citations.map((c) => {
      const same = citations.findIndex(
        (d) => d.sourceId === c.sourceId && d.quote === c.quote && d.url === c.url,
      );
      if (same >= 0) return same + 1;
      citations.push(c);
      return citations.length;
    });
    texts.push(
      part.text.replace(/\[(\d+)\]/g, (m, n: string) => {
        const to = number[Number(n) - 1];
        return to === undefined ? m : `[${to}]`;
      }),
    );
    for (const id of part.factIds) if (!factIds.includes(id)) factIds.push(id);
    confidence = Math.min(confidence, part.confidence);
  }
  let text = texts.join(" ");
  if (missing) {
    text = `${text} ${message("partNotCovered", lang)}`;
    confidence *= 0.8;
  }
  if (text.length > MAX_ANSWER_CHARS) return undefined;
  return {
    ...first,
    text,
    citations,
    factIds,
    confidence: Math.round(confidence * 100) / 100,
  };
}
