import type { Fact } from "../briefing/types.js";
import type { Lang } from "../i18n/lang.js";
import { fold, lowerExact } from "./normalize.js";

/** What a question asks for. number/date/person are hard requirements on the fact. */
export type Want = "number" | "date" | "person" | "place" | "reason" | "yesno" | "description";

const EN: [Want, RegExp][] = [
  [
    "number",
    /\b(how (many|much|large|big|high|low|long|often)|what (share|percentage|percent|proportion|rate|amount|number|figure|level|capacity|cost|price)|number of|amount of|how many percent|in (giga|mega|kilo)?watts|(giga|mega)watts|(what|which) ([a-z]+ )?(tariffs?|duty|duties|rates?|levy|percentage|share)|what (is|was|are|were|will be) the (tariffs?|duty|duties|rates?|levy|percentage|share)|what(?:'s|’s| s| is| was)? the (?:[a-z.]+ ){1,3}(?:tariff|duty|levy) rates?)\b/,
  ],
  [
    "date",
    /\b(when|what (date|day|month|year|time)|which (date|day|month|year)|by what date|how soon|since when)\b/,
  ],
  [
    "person",
    /\b(who|whom|whose|(which|what) (?!(is|are|was|were|do|does|did|will|has|have)\b)([a-z]+ )?(officials?|leaders?|ministers?|president|secretary|envoys?|politicians?|diplomats?|counterparts?|premier|person)\b(?! (security|assistance|development|statement|visit|documents?|trip|talks|level)\b))/,
  ],
  // "Where does the US rank among…" asks a standing, not a place.
  [
    "place",
    /\b(where(?! (?:does|do|did|would|will) [a-z.' ]{1,40}\b(?:rank|stand|fit)\b)|which (city|country|countries|place))\b/,
  ],
  ["reason", /\b(why|for what reason|what for)\b/],
  ["yesno", /^(is|are|was|were|did|does|do|will|would|has|have|had|can|could|should)\b/],
];
const JA: [Want, RegExp][] = [
  [
    "number",
    /いくら|何人|何パーセント|何%|何％|何割|どのくらい|どれくらい|どれだけ|いくつ|何万|何億|何件|何か国|何カ国|何ドル|何円|人数|割合|金額|税率|何倍|何個|の数(?![日週か年十百千万])|数は|何(?:基|隻|台|棟|機|本|社|名|つ|か所|カ所|ヵ所)|何(?:ギガワット|メガワット|キロワット|ワット|メートル|キロメートル|キロ|トン|ドル|ユーロ|セント|パーセント|ポイント|ヘクタール|バレル)/u,
  ],
  ["date", /いつ|何日|何月|何年|日付|日程|何曜日|いつから|いつまで/u],
  ["person", /誰|だれ|どなた|どの人|どの(首脳|指導者|閣僚|高官|政治家|大臣|長官)/u],
  ["place", /どこ|どの国|どの都市/u],
  ["reason", /なぜ|なんで|どうして|理由/u],
  ["yesno", /(ました|ます|です|した|ある|いる)か[？?]?$/u],
];
const VI: [Want, RegExp][] = [
  ["number", /\b(bao nhieu|may phan tram|ty le|muc thue|so luong|bao lau|gap may|ti le)\b/],
  [
    "date",
    /\b(khi nao|luc nao|bao gio|ngay nao|thang nao|nam nao|thoi diem nao|thoi gian nao|hom nao|han chot|thu may)\b/,
  ],
  ["place", /\b(o dau|noi nao|nuoc nao|thanh pho nao|den dau|di dau)\b/],
  ["reason", /\b(tai sao|vi sao|ly do|vi dau)\b/],
  ["yesno", /\b(co (.+ )?khong|da (.+ )?chua|phai khong|chua)\s*\??$/],
];

/** The kinds of answer a question asks for, in the question's language. */
export function detectWants(question: string, lang: Lang): Want[] {
  const wants: Want[] = [];
  if (lang === "ja") {
    const text = question.normalize("NFKC");
    for (const [want, re] of JA) if (re.test(text)) wants.push(want);
    // "…ますか" ends every polite question; it is yes/no only without a question word.
    if (/何|どの|どこ|いつ|誰|だれ|なぜ|どう|いくら|どれ|どんな/u.test(text) && wants.includes("yesno"))
      wants.splice(wants.indexOf("yesno"), 1);
  } else if (lang === "vi") {
    const folded = fold(question);
    for (const [want, re] of VI) if (re.test(folded)) wants.push(want);
    // "ai" (who) only when written in lower case: "AI" is artificial intelligence.
    if (/(^|[^\p{L}])(ai|với ai|gặp ai)([^\p{L}]|$)|^Ai(?= )/u.test(question.normalize("NFC")))
      wants.push("person");
    else if (
      /\b(quan chuc|lanh dao|bo truong|nha lanh dao|phai vien|dac phai vien|tong thong|thu tuong|chu tich|tong bi thu|nguoi) nao\b/.test(
        folded,
      )
    )
      wants.push("person");
  } else {
    const folded = fold(question).trim();
    for (const [want, re] of EN) if (re.test(folded)) wants.push(want);
  }
  // "when" of a yes/no question ("did X happen when...") is rare; a number question is not yes/no.
  if (wants.includes("yesno") && wants.length > 1) wants.splice(wants.indexOf("yesno"), 1);
  if (wants.length === 0) wants.push("description");
  return wants;
}

const HAS_DIGIT = /\d/;
const SHARE_WORDS = /\b(half|a third|a quarter|two-thirds|three-quarters) of\b/i;

/** What sort of number a number question asks for, so a count never answers "what rate". */
export type NumberKind = "percent" | "money" | "count" | "duration" | "frequency" | "any";

type Patterns = Record<Lang, RegExp>;
const FREQUENCY: Patterns = {
  en: /\bhow often\b|\bhow many times\b/,
  ja: /何回|頻度|年に何/u,
  vi: /bao lâu một lần|mấy lần|bao nhiêu lần|\b(bao lau mot lan|may lan|bao nhieu lan)\b/u,
};
const DURATION: Patterns = {
  en: /\bhow long\b|\bhow many (days|weeks|months|years)\b|\bfor how long\b/,
  ja: /何日間|何週間|何か月|何カ月|何年間|期間/u,
  vi: /bao lâu|mấy ngày|bao nhiêu (ngày|tuần|tháng|năm)|\b(bao lau|may ngay|bao nhieu (ngay|tuan|thang|nam))\b/u,
};
const EXPLICIT_PERCENT: Patterns = {
  en: /\b(percent|percentage|proportion|share)\b|%/,
  ja: /パーセント|%|割合|何割/u,
  vi: /phần trăm|tỷ lệ|tỉ lệ|%|\b(phan tram|ty le|ti le)\b/u,
};
const COUNT: Patterns = {
  en: /\bhow many\b/,
  ja: /何人|人数|何件|何か国|何カ国|いくつ|何個|何社|何つ/u,
  vi: /bao nhiêu (người|sinh viên|tiến sĩ|nghiên cứu sinh|văn kiện|nước|quốc gia)|\bbao nhieu (nguoi|sinh vien|tien si|nghien cuu sinh|van kien|nuoc)\b/u,
};
const RATE: Patterns = {
  en: /\b(rate|rates|tariffs?|duty|duties|levy)\b/,
  ja: /税率|関税/u,
  vi: /mức thuế|thuế|\b(muc thue|thue)\b/u,
};
const MONEY: Patterns = {
  en: /\b(money|dollars?|usd|yen|funding|funds?|funded|cost|costs|worth|budget|invest|invests|invested|investing|investment|spend|spends|spent|spending|pay|pays|paid|paying|pledged?)\b|\$/,
  ja: /いくら|金額|ドル|円|資金|費用|予算|投資|拠出/u,
  // With tone marks: folded "tien" is both tiền (money) and tiến (tiến sĩ, doctor).
  vi: /tiền|usd|đô la|đô-la|vốn|ngân sách|đầu tư|chi phí|\b(usd|do la|ngan sach|dau tu|chi phi)\b/u,
};

/** The sort of number asked for: the question form first ("how long", "how many"), then its words. */
export function numberKind(question: string, lang: Lang): NumberKind {
  const text =
    lang === "ja" ? question.normalize("NFKC") : lang === "vi" ? lowerExact(question) : fold(question);
  if (FREQUENCY[lang].test(text)) return "frequency";
  if (DURATION[lang].test(text)) return "duration";
  if (EXPLICIT_PERCENT[lang].test(text)) return "percent";
  if (COUNT[lang].test(text)) return "count";
  if (RATE[lang].test(text)) return "percent";
  if (MONEY[lang].test(text)) return "money";
  return "any";
}

function numberFits(fact: Fact, kind: NumberKind): boolean {
  if (fact.numbers.length === 0) return fact.answers.includes("number") && HAS_DIGIT.test(fact.statement.en);
  if (kind === "any") return true;
  return fact.numbers.some((n) => {
    const unit = n.unit.toLowerCase();
    const percent = /percent|%/.test(unit);
    const money = /usd|jpy|yen|vnd|eur|dollar|money|currency/.test(unit);
    const duration = /day|week|month|year|hour/.test(unit);
    if (kind === "frequency")
      return /\btimes\b|per (year|month|week|day)|annual|yearly|monthly|weekly|frequency/.test(unit);
    // "What share…": "half of the 500" is a share too.
    if (kind === "percent") return percent || SHARE_WORDS.test(fact.statement.en);
    if (kind === "money") return money;
    if (kind === "duration") return duration;
    return !percent && !money;
  });
}

/**
 * Whether a fact holds what the question asks for: a number question needs a fact with a
 * number, a date question a fact with a date, a "who" question a fact about a person beyond
 * those the question names. Other wants are preferences, not requirements.
 */
export function factHolds(
  fact: Fact,
  want: Want,
  questionEntities: ReadonlySet<string>,
  personIds: ReadonlySet<string>,
  kind: NumberKind = "any",
): boolean {
  switch (want) {
    case "number":
      return numberFits(fact, kind);
    case "date":
      return (
        fact.date !== undefined ||
        fact.deadline !== undefined ||
        fact.answers.includes("date") ||
        // "27.4% of exports in 2023": a year is an answer to "when" and "what year".
        YEAR_IN_TEXT.test(fact.statement.en)
      );
    case "person":
      return (
        fact.answers.includes("person") ||
        fact.entities.some((e) => personIds.has(e.entity) && !questionEntities.has(e.entity))
      );
    default:
      return true;
  }
}

const YEAR_IN_TEXT = /\b(?:19|20)\d{2}\b/;

/** Wants that must be met (the rest only rank). */
export const HARD_WANTS: ReadonlySet<Want> = new Set(["number", "date", "person"]);
