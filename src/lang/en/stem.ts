import { fromPacks, languagePack } from "../../knowledge/packs.js";

/**
 * Light, symmetric English stemming: the same on the index and the question side, so a stem
 * need not be a word, only the same for the forms of one. The suffixes and endings are the
 * pack's (knowledge/lang/en/stemming.yaml).
 */

/** A word this short is left as it is, and a stem keeps at least this many letters. */
const SHORTEST = 3;

const rules = fromPacks(() => {
  const data = languagePack("en").stemming;
  return {
    suffixes: data.suffixes ?? [],
    keep: new Map(Object.entries(data.keep ?? {})),
    replace: Object.entries(data.replace ?? {}),
    dropFinal: data.dropFinal ?? [],
    consonants: new Set(data.consonants ?? []),
    keepDoubled: data.keepDoubled ?? [],
  };
});

/** The stem of a folded English word: a suffix stripped, then a final letter and a doubled consonant. */
export function stem(word: string): string {
  if (word.length <= SHORTEST) return word;
  const r = rules();
  let w = word;
  const replaced = r.replace.find(([ending]) => w.endsWith(ending) && w.length > ending.length + 1);
  if (replaced) w = w.slice(0, -replaced[0].length) + replaced[1];
  else {
    for (const suffix of r.suffixes) {
      if (!w.endsWith(suffix)) continue;
      if (r.keep.get(suffix)?.some((ending) => w.endsWith(ending))) break;
      const rest = w.slice(0, -suffix.length);
      if (rest.length >= SHORTEST) w = rest;
      break;
    }
  }
  const final = w.length > SHORTEST ? r.dropFinal.find((end) => w.endsWith(end)) : undefined;
  if (final !== undefined) w = w.slice(0, -final.length);
  const last = w[w.length - 1]!;
  if (
    w.length > SHORTEST &&
    last === w[w.length - 2] &&
    r.consonants.has(last) &&
    !r.keepDoubled.some((end) => w.endsWith(end))
  )
    w = w.slice(0, -1);
  return w;
}
