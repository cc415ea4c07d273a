import { fromPacks, languagePack } from "../../knowledge/packs.js";
import { compilePattern, escapeRegExp } from "../pattern.js";
import type { RunWord } from "../types.js";

/**
 * Japanese is written without spaces: the index reads it as character bigrams (fast, and
 * robust to segmentation), and a question is cut into words with Intl.Segmenter('ja'), each
 * content word standing for its bigrams. The particles, question words and framing verbs
 * left out are the pack's (knowledge/lang/ja/stopwords.yaml, tokens.yaml).
 */

/** Han, kana, the prolonged sound mark ー, the iteration marks 々 and 〆. */
export const JAPANESE_SCRIPT = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc\\u3005\\u3006";
const SCRIPT_RUN = compilePattern(`^[${JAPANESE_SCRIPT}]+$`, "u");
/** Kana alone, two characters or fewer: a particle or an ending, never a content word. */
const SHORT_KANA = compilePattern("^[\\p{Script=Hiragana}\\u30fc]+$", "u");
const SHORT_KANA_MAX = 2;
/** Kanji followed by a short kana ending: a verb or adjective form, its stem in group 1. */
const VERB_FORM = compilePattern("^(\\p{Script=Han}+)\\p{Script=Hiragana}{1,2}$", "u");
/** A word in katakana of four characters or more: a loanword, stated only by most of its bigrams. */
const KATAKANA_WORD = compilePattern("^[\\p{Script=Katakana}\\u30fc\\u30fb]{4,}$", "u");
const LOANWORD_SHARE = 0.5;

const pack = fromPacks(() => {
  const ja = languagePack("ja");
  const stems = ja.stopVerbStems.map(escapeRegExp).join("|");
  return {
    stop: ja.stop,
    statedAs: ja.statedAs,
    // A framing verb in any form: its stem and kana (聞きました, 思います, 言われて).
    stopVerb: stems ? compilePattern(`^(?:${stems})\\p{Script=Hiragana}*$`, "u") : undefined,
  };
});

let segmenter: Intl.Segmenter | undefined;
function segment(run: string): string[] {
  segmenter ??= new Intl.Segmenter("ja", { granularity: "word" });
  const words: string[] = [];
  for (const s of segmenter.segment(run)) if (s.isWordLike) words.push(s.segment);
  return words;
}

/** The content words of a run of Japanese in a question, each with its index terms. */
export function questionWords(run: string, bigrams: (text: string) => string[]): RunWord[] {
  const { stop, statedAs, stopVerb } = pack();
  const out: RunWord[] = [];
  for (const w of segment(run)) {
    if (stop.has(w) || stopVerb?.test(w) || (w.length === 1 && !SCRIPT_RUN.test(w))) continue;
    if (w.length <= SHORT_KANA_MAX && SHORT_KANA.test(w)) continue;
    const terms = bigrams(w);
    // A conjugated verb ("発つ" where the fact says "発ち"): its kanji stem speaks for it.
    const stemmed = VERB_FORM.exec(w)?.[1];
    if (stemmed && !terms.includes(stemmed)) terms.push(stemmed);
    // How a person says it against how the statements say it ("どう見る" → "位置づけ").
    const key = stemmed ?? w;
    const said = Object.hasOwn(statedAs, key) ? statedAs[key] : undefined;
    if (said) terms.push(...bigrams(said));
    out.push(KATAKANA_WORD.test(w) ? { word: w, terms, minShare: LOANWORD_SHARE } : { word: w, terms });
  }
  return out;
}
