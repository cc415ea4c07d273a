import type { Lang } from "../i18n/lang.js";
import {
  type EntityMention,
  findMentions,
  latinTokens,
  prepareQuestion,
  withoutMentions,
} from "./entities.js";
import type { BriefingIndex } from "./index-build.js";
import { fold } from "./normalize.js";
import { detectWants, type NumberKind, numberKind, type Want } from "./question-intent.js";
import { correctTypo, idf, type QueryTerm } from "./retrieve.js";
import { type QuestionRole, readRoles } from "./roles.js";
import { indexTerms } from "./term-ids.js";
import { questionWords } from "./tokenize.js";

/** A content word of the question after entity names are taken out. */
export interface ContentWord {
  word: string;
  terms: string[];
  /** How much it counts toward coverage: its rarity in the briefing. */
  weight: number;
  /** No part of the briefing knows it, even allowing one typo. */
  unknown: boolean;
  /** An unknown word written with a capital: probably a name the briefing lacks. */
  unknownName: boolean;
  /** Vietnamese syllable bigrams with its neighbours; one must be in a fact that covers it. */
  context: string[];
}

export interface QuestionMention extends EntityMention {
  role: QuestionRole | undefined;
  /** Mentions joined by "and"/"or" ("Japan and Vietnam") share a group: a fact may hold either. */
  group?: number;
}

const JOINER =
  /^\s*(and|or|vs\.?|versus|và|hay|hoặc|cùng|với|と|や|・|、|,)\s*(on|to|for|in|with|of|the|against|hàng|người|phía)?\s*$/iu;
/** A joiner that offers a choice: either one may be the answer. */
const ALTERNATIVE = /^\s*(or|hay|hoặc)\s*$/iu;
/** "What is Lutnick's job?": with a person named, these words only ask who they are. */
const ROLE_WORDS = new Set(
  "job role title position post cabinet hold holds office occupation serve serves function responsibility head heads lead leads portfolio".split(
    " ",
  ),
);
const YEAR = /^(19|20)\d{2}$/;
const HEADS = /\b(?:head|heads|headed|lead|leads|led|run|runs|ran)\b/i;
/** "Do the sources differ?": the question is about where sources disagree. */
const DIFFERENCE: Record<Lang, RegExp> = {
  en: /\b(differ\w*|disagree\w*|discrepanc\w*|contradict\w*|(both|two|the|each) (sources|articles|reports|outlets|papers))\b/,
  ja: /違|異な|食い違|記事|両紙|報道によって/u,
  vi: /khác nhau|khác biệt|mâu thuẫn|hai (báo|bài|nguồn)|các (báo|nguồn)/u,
};
/** "Which source says…", "どの記事", "báo nào": the answer says who reported each fact. */
const ASKS_SOURCE: Record<Lang, RegExp> = {
  en: /\b(?:which|what) (?:of the (?:two )?)?(?:source|sources|outlet|outlets|publication|publications|newspaper|newspapers|article|articles|report|reports|media|news (?:outlet|organization|agency|site))\b|\bwho (?:reported|reports|is reporting)\b|\bwhere (?:was|is) (?:it|this|that) reported\b|\baccording to (?:whom|which|what)\b/,
  ja: /(?:どの|どちらの|どこの)(?:記事|報道|メディア|媒体|新聞|ソース|情報源)|どこが(?:報じ|伝え|書い)|出典/u,
  // Read with marks: unmarked "bao nao" is also "bão nào" (which storm).
  vi: /(?<![\p{L}])(?:nguồn|nguồn tin|báo|bài|bài báo|tờ báo|hãng tin|trang tin|nguon|nguon tin|bai bao|to bao|hang tin) nào(?![\p{L}])|(?<![\p{L}])(?:nguon|nguon tin|bai bao|to bao|hang tin) nao(?![\p{L}])|(?<![\p{L}])ai đưa tin(?![\p{L}])/u,
};
/** A mention that names an office rather than a person: "Chinese leader", "US president", "首相", "thủ tướng". */
const OFFICE_WORD =
  /\b(?:leader|president|prime minister|premier|pm|minister|secretary|envoy|chief|head)s?\b|首脳|首相|大統領|主席|書記長|長官|大臣|l[ãa]nh đạo|thủ tướng|thu tuong|tổng thống|tong thong|chủ tịch|chu tich|bộ trưởng|bo truong/iu;
/** The office asked for by name: "which/what <office>" or "どの<office>" (the text before it), "<office> nào" (after it). */
const ASKED_BEFORE = /(?:\b(?:which|what)\s+|どの)$/iu;
const ASKED_AFTER = /^\s*n[àa]o(?![\p{L}])/iu;
/** Words that only ask about the difference, not about the topic. */
const DIFFERENCE_WORDS =
  /^(differ\w*|disagree\w*|discrepanc\w*|contradict\w*|describe\w*|describ\w*|account\w*|say|says|report\w*|dailywrap|japan|times|two|one|each|same|way|記事|違う|違い|説明|異なる|数字|二つ|表現|書き方|khac|nhau|biet|bao|bai|nguon|noi)$/u;
const MEETING =
  /\b(meet|meets|met|meeting|talks?|discuss(ed)?|sit down|sat down|summit)\b|会談|会っ|会い|会う|協議|hoi dam|\bgap\b|\bcuoc hop\b|\bhop bao\b/u;

/**
 * Words after "which/what" (どの, どんな; "… nào") naming things a fact would have to name to
 * answer: firms, provinces, agreements. Abstract ones ("what level", "what reassurance") ask
 * for a quality the fact may state in other words, and the wants check days, numbers and people.
 */
const CONCRETE_FOCUS = new Set(
  [
    "company companies firm firms business businesses corporation corporations bank banks",
    "province provinces region regions state states port ports university universities school schools",
    "agreement agreements treaty treaties product products brand brands ship ships vessel vessels",
    "weapon weapons airport airports factory factories plant plants",
    "企業 会社 省 州 県 地域 港 大学 合意 協定 条約 製品 銀行 工場 船",
    "ty nghiep tinh vung cang truong thuan dinh pham hang may",
  ].flatMap((line) => line.split(" ")),
);

function focusWord(residual: string, lang: Lang, words: readonly ContentWord[]): string | undefined {
  let candidate: string | undefined;
  if (lang === "en")
    candidate = /\b(?:which|what)\s+(?:kind of |sort of |type of )?([a-z]+)/.exec(fold(residual))?.[1];
  else if (lang === "vi") candidate = /([a-z]+) nao\b/.exec(fold(residual))?.[1];
  else {
    const run = /(?:どの|どんな|何の|どういう)\s*([\p{Script=Han}\p{Script=Katakana}ー]+)/u.exec(
      residual.normalize("NFKC"),
    )?.[1];
    if (run) candidate = words.find((w) => run.startsWith(w.word))?.word;
  }
  if (!candidate || !CONCRETE_FOCUS.has(candidate)) return undefined;
  return words.some((w) => w.word === candidate) ? candidate : undefined;
}

const PART_OF: Record<Lang, RegExp> = {
  en: /\bhow (?:much|many) of (?:the |that |those |these |this |its )?\$?(\d[\d,.]*(?: ?(?:billion|million|thousand|bn|k))?)/g,
  ja: /(\d[\d,.]*[万億]?)[^\d、。？?]{0,8}?のうち/gu,
  vi: /trong (?:tổng )?số (\d[\d,.]*(?: ?(?:tỷ|triệu|nghìn|vạn))?)/gu,
};

/** Numbers the question asks a part of, in the index's digits: a fact holding only them restates the whole. */
function partOf(prepared: string, lang: Lang): string[] {
  const text = lang === "ja" ? prepared.normalize("NFKC") : prepared.toLowerCase();
  return [...text.matchAll(PART_OF[lang])].flatMap((m) =>
    indexTerms(m[1]!, lang).filter((t) => /^\d/.test(t)),
  );
}

const SETTING = /\b(?:during|throughout|at|on|after|before) (?:the |his |her |this |that |their )?([a-z]+)/g;

/** Conversational wrapping around an English question, not part of what it asks. */
const CHATTER =
  /\b(?:(?:i'm |im |i am )?sorry|(?:i'm |im |i am )?new to (?:this|all this)|yes or no|this time|quick check|before i file|for (?:a|my) (?:memo|story|piece|report|note)|just to (?:confirm|check|be sure)|if i'm reading (?:this|that) right|if i understand (?:this|it) (?:right|correctly)|in (?:one|a) (?:line|sentence)|in a nutshell|in short|briefly)\b/gi;

const ASKS_OUTCOME =
  /\b(outcome|outcomes|(?<!as a )result|results|came of|come of|came out of|turn(?:ed)? out|ket qua)\b|結果|成果/u;

/** "What did Ishiba tell Trump?", "何と言った", "đã nói gì": the words themselves are asked for. */
const ASKS_WORDS: Record<Lang, RegExp> = {
  // …and what someone thought of something ("what did Ishiba think of Xi's visit"): their view.
  en: /\bwhat (?:did|does|will|would|has|have) [^?]{1,60}?\b(?:say|tell|promise|pledge|propose|ask|urge|discuss|talk about|think (?:of|about))\b|\bwhat was (?:said|promised|discussed)\b|\bhow (?:did|does|do) [^?]{1,40}?\b(?:view|assess|rate|judge|feel about)\b/,
  ja: /何と(?:言|話|述|伝)|何を(?:話|約束|提案|伝え|要請|求め|語)|どんな(?:話|発言|約束|提案|言葉)|どう(?:評価|見|思|考え|受け止め)/u,
  vi: /\b(?:noi|hua|de nghi|de xuat|cam ket|nhan nhu|ban|trao doi|yeu cau) (?:nhung )?gi\b|\bnoi nhung gi\b|\bdanh gia (?:the nao|ra sao|nhu the nao)\b/,
};

/** The briefing's publishers as a question names them: a pattern, and each plain name's source ids. */
interface PublisherTable {
  re: RegExp;
  ids: Map<string, string[]>;
}

const publisherCache = new WeakMap<BriefingIndex, PublisherTable | null>();

/** A publisher's name as people write it: "Dailywrap (PAP)" → "dailywrap", "The Japan Times" → "japan times". */
function plainPublisher(publisher: string): string {
  return fold(publisher)
    .replace(/\s*\(.*?\)\s*/g, " ")
    .replace(/,.*$/, "")
    .replace(/^the\s+/, "")
    .trim();
}

function publisherTable(index: BriefingIndex): PublisherTable | null {
  let table = publisherCache.get(index);
  if (table === undefined) {
    const ids = new Map<string, string[]>();
    for (const source of index.briefing.sources) {
      const name = plainPublisher(source.publisher);
      if (name.length >= 3) ids.set(name, [...(ids.get(name) ?? []), source.id]);
    }
    const names = [...ids.keys()]
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    table =
      names.length > 0
        ? {
            re: new RegExp(
              `\\b(?:according to |per )?(?:the )?(?:${names.join("|")})(?:'s|’s)?(?![\\p{L}\\p{N}])`,
              "giu",
            ),
            ids,
          }
        : null;
    publisherCache.set(index, table);
  }
  return table;
}

/**
 * The question with the publishers it names blanked out (same length, so positions hold), and
 * their source ids: "the Japan Times" is a newspaper, not Japan, and "times" is no topic.
 */
function withoutPublishers(prepared: string, index: BriefingIndex): { text: string; sources: string[] } {
  const table = publisherTable(index);
  if (!table) return { text: prepared, sources: [] };
  const sources = new Set<string>();
  // fold() keeps the length of Latin text; a question where it does not is left as it is.
  const folded = fold(prepared);
  if (folded.length !== prepared.length) return { text: prepared, sources: [] };
  let text = prepared;
  for (const m of folded.matchAll(table.re)) {
    const name = plainPublisher(m[0].replace(/^(according to |per )/, "")).replace(/['’]s$/, "");
    for (const id of table.ids.get(name) ?? []) sources.add(id);
    text = text.slice(0, m.index) + " ".repeat(m[0].length) + text.slice(m.index + m[0].length);
  }
  return { text, sources: [...sources] };
}

/** Everything read from a question before looking at any fact. */
export interface QuestionAnalysis {
  question: string;
  lang: Lang;
  normalized: string;
  wants: Want[];
  /** For number questions: a rate, an amount of money, or a count. */
  numberKind: NumberKind;
  mentions: QuestionMention[];
  /** Briefing entity ids the question names. */
  entityIds: Set<string>;
  words: ContentWord[];
  /** What the named entities count for in coverage: rare ones (Bessent) much, common ones (Japan) little. */
  entityWeight: number;
  /** The question asks how the sources differ. */
  asksDifference: boolean;
  /** The question asks which source reported something: the answer names the publishers. */
  asksSource: boolean;
  /** An office a who-question asks the holder of ("defense minister", "bo truong quoc phong", "防衛相"), as facts are folded. */
  office: string | undefined;
  /** Entities the question sets aside ("apart from Chinh"): a fact about them is not the answer. */
  excludedEntities: string[];
  /**
   * The entities a who-question names, less the people it asks the name of by their office
   * ("which Chinese leader…", "どの首脳", "lãnh đạo nào"): a fact that names them answers it.
   */
  entityIdsForPerson: ReadonlySet<string>;
  /**
   * The thing a "which/what X" question asks for ("which provinces", "どんな合意", "tỉnh nào"),
   * when it is a specific word: a fact that does not name it does not answer.
   */
  focus: string | undefined;
  /** The question asks how something turned out ("the outcome", "結果", "kết quả"). */
  asksOutcome: boolean;
  /** The question asks what someone said, told or promised: the content of their words. */
  asksWords: boolean;
  /** Words that only set when something happened ("during the *visit*", "after the *talks*"). */
  settingWords: Set<string>;
  /** Sources the question names by publisher ("according to the Japan Times"). */
  sources: string[];
  /** The numbers the question asks a part of ("how much of the $20 billion", "500人のうち"). */
  partOf: string[];
  /** The question is about people meeting or talking ("meet", "会談", "gặp"). */
  meeting: boolean;
  /** Years the question names ("in 2024"): a fact must speak of the same year. */
  years: string[];
  queryTerms: QueryTerm[];
}

/** Weight of a word the briefing does not know: as rare as a term that occurs once. */
function unknownWeight(index: BriefingIndex): number {
  const n = Math.max(1, index.facts.length);
  return Math.log(1 + (n - 0.5) / 1.5);
}

const EXCLUDED =
  /\b(?:besides|apart from|aside from|other than|except(?: for)?|beyond)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,|(?:^|(?<=[,;:]\s*))ngo[àa]i(?!\s+(?:kh[ơo]i|giao|ra)(?![\p{L}]))\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,|\b(?:besides|apart from|aside from|other than)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*(?=[?.!]?\s*$)|[\p{Script=Katakana}\p{Script=Han}ー]+以外(?:に|の|で|では)?/giu;

/** "Which country does he visit after Vietnam?": where he goes on leaving it. */
const ASKS_WHERE_EN = /\b(?:where|which (?:country|city|place)|what (?:country|city|place))\b/i;
const ASKS_WHERE_VI = /nước nào|nuoc nao|(?<![\p{L}])(?:đâu|dau)(?![\p{L}])|nơi nào|thành phố nào/iu;
function leavingAfterPlace(text: string): string {
  let out = text;
  if (ASKS_WHERE_EN.test(out) && GOING_EN.test(out))
    out = out.replace(
      /\bafter (?=\p{Lu})(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Liberation)\b)/gu,
      "after leaving ",
    );
  if (ASKS_WHERE_VI.test(out) && GOING_VI.test(out))
    out = out.replace(/(?<![\p{L}])[Ss]au (?=\p{Lu})(?!(?:Chủ|Thứ|Ngày|Tháng)(?![\p{L}]))/gu, "rời ");
  // "ベトナムの次にどの国を訪れますか": the country he goes on to from it (向かう, as the statements say).
  if (/どの国|どこ|どちら/u.test(out))
    out = out.replace(/(\p{Script=Katakana}{2,}|\p{Script=Han}{2,})の次に/gu, "$1から向かう");
  return out;
}
/** Going somewhere next: "go", "visit", "head", "travel", "fly", "next". */
const GOING_EN =
  /\b(?:go|goes|going|went|head|heads|heading|headed|visit|visits|visiting|travel\w*|fly|flies|flying|next)\b/i;
const GOING_VI = /(?<![\p{L}])(?:đến|đi|thăm|sang|tới|den|di|tham)(?![\p{L}])/iu;

const ON_BEHALF =
  /\b((?:went|go|goes|going|travel(?:l?ed|l?ing|s)?|flew|fly|flies|flying|headed|heads|came|come|comes) to \p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?) for (?=(?:the )?\p{Lu})/gu;
const HOW_LONG_STAY = /\b(how long\b[^?.!]{0,40}?)\b(?:spend|spent|stay|stayed|staying)\b/gi;

/** Offices a who-question may ask the holder of, folded as the statements are read. */
const OFFICE: Record<Lang, RegExp> = {
  en: /\b(?:defen[cs]e|foreign|finance|trade|commerce|treasury|economy|industry|interior|justice|health|agriculture|energy) (?:minister|secretary)\b/,
  ja: /(?:防衛|国防|外務|財務|経済産業|経産|商務|財務)(?:相|大臣|長官)/u,
  vi: /\bbo truong (?:quoc phong|ngoai giao|tai chinh|cong thuong|thuong mai|tai nguyen)\b/,
};
function officeAsked(text: string, lang: Lang): string | undefined {
  const found = OFFICE[lang].exec(text)?.[0];
  return lang === "en" ? found?.replace("defence", "defense") : found;
}

/** `entityIds` less the people named by an office asked for by name ("which Chinese leader"). */
function withoutDescribedPersons(
  entityIds: ReadonlySet<string>,
  prepared: string,
  mentions: readonly QuestionMention[],
  index: BriefingIndex,
): ReadonlySet<string> {
  const described = mentions.filter(
    (m) =>
      !m.external &&
      index.briefing.byId.entity.get(m.id)?.kind === "person" &&
      OFFICE_WORD.test(m.surface) &&
      (ASKED_BEFORE.test(prepared.slice(Math.max(0, m.chars[0] - 12), m.chars[0])) ||
        ASKED_AFTER.test(prepared.slice(m.chars[1], m.chars[1] + 6))),
  );
  if (described.length === 0) return entityIds;
  return new Set([...entityIds].filter((id) => !described.some((m) => m.id === id)));
}

/** Right before what is set aside: "besides", "apart from", "ngoài" opening a clause, and titles. */
const SET_ASIDE_BEFORE =
  /(?:\b(?:besides|apart from|aside from|other than|except(?: for)?)|(?:^|[,;:]\s*)ngo[àa]i)\s+(?:(?:the|mr\.?|ms\.?|mrs\.?|president|prime minister|pm|general secretary|ông|ong|bà|ba|thủ tướng|thu tuong|tổng bí thư|tong bi thu|chủ tịch|chu tich)\s+)*$/iu;
/** Right after it, in English and Vietnamese: the end of the clause. */
const SET_ASIDE_AFTER = /^\s*(?:,|[?.!]?\s*$)/u;
/** Japanese: the name, a title, then 以外 ("チン首相以外に"). */
const SET_ASIDE_AFTER_JA = /^\s*(?:書記長|首相|総理|大統領|国家主席|主席|氏|さん|長官|大臣)?\s*以外/u;
/** Between names set aside together: "Japan and Vietnam", "日本とベトナム", "日本・ベトナム". */
const JOINED = /^\s*(?:and|or|và|hay|hoặc|と|や|・|、|,)\s*$/iu;

/**
 * The mentions (by position in `found`) a question sets aside: "Besides Chinh, …", "Besides
 * Japan and Vietnam, …", "Ngoài Biển Đông, …", "日本とベトナム以外に…". Only a name right after
 * the word (titles aside) counts: "besides cooperating with Vietnam" sets aside no country.
 */
function setAsideMentions(prepared: string, found: readonly EntityMention[]): Set<number> {
  const out = new Set<number>();
  const joined = (a: number, b: number) =>
    JOINED.test(prepared.slice(found[a]!.chars[1], found[b]!.chars[0]));
  found.forEach((m, i) => {
    if (m.external) return;
    if (SET_ASIDE_BEFORE.test(prepared.slice(0, m.chars[0]))) {
      let last = i;
      while (last + 1 < found.length && joined(last, last + 1)) last++;
      if (SET_ASIDE_AFTER.test(prepared.slice(found[last]!.chars[1])))
        for (let k = i; k <= last; k++) out.add(k);
    }
    if (SET_ASIDE_AFTER_JA.test(prepared.slice(m.chars[1]))) {
      let first = i;
      while (first > 0 && joined(first - 1, first)) first--;
      for (let k = first; k <= i; k++) out.add(k);
    }
  });
  return out;
}

export function analyzeQuestion(question: string, lang: Lang, index: BriefingIndex): QuestionAnalysis {
  const named = withoutPublishers(prepareQuestion(question), index);
  // "How long did he spend / stay in Hanoi?": the length of his visit (read before roles: a
  // person staying somewhere is not its resident).
  // "Which country does he visit after Vietnam?", "Sau Việt Nam, ông đến nước nào?": where he
  // goes on leaving it, not what came after a visit there.
  const prepared = leavingAfterPlace(
    named.text
      .replace(HOW_LONG_STAY, "$1visit")
      // "How long did his stay in Hanoi last?": "last" is the question's form.
      .replace(/\b(how long\b[^?]*?)\s+last(?:ed)?\s*(?=[?.!]?\s*$)/i, "$1")
      // "Who went to Washington for Vietnam?": on its behalf, not to its benefit.
      .replace(ON_BEHALF, "$1 on behalf of "),
  );
  const toks = latinTokens(prepared);
  const found = findMentions(prepared, toks, lang, index.entities);
  const roles = readRoles(prepared, toks, found, lang);
  // group is set below for some: present on all, so that every mention has one shape.
  // "Apart from Chinh, who…": a name the question sets aside is not asked about, and a fact
  // about that one is not the answer.
  const setAside = setAsideMentions(prepared, found);
  const excludedEntities = found.filter((_, i) => setAside.has(i)).map((m) => m.id);
  const mentions: QuestionMention[] = found
    .map((m, i) => ({ ...m, role: roles[i], group: undefined }))
    .filter((_, i) => !setAside.has(i));
  let group = 0;
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (a.external || b.external || a.id === b.id) continue;
    const kindA = index.briefing.byId.entity.get(a.id)?.kind;
    const between = prepared.slice(a.chars[1], b.chars[0]);
    if (kindA !== index.briefing.byId.entity.get(b.id)?.kind || !JOINER.test(between)) continue;
    // Countries and places, or anyone offered as alternatives ("To Lam or Ishiba"): "Ishiba
    // and Xi met" needs both people in one fact.
    if (kindA !== "country" && kindA !== "place" && !ALTERNATIVE.test(between)) continue;
    a.group ??= ++group;
    b.group = a.group;
  }
  const namesPerson = mentions.some((m) => index.briefing.byId.entity.get(m.id)?.kind === "person");
  const entityIds = new Set(mentions.filter((m) => !m.external).map((m) => m.id));

  // "how high/large/long": the size word belongs to the question form, not its topic.
  const residual = withoutMentions(prepared, mentions)
    .replace(/\bhow (high|large|big|low|long|far|soon|often|old|much|many)\b/gi, "how")
    // Question forms, not topics: "which day of the week", "take place", "thứ mấy".
    .replace(/\b(?:which|what|on which|on what) day of the week\b/gi, "when")
    .replace(/\b(?:take|takes|took|taken|taking) place\b/gi, " ")
    // "khoảng" (about, roughly) hedges a number; unmarked "khoang" may be khoáng (mineral).
    .replace(/(?<![\p{L}])khoảng(?!\s+cách)(?![\p{L}])/giu, " ")
    // "Which city hosted…": where; the word "city" is the question's form, not its topic.
    .replace(/\b(?:in )?(?:which|what) (?:city|town|place|venue|location)\b/gi, "where")
    .replace(/(?<![\p{L}])thứ mấy(?![\p{L}])/giu, " ")
    // "the two countries": both, which says nothing a fact must cover.
    .replace(/\b(?:the )?(?:two|both) (?:countries|nations|governments)\b/gi, " ")
    // "Did Xi call for stable supply chains?": urging, not a phone call.
    .replace(/\bcall(?:s|ed|ing)? for\b|\bcall(?:s|ed|ing)? on (?=[^?.!]{1,40}\bto\b)/gi, "urge ")
    // What people wrap a question in: "quick check before I file", "sorry, new to this".
    .replace(CHATTER, " ")
    // "đi đâu" (go where): a question word, which folded would read as đầu (head, đầu tư).
    .replace(/(?<![\p{L}])đâu(?![\p{L}])/giu, " ")
    // "Besides energy, …", "エネルギー以外に…", "Ngoài năng lượng, …": what is set aside is
    // not what is asked about.
    .replace(EXCLUDED, " ");
  const words: ContentWord[] = [];
  const unknownW = unknownWeight(index);
  // The question as the form patterns read it: folded, or as written in Japanese.
  const folded = fold(prepared);
  const formText = lang === "ja" ? prepared : folded;
  // "Do Dailywrap and the Japan Times agree…": two publishers named ask how their reports compare.
  const asksDifference =
    named.sources.length >= 2 || DIFFERENCE[lang].test(lang === "en" ? folded : prepared.toLowerCase());
  for (const w of questionWords(residual, lang)) {
    if (namesPerson && ROLE_WORDS.has(w.word)) continue;
    // "Which department does Bessent head?": the body someone heads is who they are.
    if (namesPerson && HEADS.test(residual) && /^(?:department|ministry|agency)s?$/.test(w.word)) continue;
    if (asksDifference && DIFFERENCE_WORDS.test(w.word)) continue;
    let terms = w.terms;
    let known = terms.some((t) => index.vocabulary.has(t) || (t.length === 1 && index.kanji().has(t)));
    if (!known && terms.length === 1) {
      const fixed = correctTypo(index, terms[0]!);
      if (fixed) {
        terms = [fixed];
        known = true;
      }
    }
    // A Japanese word is known when its bigrams are (they may straddle words in the index).
    if (!known && terms.length > 1) known = terms.every((t) => index.vocabulary.has(t));
    const weight = known ? Math.max(0.3, ...terms.map((t) => idf(index, t))) : unknownW;
    // Numbers in a question ("the 2+2 dialogue", "in 2025") are identifiers, not topics.
    const isNumber = /^\d+(\.\d+)?$/.test(w.word);
    words.push({
      word: w.word,
      terms,
      weight: isNumber ? Math.min(weight, 0.5) : weight,
      unknown: !known && !isNumber,
      unknownName: !known && w.capitalized,
      context: w.context,
    });
  }

  const queryTerms: QueryTerm[] = [];
  for (const w of words) {
    for (const t of w.terms) queryTerms.push({ term: t, weight: 1 });
    for (const t of w.context) queryTerms.push({ term: t, weight: 0.5 });
  }
  for (const m of mentions) {
    if (m.external) continue;
    queryTerms.push({ term: `@${m.id}`, weight: 1.5 });
    for (const t of indexTerms(m.surface, lang)) queryTerms.push({ term: t, weight: 0.3 });
  }

  return {
    question,
    lang,
    normalized: residual.replace(/\s+/g, " ").trim(),
    wants: detectWants(question, lang),
    numberKind: numberKind(question, lang),
    mentions,
    entityIds,
    words,
    entityWeight: mentions
      .filter((m) => !m.external)
      .reduce((sum, m) => sum + Math.max(0.5, idf(index, `@${m.id}`)), 0),
    years: words.map((w) => w.word).filter((w) => YEAR.test(w)),
    focus: focusWord(residual, lang, words),
    sources: named.sources,
    settingWords: new Set([...fold(question).matchAll(SETTING)].map((m) => m[1]!)),
    asksOutcome: ASKS_OUTCOME.test(formText),
    asksWords: ASKS_WORDS[lang].test(formText),
    partOf: partOf(prepared, lang),
    meeting: MEETING.test(formText),
    asksDifference,
    asksSource: ASKS_SOURCE[lang].test(lang === "en" ? folded : prepared.toLowerCase()),
    excludedEntities,
    office: officeAsked(formText, lang),
    entityIdsForPerson: withoutDescribedPersons(entityIds, prepared, mentions, index),
    queryTerms,
  };
}
