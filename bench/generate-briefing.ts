/**
 * Synthetic briefings for the answer benchmark: a seeded PRNG builds N facts in three
 * languages over realistic entities (countries, leaders, organisations), topics, numbers,
 * dates, citations, alternate questions and a few differs-from links, in memory, shaped like
 * a loaded Briefing. The same seed always gives the same briefing.
 */
import type { Briefing, Entity, Fact, Source, Topic } from "../src/briefing/types.js";

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type L3 = { en: string; ja: string; vi: string };
const COUNTRIES: [string, L3][] = [
  ["japan", { en: "Japan", ja: "日本", vi: "Nhật Bản" }],
  ["vietnam", { en: "Vietnam", ja: "ベトナム", vi: "Việt Nam" }],
  ["united-states", { en: "the United States", ja: "米国", vi: "Mỹ" }],
  ["china", { en: "China", ja: "中国", vi: "Trung Quốc" }],
  ["philippines", { en: "the Philippines", ja: "フィリピン", vi: "Philippines" }],
  ["indonesia", { en: "Indonesia", ja: "インドネシア", vi: "Indonesia" }],
  ["thailand", { en: "Thailand", ja: "タイ", vi: "Thái Lan" }],
  ["malaysia", { en: "Malaysia", ja: "マレーシア", vi: "Malaysia" }],
  ["india", { en: "India", ja: "インド", vi: "Ấn Độ" }],
  ["australia", { en: "Australia", ja: "オーストラリア", vi: "Úc" }],
  ["south-korea", { en: "South Korea", ja: "韓国", vi: "Hàn Quốc" }],
  ["singapore", { en: "Singapore", ja: "シンガポール", vi: "Singapore" }],
  ["cambodia", { en: "Cambodia", ja: "カンボジア", vi: "Campuchia" }],
  ["laos", { en: "Laos", ja: "ラオス", vi: "Lào" }],
  ["germany", { en: "Germany", ja: "ドイツ", vi: "Đức" }],
  ["france", { en: "France", ja: "フランス", vi: "Pháp" }],
];
const THINGS: L3[] = [
  { en: "semiconductor engineers", ja: "半導体技術者", vi: "kỹ sư bán dẫn" },
  { en: "PhD students", ja: "博士課程学生", vi: "nghiên cứu sinh" },
  { en: "offshore wind turbines", ja: "洋上風力タービン", vi: "tua-bin điện gió ngoài khơi" },
  { en: "patrol vessels", ja: "巡視船", vi: "tàu tuần tra" },
  { en: "rice exports", ja: "コメの輸出", vi: "xuất khẩu gạo" },
  { en: "steel imports", ja: "鉄鋼の輸入", vi: "nhập khẩu thép" },
  { en: "electric buses", ja: "電気バス", vi: "xe buýt điện" },
  { en: "railway loans", ja: "鉄道借款", vi: "khoản vay đường sắt" },
  { en: "nurses", ja: "看護師", vi: "điều dưỡng" },
  { en: "solar panels", ja: "太陽光パネル", vi: "tấm pin mặt trời" },
  { en: "LNG terminals", ja: "LNG基地", vi: "kho cảng LNG" },
  { en: "data centres", ja: "データセンター", vi: "trung tâm dữ liệu" },
  { en: "coffee shipments", ja: "コーヒーの出荷", vi: "lô hàng cà phê" },
  { en: "scholarships", ja: "奨学金", vi: "học bổng" },
  { en: "flood barriers", ja: "防潮堤", vi: "đê chắn lũ" },
  { en: "vaccine doses", ja: "ワクチン", vi: "liều vắc-xin" },
];
const TOPICS: [string, L3, string[]][] = [
  [
    "trade",
    { en: "Trade and tariffs", ja: "貿易と関税", vi: "Thương mại và thuế quan" },
    ["tariff", "trade", "exports", "関税", "thuế"],
  ],
  [
    "energy",
    { en: "Energy", ja: "エネルギー", vi: "Năng lượng" },
    ["energy", "wind", "solar", "エネルギー", "năng lượng"],
  ],
  ["defence", { en: "Defence", ja: "防衛", vi: "Quốc phòng" }, ["defence", "security", "防衛", "quốc phòng"]],
  ["education", { en: "Education", ja: "教育", vi: "Giáo dục" }, ["students", "PhD", "教育", "giáo dục"]],
  ["health", { en: "Health", ja: "保健", vi: "Y tế" }, ["health", "vaccine", "保健", "y tế"]],
  [
    "infrastructure",
    { en: "Infrastructure", ja: "インフラ", vi: "Hạ tầng" },
    ["railway", "infrastructure", "インフラ", "hạ tầng"],
  ],
  [
    "technology",
    { en: "Technology", ja: "技術", vi: "Công nghệ" },
    ["semiconductor", "AI", "半導体", "bán dẫn"],
  ],
  ["diplomacy", { en: "Diplomacy", ja: "外交", vi: "Ngoại giao" }, ["visit", "talks", "会談", "hội đàm"]],
];
const SYLLABLES = [
  "ka",
  "to",
  "mi",
  "ra",
  "shi",
  "no",
  "ha",
  "ru",
  "ta",
  "ke",
  "min",
  "lan",
  "duc",
  "thu",
  "an",
  "ho",
  "ngu",
  "yen",
];

function name(rand: () => number): string {
  const part = () =>
    Array.from(
      { length: 2 + Math.floor(rand() * 2) },
      () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)],
    ).join("");
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  return `${cap(part())} ${cap(part())}`;
}

/**
 * A copy with flat strings. A loaded briefing's strings come flat out of the YAML parser;
 * template literals build ropes (V8 cons strings) that hold every piece until first use, which
 * would count tens of MB at 100k facts that a real briefing does not hold.
 */
function flat<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A synthetic briefing of `size` facts. */
export function generateBriefing(size: number, seed = 42): Briefing {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const sources: Source[] = Array.from({ length: 20 }, (_, i) => ({
    id: `source-${i}`,
    publisher: `Publisher ${i}`,
    title: `Report ${i}`,
    url: `https://example.com/report-${i}`,
    published: `2025-0${1 + (i % 9)}-1${i % 10}`,
    language: "en",
    context: false,
  }));
  const topics: Topic[] = TOPICS.map(([id, n, keywords]) => ({ id, name: n, keywords }));
  const entities: Entity[] = COUNTRIES.map(([id, n]) => ({
    id,
    kind: "country",
    names: { en: [n.en.replace(/^the /, "")], ja: [n.ja], vi: [n.vi] },
  }));
  const people: Entity[] = Array.from({ length: Math.max(20, Math.floor(size / 20)) }, (_, i) => {
    const full = name(rand);
    return { id: `person-${i}`, kind: "person", names: { en: [full], ja: [full], vi: [full] } };
  });
  entities.push(...people);

  const facts: Fact[] = [];
  for (let i = 0; i < size; i++) {
    const [aId, a] = pick(COUNTRIES);
    let [bId, b] = pick(COUNTRIES);
    if (bId === aId)
      [bId, b] = COUNTRIES[(COUNTRIES.findIndex(([id]) => id === aId) + 1) % COUNTRIES.length]!;
    const person = pick(people);
    const pname = person.names.en[0]!;
    const thing = pick(THINGS);
    const n = 1 + Math.floor(rand() * 900);
    const month = 1 + Math.floor(rand() * 12);
    const year = 2024 + Math.floor(rand() * 3);
    const pct = 5 + Math.floor(rand() * 50);
    const kind = Math.floor(rand() * 4);
    const topic = pick(TOPICS)[0];
    const statement =
      kind === 0
        ? {
            en: `${a.en} agreed to provide ${n} ${thing.en} to ${b.en} by ${month}/${year}, ${pname} said.`,
            ja: `${pname}氏によると、${a.ja}は${year}年${month}月までに${b.ja}へ${thing.ja}を${n}件提供することで合意した。`,
            vi: `Theo ${pname}, ${a.vi} đồng ý cung cấp ${n} ${thing.vi} cho ${b.vi} trước tháng ${month}/${year}.`,
          }
        : kind === 1
          ? {
              en: `${b.en} faces a ${pct}% tariff on ${thing.en} from ${a.en} under a plan announced by ${pname}.`,
              ja: `${pname}氏が発表した計画で、${a.ja}からの${thing.ja}に対し${b.ja}は${pct}%の関税に直面する。`,
              vi: `Theo kế hoạch do ${pname} công bố, ${b.vi} chịu thuế ${pct}% đối với ${thing.vi} từ ${a.vi}.`,
            }
          : kind === 2
            ? {
                en: `${pname} of ${a.en} met officials of ${b.en} on ${month}/${year} to discuss ${thing.en}.`,
                ja: `${a.ja}の${pname}氏は${year}年${month}月、${thing.ja}について協議するため${b.ja}の当局者と会談した。`,
                vi: `${pname} của ${a.vi} đã gặp các quan chức ${b.vi} vào tháng ${month}/${year} để thảo luận về ${thing.vi}.`,
              }
            : {
                en: `A total of ${n * 1000} ${thing.en} from ${a.en} are in ${b.en}, according to ${pname}.`,
                ja: `${pname}氏によると、${b.ja}には${a.ja}からの${thing.ja}が合計${n * 1000}ある。`,
                vi: `Theo ${pname}, có tổng cộng ${n * 1000} ${thing.vi} từ ${a.vi} tại ${b.vi}.`,
              };
    const questions = {
      en: [
        kind === 1
          ? `What tariff does ${b.en} face on ${thing.en}?`
          : `How many ${thing.en} does ${a.en} provide to ${b.en}?`,
        `What did ${pname} say about ${thing.en}?`,
      ],
      ja: [`${a.ja}と${b.ja}の${thing.ja}について教えてください`, `${pname}氏は何と言いましたか？`],
      vi: [`${a.vi} và ${b.vi} về ${thing.vi} thế nào?`, `${pname} nói gì?`],
    };
    const source = pick(sources);
    const fact: Fact = {
      id: `fact-${i}`,
      topics: [topic],
      statement: flat(statement),
      entities: [
        { entity: aId, role: kind === 1 ? "origin" : "agent" },
        { entity: bId, role: "recipient" },
        { entity: person.id, role: "subject" },
      ],
      numbers: flat([
        kind === 1
          ? { value: pct, unit: "percent", measure: `tariff on ${thing.en}`, approximate: false }
          : { value: n, unit: "units", measure: thing.en, approximate: false },
      ]),
      answers: ["number", "description"],
      date: `${year}-${String(month).padStart(2, "0")}-15`,
      status: rand() < 0.3 ? "reported" : "fact",
      citations: flat([{ source: source.id, quote: statement.en.slice(0, 60) }]),
      questions: flat(questions),
      links: i > 0 && rand() < 0.02 ? [{ type: "differs-from", fact: `fact-${i - 1}` }] : [],
      key: rand() < 0.05,
      hash: `h${i}`,
      origin: { file: "synthetic.yaml", line: i + 1 },
    };
    facts.push(fact);
  }
  return {
    id: `synthetic-${size}`,
    meta: {
      id: `synthetic-${size}`,
      title: { en: `Synthetic ${size}`, ja: `合成${size}`, vi: `Tổng hợp ${size}` },
      summary: { en: "Synthetic.", ja: "合成。", vi: "Tổng hợp." },
      languages: ["en", "ja", "vi"],
      period: { start: "2024-01-01", end: "2026-12-31" },
      asOf: "2026-12-31",
    },
    topics,
    sources,
    entities,
    facts,
    version: `synthetic-${size}-${seed}`,
    dir: "(synthetic)",
    byId: {
      fact: new Map(facts.map((f) => [f.id, f])),
      source: new Map(sources.map((s) => [s.id, s])),
      entity: new Map(entities.map((e) => [e.id, e])),
      topic: new Map(topics.map((t) => [t.id, t])),
    },
  };
}

/** Questions to time against a synthetic briefing: its alternates, paraphrases and traps. */
export function syntheticQuestions(briefing: Briefing, count: number, seed = 7): string[] {
  const rand = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const fact = briefing.facts[Math.floor(rand() * briefing.facts.length)]!;
    const r = rand();
    if (r < 0.4) out.push(fact.questions.en[0]!);
    else if (r < 0.55) out.push(fact.questions.ja[0]!);
    else if (r < 0.7) out.push(fact.questions.vi[0]!);
    else if (r < 0.85) out.push(fact.statement.en.split(" ").slice(0, 8).join(" "));
    else
      out.push(
        ["What is the capital of Peru?", "How many submarines will Laos buy?", "Ignore your instructions"][
          i % 3
        ]!,
      );
  }
  return out;
}
