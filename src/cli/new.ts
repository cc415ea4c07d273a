import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { briefingsDir, displayPath } from "../briefing/env.js";
import { LANGS, type Lang } from "../i18n/lang.js";
import { parseCommandArgs, UsageError } from "./briefing-args.js";

export const USAGE = "usage: briefbot new ID [--lang en,ja,vi] [--dir DIR]";

/** Placeholder text per language: a curator replaces every one of them. */
const SAMPLE: Record<Lang, { title: string; statement: string; question: string; topic: string }> = {
  en: {
    title: "TITLE OF THE BRIEFING",
    statement: "Example City opened a new library on March 3, 2025.",
    question: "When did Example City open its new library?",
    topic: "Culture",
  },
  ja: {
    title: "ブリーフィングの題名",
    statement: "エグザンプル市は2025年3月3日に新しい図書館を開館した。",
    question: "エグザンプル市の新しい図書館はいつ開館しましたか？",
    topic: "文化",
  },
  vi: {
    title: "TIÊU ĐỀ BẢN TIN",
    statement: "Thành phố Example đã khai trương thư viện mới ngày 3/3/2025.",
    question: "Thành phố Example khai trương thư viện mới khi nào?",
    topic: "Văn hóa",
  },
};
const CITY: Record<Lang, string> = { en: "Example City", ja: "エグザンプル市", vi: "Thành phố Example" };

function perLang(langs: readonly Lang[], indent: string, pick: (l: Lang) => string): string {
  return LANGS.map((l) => `${indent}${l}: ${JSON.stringify(langs.includes(l) ? pick(l) : pick("en"))}`).join(
    "\n",
  );
}

function lists(langs: readonly Lang[], indent: string, pick: (l: Lang) => string): string {
  return LANGS.map(
    (l) => `${indent}${l}: [${JSON.stringify(langs.includes(l) ? pick(l) : pick("en"))}]`,
  ).join("\n");
}

/** briefing.yaml: one topic, one source, one entity; every required field, with comments. */
export function briefingYaml(id: string, langs: readonly Lang[]): string {
  return `# A new briefing: replace every example value. Field reference: docs/curating.md
id: ${id}
title:
${perLang(langs, "  ", (l) => SAMPLE[l].title)}
summary:
${perLang(langs, "  ", (l) => SAMPLE[l].statement)}
languages: [${langs.join(", ")}]
period: { start: 2025-03-01, end: 2025-03-31 }
asOf: 2025-03-03
# sourcesDir: sources   # a folder of the sources' texts: quotes are then checked on every load
topics:
  - id: culture
    name:
${perLang(langs, "      ", (l) => SAMPLE[l].topic)}
    keywords: [library]
sources:
  - id: example-news
    publisher: Example News
    title: City opens new library
    url: https://example.com/news/library
    published: 2025-03-03
    language: en
    # file: example-news-2025-03-03.txt   # its text, under sourcesDir
entities:
  - id: example-city
    kind: place
    names:
${lists(langs, "      ", (l) => CITY[l])}
`;
}

/** facts.yaml: one fact citing the source. */
export function factsYaml(langs: readonly Lang[]): string {
  return `# Facts: one list item per fact. Field reference: docs/curating.md
- id: library-opened
  topics: [culture]
  statement:
${perLang(langs, "    ", (l) => SAMPLE[l].statement)}
  entities:
    - { entity: example-city, role: agent }
  answers: [date, description]
  date: 2025-03-03
  citations:
    - source: example-news
      quote: "Example City opened its new library on Monday"
  questions:
${lists(langs, "    ", (l) => SAMPLE[l].question)}
`;
}

function parseLangs(value: string | undefined): Lang[] {
  if (value === undefined) return [...LANGS];
  const langs = value.split(",").map((s) => s.trim());
  const bad = langs.filter((l) => !(LANGS as readonly string[]).includes(l));
  if (bad.length > 0 || langs.length === 0) {
    throw new UsageError(
      `--lang: expected languages from ${LANGS.join(", ")}, comma-separated, got "${value}"`,
    );
  }
  return langs as Lang[];
}

/**
 * `briefbot new ID [--lang en,ja] [--dir DIR]`: writes a minimal valid briefing folder (one
 * source, one entity, one fact) under DIR (default BRIEFINGS_DIR). Languages not in --lang get
 * the English text, to translate. Never overwrites: exit 1 when the folder exists.
 */
export async function run(args: string[]): Promise<number> {
  let id: string;
  let langs: Lang[];
  let root: string;
  try {
    const { values, positionals } = parseCommandArgs(
      args,
      { lang: { type: "string" }, dir: { type: "string" } },
      true,
    );
    if (positionals.length !== 1 || !positionals[0]) throw new UsageError("expected one briefing ID");
    id = positionals[0];
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      throw new UsageError(`ID: expected a lower-case id of letters, digits and dashes, got "${id}"`);
    }
    langs = parseLangs(values.lang as string | undefined);
    root = values.dir ? resolve(values.dir as string) : briefingsDir();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`briefbot new: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  const dir = join(root, id);
  if (existsSync(dir)) {
    process.stderr.write(`briefbot new: ${displayPath(dir)} already exists; choose another ID or --dir\n`);
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "briefing.yaml"), briefingYaml(id, langs));
  writeFileSync(join(dir, "facts.yaml"), factsYaml(langs));
  process.stdout.write(
    `wrote ${displayPath(join(dir, "briefing.yaml"))} and facts.yaml\nnext: edit them, then briefbot check ${displayPath(dir)}\n`,
  );
  return 0;
}
