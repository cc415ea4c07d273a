import { CUE_FORMS } from "../../../knowledge/cue-source.js";
import { languagePack } from "../../../knowledge/packs.js";
import type { ContentWord, QuestionAnalysis } from "../../analyze.js";
import { CueText } from "../../cue.js";
import type { BriefingIndex } from "../../index-build.js";
import { fold } from "../../normalize.js";
import { factText } from "../fact-text.js";
import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

const NUMBER_WORD = /^\d/;

/** Not a number, nor a word of general use or too vague to name a thing. */
function namesThing(q: QuestionAnalysis, w: ContentWord): boolean {
  const { generalWords, vagueWords } = languagePack(q.lang);
  const listed = (s: ReadonlySet<string>) => s.has(w.word) || w.terms.some((t) => s.has(t));
  return !NUMBER_WORD.test(w.word) && !listed(generalWords) && !listed(vagueWords);
}

/** Where `word` stands in `text` right before one of `after` (「ウイスキーについて」). */
function before(text: string, word: string, after: readonly string[]): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const right = text.slice(at + word.length).trimStart();
    if (after.some((a) => right.startsWith(a))) return true;
  }
  return false;
}

/**
 * The runs of the question's content words right after a word of `marks` ("for Scotch whisky",
 * "về rượu whisky"): the thing each asks about, whole.
 */
function runsAfter(text: string, marks: readonly string[], content: ReadonlySet<string>): string[][] {
  const tokens = text.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
  const runs: string[][] = [];
  for (const mark of marks) {
    const parts = mark.split(/\s+/);
    for (let i = 0; i + parts.length <= tokens.length; i++) {
      if (parts.some((p, k) => tokens[i + k] !== p)) continue;
      let j = i + parts.length;
      const run: string[] = [];
      while (j < tokens.length && content.has(tokens[j]!)) run.push(tokens[j++]!);
      if (run.length > 0) runs.push(run);
    }
  }
  return runs;
}

/**
 * Read by characters, a word is known by its pieces ("ウイ", "スキ" of "ウイスキー"): a loanword
 * (the pack's `loanword` shape) no fact writes whole is unknown all the same.
 */
function unknownWord(q: QuestionAnalysis, w: ContentWord, index: BriefingIndex): boolean {
  if (w.unknown) return true;
  const pack = languagePack(q.lang);
  return (
    pack.reading.byCharacters &&
    (pack.loanword?.test(w.word) ?? false) &&
    index.facts.every((f) => !factText(f).includes(fold(w.word)))
  );
}

/**
 * The words the briefing does not know at all that the question asks about: a run of content
 * words right after a word of `aboutBefore` ("for Scotch whisky") that are all unknown ("on
 * overseas investment" asks about investment, which it knows), or a word right before one of
 * `aboutAfter` (「ウイスキーについて」).
 */
export function askedUnknown(q: QuestionAnalysis, index: BriefingIndex): string[] {
  const { aboutBefore, aboutAfter } = languagePack(q.lang).asked;
  const unknown = new Set(
    q.words.filter((w) => namesThing(q, w) && unknownWord(q, w, index)).map((w) => w.word),
  );
  if (unknown.size === 0) return [];
  const text = new CueText(q.question);
  const content = new Set(q.words.map((w) => w.word));
  const out = new Set<string>();
  for (const run of runsAfter(fold(q.question), aboutBefore, content))
    if (run.every((w) => unknown.has(w))) for (const w of run) out.add(w);
  for (const w of unknown) if (CUE_FORMS.some((f) => before(text.form(f), w, aboutAfter))) out.add(w);
  return [...out];
}

/**
 * "What did the UK–India FTA do for *whisky*?": the question asks about a thing the briefing
 * does not know at all. A fact that shares its names ("UK", "India", "FTA") but not that thing
 * is about something else: the names alone (coverage counts them as stated) lifted it over the
 * coverage threshold, and topic-word-known lets it through since it shares a topical word. Read
 * by characters, the fact must write the word whole ("ウイスキー" is not in "ロールスロイス").
 */
export const askedNounStated: FitRule = {
  name: "asked-noun-stated",
  onlyWhileFitting: true,
  check({ q, coverage, fact, index }) {
    const whole = languagePack(q.lang).reading.byCharacters;
    const states = (noun: string) =>
      !coverage.notInFact.includes(noun) && (!whole || factText(fact).includes(fold(noun)));
    const missing = askedUnknown(q, index).filter((noun) => !states(noun));
    return rejectIf(missing.map((noun) => ({ key: this.name, args: { noun } })));
  },
};
