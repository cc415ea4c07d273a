import { languagePack } from "../../knowledge/packs.js";
import { compilePattern } from "../../lang/pattern.js";
import type { QuestionAnalysis } from "../analyze.js";
import { fold } from "../normalize.js";

const LETTER_OR_DIGIT = compilePattern("[\\p{L}\\p{N}]", "u");

/**
 * "Which is larger: the US ethanol quota or the annual capacity of Ensus's plant?": each side of
 * a choice may say what of it is compared, in words of its own. A side's fact is judged without
 * the words only the other side's phrase holds ("annual capacity" is not asked of the quota).
 */

/** Where a clause ends: a name's side is read within its clause ("…, Japan or Vietnam?"). */
const CLAUSE = /[,:;?!]/;

/** Whether the folded text holds the folded word as a whole word. */
function holdsWord(text: string, word: string): boolean {
  if (!word) return false;
  const at = text.indexOf(word);
  if (at < 0) return false;
  const edge = (c: string | undefined) => c === undefined || !LETTER_OR_DIGIT.test(c);
  return edge(text[at - 1]) && edge(text[at + word.length]) ? true : holdsWord(text.slice(at + 1), word);
}

/** The clause's two sides around its joiner ("or", "vs"), when it has one. */
function sidesOf(clause: string, joiners: readonly string[]): [string, string] | undefined {
  for (const j of joiners) {
    const m = new RegExp(
      `(?<![\\p{L}\\p{N}])${j.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
      "u",
    ).exec(clause);
    if (m) return [clause.slice(0, m.index), clause.slice(m.index + m[0].length)];
  }
  return undefined;
}

/**
 * For each name compared in a choice, the question's words that only the other side's phrase
 * holds: its fact need not state them. Empty when no clause sets one name against another,
 * each side with words of its own.
 */
export function rivalWords(q: QuestionAnalysis): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const reading = languagePack(q.lang).reading;
  if (reading.byCharacters) return out;
  const joiners = [...reading.alternatives, ...reading.pairs];
  const words = q.words.map((w) => fold(w.word));
  for (const clause of fold(q.question).split(CLAUSE)) {
    const sides = sidesOf(clause, joiners);
    if (!sides) continue;
    const [a, b] = sides;
    const named = (half: string) => [
      ...new Set(q.mentions.filter((m) => holdsWord(half, fold(m.surface))).map((m) => m.id)),
    ];
    const [inA, inB] = [named(a), named(b)];
    if (inA.length !== 1 || inB.length !== 1 || inA[0] === inB[0]) continue;
    const only = (half: string, other: string) =>
      new Set(words.filter((w) => holdsWord(half, w) && !holdsWord(other, w)));
    const [ownA, ownB] = [only(a, b), only(b, a)];
    // "Japan vs Vietnam threatened tariffs": one side says nothing of its own, so what the
    // other says is said of both.
    if (ownA.size === 0 || ownB.size === 0) continue;
    out.set(inA[0]!, ownB);
    out.set(inB[0]!, ownA);
  }
  return out;
}
