/**
 * The code a language needs beyond its pack's data (knowledge/lang/<code>/): how to cut text
 * written without spaces into words, how to stem, how its syllables pair. Every member is
 * optional and a language with no code has no module: the engine reads what a language has
 * through the registry (registry.ts) and falls back to plain words without it.
 */
export interface LanguageModule {
  /**
   * The characters of a script this language writes without spaces, as the body of a regular
   * expression class (u flag). The index reads a run of them as character bigrams; a
   * question's run is cut into words by `questionWords`.
   */
  script?: string;
  /**
   * The content words of a run of `script` in a question (particles, question words and
   * framing verbs left out), each with its index terms; `bigrams` gives the index's terms of
   * a text in the script.
   */
  questionWords?(run: string, bigrams: (text: string) => string[]): RunWord[];
  /** The stem of a folded word in Latin letters, the same on the index and the question side. */
  stem?(word: string): string;
  /**
   * The term of two neighbouring content syllables: a language whose words span syllables
   * ("nhat ban") is indexed with each pair too, so a question's pair meets the statement's.
   */
  pairSyllables?(previous: string, next: string): string;
  /** A question with the numbers it writes in words or numerals in digits, as statements write them. */
  numbersToDigits?(question: string): string;
}

/** A word of a run of a script without spaces and the index terms that stand for it. */
export interface RunWord {
  word: string;
  terms: string[];
  /**
   * The share of its terms a fact must hold to state it; absent, any one term does. A loanword
   * spelt in kana shares single bigrams with unrelated words ("ウイスキー" and "ロールス・ロイス").
   */
  minShare?: number;
}
