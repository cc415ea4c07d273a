import type { Lang } from "../i18n/lang.js";
import { languagePack } from "../knowledge/packs.js";
import { normalizeText } from "./normalize.js";
import { synonymGeneration, synonymOf } from "./synonyms.js";

/**
 * Tokenization for the index and for questions. Both sides go through normalizeText, then:
 * - Latin words: synonyms folded, English words lightly stemmed (symmetric suffix stripping);
 *   Vietnamese syllables also give syllable bigrams ("nhat_ban"), since words span syllables.
 * - Japanese runs: character bigrams in the index (fast and robust to segmentation);
 *   the question is cut with Intl.Segmenter('ja') and each content word maps to its bigrams.
 * - Numbers: plain digits ("600000", "27.4"); "%" and its words become the term "percent".
 * The index side (indexTerms) is in term-ids.ts; this file holds what both sides share and the
 * question side.
 */

const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆";
const PIECE = new RegExp(`([${CJK}]+)|(\\d+(?:\\.\\d+)?)|([a-z]+)`, "gu");
const CJK_RUN = new RegExp(`^[${CJK}]+$`, "u");

/** Normalised text with Ph.D., U.S., percent signs and phrases rewritten: what is split into words. */
export function prepare(text: string): string {
  let s = normalizeText(text);
  // Each rewrite only where it can apply (index builds prepare about a million texts): the
  // checks before them are cheaper than the regular expressions and never miss a match.
  if (mayHave(s, "ph", isPhD)) s = s.replace(/\bph\.?\s?d\.?(?=\W|$)/g, " phd ");
  if (mayHave(s, ".", isInitials)) s = s.replace(/\b([a-z])\.([a-z])\.(?=\W|$)/g, "$1$2");
  if (PERCENT_WORDS.some((w) => s.includes(w)))
    s = s.replace(/%|パーセント|phan tram|\bt[yi] le\b/g, " percent ");
  // One scan finds whether any phrase occurs; only then are they rewritten one by one (a
  // rewrite only ever follows a match, so a text none matches is left as it is).
  if (ANY_PHRASE.test(s)) for (const [re, to] of PHRASES) s = s.replace(re, to);
  if (s.includes("'s") || s.includes("’s")) s = s.replace(/['’]s\b/g, "");
  return s;
}

/** What "%" is written as, or a piece of it ("tỷ lệ"/"tỉ lệ" folded: "ty le", "ti le"). */
const PERCENT_WORDS = ["%", "パーセント", "phan tram", "y le", "i le"];

/** Whether `s` has `marker` at an index where `fits` says a rewrite could start. */
function mayHave(s: string, marker: string, fits: (s: string, at: number) => boolean): boolean {
  for (let at = s.indexOf(marker); at !== -1; at = s.indexOf(marker, at + 1)) if (fits(s, at)) return true;
  return false;
}

const WHITESPACE = /\s/;
/** "ph" then an optional ".", an optional space and "d": where Ph.D. could be written. */
function isPhD(s: string, at: number): boolean {
  let i = at + 2;
  if (s[i] === ".") i++;
  if (s[i] !== undefined && WHITESPACE.test(s[i]!)) i++;
  return s[i] === "d";
}

const isLetter = (c: string | undefined) => c !== undefined && c >= "a" && c <= "z";
/** A "." between two letters with another "." after: where initials (u.s.) could be written. */
function isInitials(s: string, at: number): boolean {
  return isLetter(s[at - 1]) && isLetter(s[at + 1]) && s[at + 2] === ".";
}

/**
 * Colloquial phrases for what the facts say in plain words ("touch down" is "land", "get him on
 * the line" is a phone call, "sit down with" is a meeting). Folded text, English; general
 * idioms only, each turned into the plain verb the synonym table already knows.
 */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\btouch(?:ed|es|ing)? down\b/g, "land"],
  [/\bon the (?:line|blower)\b/g, "on the phone"],
  [/\b(?:sit|sat|sits|sitting) down with\b/g, "meet"],
  [/\bget hold of\b/g, "call"],
  [/\b(?:come|came|comes|coming) up\b/g, "discuss"],
  [/\b(?:the )?two sides\b/g, "both"],
  [/\b(?:sign|signs|signed|signing) (?:up|on) (?:to|for)\b/g, "agree to"],
  // "see Marcos" is a meeting; "see Vietnam as a partner" is a view.
  [/\b(?:see|sees|saw|seeing|seen)\b(?=[^.?!]*\bas\b)/g, "view"],
  [/\b(?:see|sees|saw|seeing)\b/g, "meet"],
  [/\b(?:set|sets|setting) off for\b/g, "leave for"],
  [/\bfly(?:ing)? out\b/g, "leave"],
  [/\bflew out\b/g, "leave"],
  [/\bteam(?:s|ed|ing)? up\b/g, "cooperate"],
  // Vietnamese "lo ngại" for the statements' "quan ngại" (concern); "ký kết" (sign) as "ký".
  [/\blo ngai\b/g, "quan ngai"],
  [/\bky ket\b/g, "ky"],
  // "trong thời gian tới" (in the time ahead): the future; "đặt chân đến" (set foot in): arrive.
  [/\btrong thoi gian toi\b/g, "trong tuong lai"],
  [/\bdat chan (?:den|toi|xuong)\b/g, "den"],
  [/\b(?:work|works|worked|working) together\b/g, "cooperate"],
  [/\b(?:get|gets|got|getting) through to\b/g, "call"],
  [/\bbod(?:y|ies) of water\b/g, "sea"],
  [/\bwrap(?:s|ped|ping)? up in\b/g, "leave"],
  [/\bsum(?:s|med|ming)? up\b/g, "describe"],
  [/\brest(?:s|ed)? on\b/g, "based on"],
  // "looking at a 46% tariff": facing it.
  [/\b(?:look|looks|looking) at (?=(?:a |an )?\d)/g, "face "],
  // "tech-wise": about tech.
  [/-wise\b/g, ""],
  [/\b(?:stand|stands|stood|standing) up (?:against|to)\b/g, "oppose"],
  // "Which city hosted the summit?": where it was held.
  [
    /\b(?:host|hosts|hosted|hosting)\b(?= (?:the |this |that )?(?:summit|talks|meeting|visit|forum|conference))/g,
    "held",
  ],
  // "spent two days in Manila": the stay, a visit (not "spending in Vietnam", which is money;
  // "how long did he spend in Hanoi" is read in analyze.ts, where "how long" is seen).
  [
    /\b(?:spend|spends|spent|spending)(?= (?:(?:a|one|two|three|four|five|\d+|several|a few) )?(?:days?|nights?|hours?|weeks?) in\b)/g,
    "visit",
  ],
];
const ANY_PHRASE = new RegExp(PHRASES.map(([re]) => `(?:${re.source})`).join("|"));

/**
 * Whole words (runs of a-z in normalised text) without which none of prepare's word rewrites
 * can apply: a word of each phrase above that every match holds as a whole word, "ph" (Ph.D.,
 * Ph D; a whole "phd" is rewritten to itself), "le" (tỷ lệ) and words starting "tram" (phần
 * trăm). The index tokenizer (term-ids.ts) skips prepare for a text with none of them; it
 * reads "%" and "'s" itself and takes the full path for initials (u.s.) and パーセント. Keep in
 * step with PHRASES and prepare.
 */
const REWRITE_WORDS = new Set(
  [
    "touch touched touches touching",
    "line blower",
    "sit sat sits sitting",
    "hold",
    "come came comes coming",
    "sides",
    "sign signs signed signing",
    "see sees saw seeing seen",
    "off",
    "fly flying flew",
    "team teams teamed teaming",
    "ngai ket gian chan",
    "together",
    "through",
    "water",
    "wrap wraps wrapped wrapping",
    "sum sums summed summing",
    "rest rests rested",
    "look looks looking",
    "wise",
    "stand stands stood standing",
    "spend spends spent spending",
    "host hosts hosted hosting",
    "ph le",
  ].flatMap((words) => words.split(" ")),
);

/** Whether prepare could rewrite text around this whole word (see REWRITE_WORDS). */
export function mayRewriteAround(word: string): boolean {
  return REWRITE_WORDS.has(word) || word.startsWith("tram");
}

const SUFFIXES = [
  "izations",
  "ization",
  "isation",
  "ations",
  "ation",
  "ments",
  "ment",
  "ness",
  "ings",
  "ing",
  "edly",
  "ed",
  "ly",
  "es",
  "s",
];

/** Light, symmetric English stemming: strips common suffixes, a final e and a doubled consonant. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else {
    for (const suffix of SUFFIXES) {
      if (!w.endsWith(suffix)) continue;
      if (suffix === "s" && /(ss|us|is)$/.test(w)) break;
      const rest = w.slice(0, -suffix.length);
      if (rest.length >= 3) w = rest;
      break;
    }
  }
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !w.endsWith("ss") && !w.endsWith("ll"))
    w = w.slice(0, -1);
  return w;
}

/** The index term of one folded Latin word in a language, or undefined for a stop word. */
export function latinTerm(word: string, lang: Lang): string | undefined {
  // Vietnamese syllables are terms as they are; Latin words of the other languages are English.
  if (lang === "vi") return languagePack("vi").stop.has(word) ? undefined : word;
  if (languagePack("en").stop.has(word)) return undefined;
  if (stemmedGeneration !== synonymGeneration()) {
    STEMMED.clear();
    stemmedGeneration = synonymGeneration();
  }
  // Memoised: words repeat (Zipf), and index builds stem millions of them.
  const known = STEMMED.get(word);
  if (known !== undefined) return known;
  const canonical = synonymOf(word) ?? word;
  const stemmed = stem(canonical);
  // A plural or inflected form of a synonym ("markets"): the synonym, stemmed as the index has it.
  const synonym = synonymOf(stemmed);
  const term = synonym === undefined ? stemmed : stem(synonym);
  if (STEMMED.size > 200_000) STEMMED.clear();
  STEMMED.set(word, term);
  return term;
}

const STEMMED = new Map<string, string>();
let stemmedGeneration = synonymGeneration();

function cjkBigrams(run: string, out: string[]): void {
  if (run.length === 1) {
    out.push(run);
    return;
  }
  for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
}

/** Whether each code point is in PIECE's Japanese class, decided once per code point by that class. */
const CJK_CHAR = new RegExp(`^[${CJK}]$`, "u");
const bmpIsCjk = new Uint8Array(0x10000); // 0 not yet known, 1 yes, 2 no
const astralIsCjk = new Map<number, boolean>();

/** Whether a code point is in the Japanese class of PIECE (Han, kana, ー々〆). */
export function isCjk(cp: number): boolean {
  if (cp < 0x80) return false;
  if (cp <= 0xffff) {
    let known = bmpIsCjk[cp]!;
    if (known === 0) {
      known = CJK_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
      bmpIsCjk[cp] = known;
    }
    return known === 1;
  }
  let known = astralIsCjk.get(cp);
  if (known === undefined) {
    known = CJK_CHAR.test(String.fromCodePoint(cp));
    astralIsCjk.set(cp, known);
  }
  return known;
}

/** One content-bearing word of a question and the index terms it maps to. */
export interface QuestionWord {
  /** The word as folded. */
  word: string;
  /** Index terms: one for a Latin word or number, the bigrams of a Japanese word. */
  terms: string[];
  /** Written with a capital inside an English sentence: likely a name. */
  capitalized: boolean;
  /** Vietnamese: bigrams with the neighbouring content syllables ("thoi_tiet"), the word's sense. */
  context: string[];
}

/** Kanji followed by a short kana ending: a verb or adjective form, its stem in group 1. */
const VERB_FORM = /^(\p{Script=Han}+)\p{Script=Hiragana}{1,2}$/u;

/** Verbs that frame a question, in any form: 聞きました (I heard), 思います (think), 言われて (said). */
const JA_STOP_VERB = /^(聞|思|言|挙)\p{Script=Hiragana}*$/u;

/** Question-side Japanese wordings for what the statements say otherwise (by word or verb stem). */
const JA_SAID_AS: Readonly<Record<string, string>> = {
  見: "位置づけ",
  みな: "位置づけ",
  見な: "位置づけ",
  発: "出発",
  // "暮らしている" where the statement says "生活し", "合意に達した" where it says "至らなかった".
  暮: "生活",
  住: "生活",
  行: "向か",
  移行: "転換",
  達: "至",
};

let segmenter: Intl.Segmenter | undefined;
function japaneseWords(run: string): string[] {
  segmenter ??= new Intl.Segmenter("ja", { granularity: "word" });
  const words: string[] = [];
  for (const s of segmenter.segment(run)) if (s.isWordLike) words.push(s.segment);
  return words;
}

/**
 * The content words of a question (stop words and question words left out), each with the
 * index terms that stand for it. A Vietnamese syllable also carries its bigrams with the
 * neighbouring content syllables: "thời tiết" (weather) is not "thời hạn" (deadline).
 */
export function questionWords(question: string, lang: Lang): QuestionWord[] {
  const out: QuestionWord[] = [];
  const prepared = prepare(question);
  // Capitals are read from the original text: find which folded words were capitalized.
  const capitals = new Set<string>();
  if (lang === "en") {
    const originals = question.normalize("NFKC").split(/[^\p{L}\p{N}]+/u);
    originals.forEach((w, i) => {
      if (i > 0 && /^\p{Lu}/u.test(w) && !/^\p{Lu}+$/u.test(w)) capitals.add(w.toLowerCase());
    });
  }
  let prev: { syllable: string; word: QuestionWord } | undefined;
  for (const m of prepared.matchAll(PIECE)) {
    const [, cjk, num, latin] = m;
    if (cjk) {
      prev = undefined;
      for (const w of japaneseWords(cjk)) {
        if (languagePack("ja").stop.has(w) || JA_STOP_VERB.test(w) || (w.length === 1 && !CJK_RUN.test(w)))
          continue;
        if (w.length <= 2 && /^[\p{Script=Hiragana}ー]+$/u.test(w)) continue;
        const terms: string[] = [];
        cjkBigrams(w, terms);
        // A conjugated verb ("発つ" where the fact says "発ち"): its kanji stem speaks for it.
        const stemmed = VERB_FORM.exec(w)?.[1];
        if (stemmed && !terms.includes(stemmed)) terms.push(stemmed);
        // How a person says it against how the statements say it ("どう見る" → "位置づけ").
        const said = JA_SAID_AS[stemmed ?? w];
        if (said) cjkBigrams(said, terms);
        out.push({ word: w, terms, capitalized: false, context: [] });
      }
    } else if (num) {
      prev = undefined;
      out.push({ word: num, terms: [num], capitalized: false, context: [] });
    } else if (latin) {
      if (latin.length === 1) {
        prev = undefined;
        continue;
      }
      const term = languagePack(lang).questionStop.has(latin) ? undefined : latinTerm(latin, lang);
      if (!term) {
        prev = undefined;
        continue;
      }
      const word: QuestionWord = {
        word: latin,
        terms: [term],
        capitalized: capitals.has(latin),
        context: [],
      };
      if (lang === "vi" && prev) {
        const pair = `${prev.syllable}_${latin}`;
        prev.word.context.push(pair);
        word.context.push(pair);
      }
      out.push(word);
      prev = lang === "vi" ? { syllable: latin, word } : undefined;
    }
  }
  return out;
}
