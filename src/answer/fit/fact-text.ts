import type { Fact } from "../../briefing/types.js";
import { LANGS } from "../../i18n/lang.js";
import { fold } from "../normalize.js";

const textCache = new WeakMap<Fact, string>();

/** All renderings of the fact, folded: to find an entity the curator did not list. */
export function factText(fact: Fact): string {
  let text = textCache.get(fact);
  if (text === undefined) {
    text = LANGS.map((l) => fold(fact.statement[l])).join("\n");
    textCache.set(fact, text);
  }
  return text;
}

/**
 * Facts' texts as factText gives them, kept by a packed index (../index-cache.ts) that was
 * read under the knowledge in use: a cold start then folds no candidate's statements.
 */
export function keepFactTexts(facts: readonly Fact[], texts: readonly string[]): void {
  if (texts.length !== facts.length) return;
  facts.forEach((fact, i) => {
    if (!textCache.has(fact)) textCache.set(fact, texts[i]!);
  });
}
