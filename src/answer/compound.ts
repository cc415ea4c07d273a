import type { Lang } from "../i18n/lang.js";
import { languagePack } from "../knowledge/packs.js";
import { compilePattern } from "../lang/pattern.js";

const LETTER_OR_DIGIT_ALL = compilePattern("[\\p{L}\\p{N}]", "gu");

/**
 * A question that asks two things at once ("When did Ishiba land, and when did he meet
 * Chinh?", "OSAで合意できた？そもそもOSAってどんな制度？") split into its questions, each
 * answered on its own. Only clear joins split: a second sentence, or "and" before a question
 * word; anything else stays one question.
 */

/** A question mark with more text after it: one sentence ends, another begins. */
const SENTENCE_END = /(?<=[?？])\s*(?=\S)/gu;

/** Pieces shorter than this (in letters) are not a question of their own ("…, and why?"). */
const MIN_LETTERS = 8;

export function compoundParts(question: string, lang: Lang): string[] {
  const pack = languagePack(lang);
  const { compoundJoin: join, eachPieceAsks: asks, compoundMinWords: minWords } = pack;
  let pieces = withAlternatives(question.split(SENTENCE_END), pack.compoundAlternative);
  if (join)
    pieces = pieces.flatMap((p) => {
      const split = p.split(join);
      return !asks || split.every((piece) => asks.test(piece)) ? split : [p];
    });
  pieces = pieces.flatMap((p) => remainderParts(p, lang));
  pieces = pieces.map((p) => p.trim()).filter((p) => p.length > 0);
  const letters = (p: string) => p.match(LETTER_OR_DIGIT_ALL)?.length ?? 0;
  // "Which firms and which provinces…" joins two nouns, not two questions: each piece of a
  // question written with spaces must be a clause of a few words (the pack's minWords).
  const words = (p: string) => p.split(/\s+/).filter(Boolean).length;
  // "Rời Hà Nội ông Ishiba đi đâu, gặp ai?": a later part of a verb and a question word asks in
  // the first part's frame, which is the first part less its own ask of as many words.
  if (minWords !== undefined && pieces.length > 1 && words(pieces[0]!) >= minWords)
    pieces = pieces.map((p, i) =>
      i > 0 && words(p) < minWords && !asksRest(p, lang) ? (framedLike(pieces[0]!, p, asks) ?? p) : p,
    );
  if (
    pieces.length < 2 ||
    pieces.some((p) => letters(p) < MIN_LETTERS || (minWords !== undefined && words(p) < minWords))
  )
    return [question];
  return pieces.slice(0, 3);
}

/**
 * "Was it $20 billion? Or 20 trillion yen?", "200億ドル？それとも20兆円？": a sentence that opens
 * offering another option of the one before (the pack's `alternative`) is one question with
 * it, its options side by side; the sentences are joined again.
 */
function withAlternatives(sentences: string[], alternative: RegExp | undefined): string[] {
  if (!alternative || sentences.length < 2) return sentences;
  const out: string[] = [];
  for (const s of sentences) {
    alternative.lastIndex = 0;
    const opens = alternative.exec(s)?.index === 0;
    if (opens && out.length > 0) out[out.length - 1] = `${out[out.length - 1]!.trimEnd()} ${s}`;
    else out.push(s);
  }
  return out;
}

/**
 * "Cars, steel and aluminium are at 25%, and everything else?": the list's question and the
 * same question of the rest, split where the pack's `remainder` join names the rest. The rest is
 * written as the facts write it (`remainderAs`: "everything else" as "all other"); the list's
 * part borrows the rest's ask where it has none of its own ("自動車・鉄鋼・アルミとそれ以外の品目で
 * 何パーセント？": "自動車・鉄鋼・アルミの品目で何パーセント？"). A piece that only names the rest
 * ("còn các hàng khác thì sao?") is that rest's question.
 */
export function remainderParts(piece: string, lang: Lang): string[] {
  const { remainderAs, eachPieceAsks: asks } = languagePack(lang);
  const found = remainderFound(piece, lang);
  if (!found) return [piece];
  const before = piece.slice(0, found.index).trim();
  const after = piece.slice(found.index + found[0].length);
  const rest = remainderAs.reduce((text, r) => text.replace(r.pattern, r.to), after);
  if ((before.match(LETTER_OR_DIGIT_ALL)?.length ?? 0) === 0) return [rest];
  const ask = after.slice(found.groups?.rest?.length ?? 0);
  return [asks && !asks.test(before) ? `${before}${ask}` : before, rest];
}

function remainderFound(piece: string, lang: Lang): RegExpExecArray | null {
  const remainder = languagePack(lang).compoundRemainder;
  // The pack's pattern is compiled without the global flag: exec reads from the start.
  return remainder?.exec(piece) ?? null;
}

/**
 * Whether a part asks of the rest ("all other goods at 10%?", "それ以外の品目は？"): it opens on
 * the rest. Such a part is answered only by a fact that states the rest (`restStated`): "the
 * rest" of one thing is not any neighbouring fact ("鉄鋼の関税率と、それ以外の国の首脳は誰？").
 */
export function asksRest(piece: string, lang: Lang): boolean {
  const found = remainderFound(piece.trim(), lang);
  return found?.index === 0 && found.groups?.rest !== undefined;
}

/** Whether a fact's statement states the rest of a list's kind ("all other goods"). */
export function restStated(statement: string, lang: Lang): boolean {
  return languagePack(lang).remainderStated?.test(statement) ?? false;
}

/**
 * `short` in the frame of `first`: `first` less its last words, as many as `short` has, when
 * those words ask (`asks`: "đi đâu" for "gặp ai").
 */
function framedLike(first: string, short: string, asks: RegExp | undefined): string | undefined {
  const own = first
    .replace(/[?？]\s*$/u, "")
    .split(/\s+/)
    .filter(Boolean);
  const n = short.split(/\s+/).filter(Boolean).length;
  if (own.length <= n) return undefined;
  if (asks && !asks.test(own.slice(own.length - n).join(" "))) return undefined;
  return `${own.slice(0, own.length - n).join(" ")} ${short}`;
}

/** A name the question gives, where it stands in the question's text and what kind of thing it names. */
export interface FramedName {
  surface: string;
  kind: string | undefined;
}

/**
 * "トランプ関税って日本は何％、ベトナムは何％": a later part that opens with a name, where the first
 * part gives a name of the same kind after other words, asks the first part's question of that
 * name: it is read with the first part's words before its name ("トランプ関税って" + "ベトナムは
 * 何％"). Undefined when the parts are not so alike.
 */
export function sharedFrame(
  first: { piece: string; names: readonly FramedName[] },
  later: { piece: string; names: readonly FramedName[] },
  lang: Lang,
): string | undefined {
  const opening = later.names[0];
  const text = later.piece.normalize("NFKC").trimStart();
  if (!opening?.kind || !text.startsWith(opening.surface)) return undefined;
  const firstText = first.piece.normalize("NFKC");
  for (const name of first.names) {
    if (name.kind !== opening.kind || name.surface === opening.surface) continue;
    const at = firstText.indexOf(name.surface);
    const before = at > 0 ? firstText.slice(0, at).trim() : "";
    if ((before.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < 2) continue;
    return lang === "ja" ? `${before}${text}` : `${before} ${text}`;
  }
  return undefined;
}
