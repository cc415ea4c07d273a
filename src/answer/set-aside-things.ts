import type { Lang } from "../i18n/lang.js";
import { allPacks, languagePack } from "../knowledge/packs.js";
import { questionWords } from "./tokenize.js";

/**
 * "…right now (not the new pledge)?", "(not the energy transition and chip R&D ones)",
 * 「（新しい約束ではなく）」: a thing the question sets aside by a phrase of its own (the
 * packs' reading `setAsideThing`). Each phrase's content words, as index terms (words of
 * general use or too vague to name a thing left out), and the text without the phrases:
 * what the question asks about.
 */
export interface SetAsideThings {
  /** Per phrase set aside, the terms of each of its content words. */
  things: string[][][];
  /** The text with every phrase set aside taken out. */
  rest: string;
  /** A phrase set aside names a pledge, plan or target (the packs' `promises`). */
  promise: boolean;
}

export function setAsideThings(text: string, lang: Lang): SetAsideThings {
  const { generalWords, vagueWords } = languagePack(lang);
  const things: string[][][] = [];
  let rest = text;
  let promise = false;
  for (const pack of allPacks()) {
    const re = pack.reading.setAsideThing;
    if (!re) continue;
    // The packs write the pattern with the global flag: every phrase is set aside.
    rest = rest.replace(re, (whole, ...groups: unknown[]) => {
      const thing = groups.find((g): g is string => typeof g === "string" && g.trim().length > 0);
      if (thing === undefined) return whole;
      const words = questionWords(thing, lang)
        .filter((w) => !generalWords.has(w.word) && !vagueWords.has(w.word))
        .filter((w) => !/^\d/.test(w.word))
        .map((w) => w.terms);
      if (words.length > 0) things.push(words);
      promise ||= allPacks().some((p) => p.promises?.test(thing));
      return " ";
    });
  }
  return { things, rest, promise };
}
