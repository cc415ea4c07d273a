import { createHash } from "node:crypto";
import type { FactInput } from "../../src/briefing/schema.js";
import type { Briefing, Fact } from "../../src/briefing/types.js";

/** A small briefing built in code, so digest tests do not depend on the shipped one's wording. */
type FactSeed = Pick<FactInput, "id" | "topics" | "statement"> & Partial<FactInput>;

function fact(seed: FactSeed): Fact {
  const input: FactInput = {
    entities: [],
    numbers: [],
    answers: ["description"],
    status: "fact",
    citations: [{ source: "vnexpress", quote: "quoted words" }],
    questions: { en: [], ja: [], vi: [] },
    links: [],
    key: false,
    ...seed,
  };
  const { questions: _q, links: _l, key: _k, ...content } = input;
  return {
    ...input,
    hash: createHash("sha256").update(JSON.stringify(content)).digest("hex"),
    origin: { file: "facts.yaml", line: 1 },
  };
}

export const FACTS: FactSeed[] = [
  {
    id: "phd-training",
    topics: ["chips"],
    key: true,
    date: "2025-04-28",
    statement: {
      en: "Japan will help train about 250 Vietnamese PhD students in semiconductors.",
      ja: "日本はベトナムの博士課程学生約250人の半導体分野での育成を支援する。",
      vi: "Nhật Bản sẽ giúp đào tạo khoảng 250 nghiên cứu sinh tiến sĩ Việt Nam về bán dẫn.",
    },
  },
  {
    id: "chip-rnd",
    topics: ["chips"],
    statement: {
      en: "The two countries agreed to cooperate on chip research.",
      ja: "両国は半導体研究で協力することで合意した。",
      vi: "Hai nước nhất trí hợp tác nghiên cứu chip.",
    },
  },
  {
    id: "tariff-vietnam",
    topics: ["trade"],
    key: true,
    status: "reported",
    statement: {
      en: "The United States threatened a 46% tariff on Vietnamese goods.",
      ja: "米国はベトナム製品に46%の関税を課すと警告した。",
      vi: "Mỹ đe dọa áp thuế 46% đối với hàng hóa Việt Nam.",
    },
  },
  {
    id: "tariff-pause-end",
    topics: ["trade"],
    status: "reported",
    deadline: {
      date: "2025-07-09",
      label: { en: "9 July", ja: "7月9日", vi: "9/7" },
    },
    statement: {
      en: "The 90-day pause on the higher U.S. tariffs was due to end on 9 July 2025.",
      ja: "米国の上乗せ関税の90日間の一時停止は2025年7月9日に終わる予定だった。",
      vi: "Việc tạm hoãn 90 ngày mức thuế cao hơn của Mỹ dự kiến kết thúc ngày 9/7/2025.",
    },
  },
  {
    id: "expo-visit",
    topics: ["trade"],
    date: "2025-08-20",
    statement: {
      en: "A trade delegation is planned to visit Osaka on 20 August 2025.",
      ja: "2025年8月20日に貿易使節団が大阪を訪問する予定である。",
      vi: "Một phái đoàn thương mại dự kiến thăm Osaka ngày 20/8/2025.",
    },
  },
];

export function makeBriefing(seeds: FactSeed[] = FACTS): Briefing {
  const facts = seeds.map(fact);
  const topics = [
    { id: "chips", name: { en: "Semiconductors", ja: "半導体", vi: "Bán dẫn" }, keywords: [] },
    {
      id: "trade",
      name: { en: "Trade and tariffs", ja: "貿易と関税", vi: "Thương mại và thuế quan" },
      keywords: [],
    },
  ];
  const sources = [
    {
      id: "vnexpress",
      publisher: "VnExpress International",
      title: "Japan to help Vietnam train 250 PhD students",
      url: "https://e.vnexpress.net/news/example",
      published: "2025-04-28",
      language: "en" as const,
      context: false,
    },
  ];
  return {
    id: "test-briefing",
    meta: {
      id: "test-briefing",
      title: { en: "Japan–Vietnam summit", ja: "日越首脳会談", vi: "Hội đàm Nhật – Việt" },
      summary: { en: "Summit summary.", ja: "首脳会談の概要。", vi: "Tóm tắt hội đàm." },
      languages: ["en", "ja", "vi"],
      period: { start: "2025-04-01", end: "2025-04-30" },
      asOf: "2025-04-28",
    },
    topics,
    sources,
    entities: [],
    facts,
    version: createHash("sha256")
      .update(facts.map((f) => f.hash).join())
      .digest("hex")
      .slice(0, 12),
    dir: "/nonexistent",
    byId: {
      fact: new Map(facts.map((f) => [f.id, f])),
      source: new Map(sources.map((s) => [s.id, s])),
      entity: new Map(),
      topic: new Map(topics.map((t) => [t.id, t])),
    },
  };
}

/** The same briefing with one fact's statement edited by a curator. */
export function withEditedStatement(id: string, statement: FactSeed["statement"]): Briefing {
  return makeBriefing(FACTS.map((f) => (f.id === id ? { ...f, statement } : f)));
}
