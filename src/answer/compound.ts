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

/**
 * `shortAsks`: a short sentence with a question word of its own ("誰に会う予定？") is a part too
 * (the pack's minLetters); read so only when the question read whole is not answered, since
 * such a sentence most often asks on in the first one's frame ("いつからですか？").
 */
export function compoundParts(question: string, lang: Lang, shortAsks = false): string[] {
  const pack = languagePack(lang);
  const { compoundJoin: join, eachPieceAsks: asks, compoundMinWords: minWords } = pack;
  const letters = (p: string) => p.match(LETTER_OR_DIGIT_ALL)?.length ?? 0;
  // "誰に会う予定？": a short sentence with a question word of its own asks (the pack's minLetters).
  const asksAlone = (p: string) =>
    shortAsks &&
    pack.compoundMinLetters !== undefined &&
    asks !== undefined &&
    letters(p) >= pack.compoundMinLetters &&
    asks.test(p);
  const elliptical = (p: string) => ellipticalName(p, lang) !== undefined;
  // "…ですか。…ですか。": a sentence the pack ends without a question mark ends there too.
  const sentenceEnd = pack.compoundSentenceEnd;
  const sentences = question
    .split(SENTENCE_END)
    .flatMap((s) => (sentenceEnd ? s.split(sentenceEnd) : [s]))
    .filter((s) => s.trim().length > 0);
  let pieces = withShortJoined(
    withAlternatives(sentences, pack.compoundAlternative),
    (p) =>
      pack.compoundMinLetters !== undefined &&
      letters(p) < MIN_LETTERS &&
      !(asks !== undefined && letters(p) >= pack.compoundMinLetters && asks.test(p)) &&
      !elliptical(p),
  ).flatMap((p) => ellipticalTail(p, lang));
  if (join)
    pieces = pieces.flatMap((p) => {
      const split = p.split(join);
      return !asks || split.every((piece) => asks.test(piece)) ? split : [p];
    });
  pieces = pieces.flatMap((p) => remainderParts(p, lang));
  pieces = pieces.map((p) => p.trim()).filter((p) => p.length > 0);
  // "Which firms and which provinces…" joins two nouns, not two questions: each piece of a
  // question written with spaces must be a clause of a few words (the pack's minWords).
  const words = (p: string) => p.split(/\s+/).filter(Boolean).length;
  // "Rời Hà Nội ông Ishiba đi đâu, gặp ai?": a later part of a verb and a question word asks in
  // the first part's frame, which is the first part less its own ask of as many words.
  if (minWords !== undefined && pieces.length > 1 && words(pieces[0]!) >= minWords)
    pieces = pieces.map((p, i) =>
      i > 0 && words(p) < minWords && !asksRest(p, lang) && !elliptical(p)
        ? (framedLike(pieces[0]!, p, asks) ?? p)
        : p,
    );
  if (
    pieces.length < 2 ||
    pieces.some(
      (p, i) =>
        !(i > 0 && elliptical(p)) &&
        ((letters(p) < MIN_LETTERS && !asksAlone(p)) || (minWords !== undefined && words(p) < minWords)),
    )
  )
    return [question];
  return pieces.slice(0, 3);
}

/**
 * "còn Nhật thì sao?", "and what about Japan?", 「日本は？」: the name a part asks the part
 * before's question of (the pack's `elliptical`), undefined when the part is no such ellipsis.
 */
export function ellipticalName(piece: string, lang: Lang): string | undefined {
  for (const re of languagePack(lang).compoundElliptical) {
    const name = re.exec(piece)?.groups?.name?.trim();
    if (name) return name;
  }
  return undefined;
}

/** The clauses that separate a sentence's last part from what comes before it. */
const CLAUSE_MARK = /[,、，;；]/gu;

/**
 * "thue … la bao nhieu %, con nhat thi sao?": a sentence whose last clause is an ellipsis is
 * two parts, split at the mark before it, when the clause before asks ("Japan got 24%, what
 * about China's rate?" states a figure and asks one question).
 */
function ellipticalTail(sentence: string, lang: Lang): string[] {
  const pack = languagePack(lang);
  const asks = pack.compoundEllipticalHead ?? pack.eachPieceAsks;
  if (!asks) return [sentence];
  for (const m of sentence.matchAll(CLAUSE_MARK)) {
    const head = sentence.slice(0, m.index).trim();
    const tail = sentence.slice(m.index + m[0].length).trim();
    if (!asks.test(head)) continue;
    if (head && ellipticalName(tail, lang) !== undefined && ellipticalName(head, lang) === undefined)
      return [head, tail];
  }
  return [sentence];
}

/**
 * Rule short-sentence-joined: "習主席の訪問は解放の日の前？後？": a sentence too short to ask on its
 * own (`short`) reads with the one before it, and the sentences after still split.
 */
function withShortJoined(sentences: string[], short: (s: string) => boolean): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    if (out.length > 0 && short(s)) out[out.length - 1] = `${out[out.length - 1]!}${s}`;
    else out.push(s);
  }
  return out;
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

/** A figure as a question states it: digits, with a decimal or thousands mark and a %. */
const FIGURE = /\d+(?:[.,]\d+)*\s*[%％]?/gu;

const YEAR = /^(?:19|20)\d\d$/u;

/** The most characters between a name and its figure in a list of them. */
const MAX_PAIR_GAP = 10;

/** A list of names each with its figure, and the words before and after the list. */
export interface PairedList {
  before: string;
  /** Each name with its figure, as written. */
  pairs: string[];
  /** The name and the figure of each pair (the name folded to lower case). */
  named: { name: string; figure: string }[];
  after: string;
}

/**
 * "Japan 24 vietnam 46 right?", "日本は24、ベトナムは46で合ってる？", "24 for Japan and 46 for
 * Vietnam?": names, each with its figure, checked together. `names` are the surfaces of the
 * names the question gives, in any order; the list must alternate name and figure (all names
 * first or all figures first), two or three of each, and hold no other figure. Undefined when
 * the question is not such a list.
 */
export function pairedList(question: string, names: readonly string[]): PairedList | undefined {
  const text = question.normalize("NFKC");
  const lower = text.toLowerCase();
  const figures = [...text.matchAll(FIGURE)].map((m) => ({
    at: m.index,
    end: m.index + m[0].trimEnd().length,
  }));
  if (figures.length < 2 || figures.length > 3) return undefined;
  // "Mỹ chiếm 35% … Việt Nam năm 2023": a year dates a figure, it is none of a list's.
  if (figures.some((f) => YEAR.test(text.slice(f.at, f.end)))) return undefined;
  const spans: { at: number; end: number; name: string }[] = [];
  for (const name of new Set(names.map((n) => n.normalize("NFKC").toLowerCase()))) {
    const at = lower.indexOf(name);
    if (at >= 0 && !spans.some((s) => at < s.end && s.at < at + name.length))
      spans.push({ at, end: at + name.length, name });
  }
  if (spans.length !== figures.length) return undefined;
  spans.sort((a, b) => a.at - b.at);
  const pairs = spans.map((name, i) => [name, figures[i]!] as const);
  const nameFirst = pairs[0]![0].at < pairs[0]![1].at;
  const ordered = (a: { end: number }, b: { at: number }) => a.end <= b.at;
  for (let i = 0; i < pairs.length; i++) {
    const [name, figure] = pairs[i]!;
    const [a, b] = nameFirst ? [name, figure] : [figure, name];
    // "Japan 24", "日本は24", "24 for Japan": a name and its figure side by side, a word or two apart.
    if (!ordered(a, b) || b.at - a.end > MAX_PAIR_GAP) return undefined;
    const next = pairs[i + 1];
    if (next && !ordered(b, nameFirst ? next[0] : next[1])) return undefined;
  }
  const start = (i: number) => Math.min(pairs[i]![0].at, pairs[i]![1].at);
  const end = (i: number) => Math.max(pairs[i]![0].end, pairs[i]![1].end);
  return {
    before: text.slice(0, start(0)),
    pairs: pairs.map((_, i) => text.slice(start(i), end(i))),
    named: pairs.map(([name, figure]) => ({
      name: name.name,
      figure: text.slice(figure.at, figure.end).replace(/[^\d.]/g, ""),
    })),
    after: text.slice(end(pairs.length - 1)),
  };
}
