import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadBriefing } from "../../src/briefing/load.js";
import { BriefingError } from "../../src/errors.js";
import { copyFixture, edit, FIXTURE_DIR, problems } from "./helpers.js";

const UNKNOWN_SOURCE_HINT = '(did you mean "harbor-daily"?); define it under sources: in briefing.yaml';

describe("loadBriefing: the valid fixture", () => {
  it("loads with its facts, positions and a version", () => {
    const b = loadBriefing(FIXTURE_DIR);
    expect(b.id).toBe("harbor-2025");
    expect(b.facts.map((f) => [f.id, f.origin.line])).toEqual([
      ["ferry-approved", 1],
      ["ferry-passengers", 20],
      ["ferry-start", 44],
    ]);
    expect(b.positions?.quote.get("ferry-start")?.[0]).toMatchObject({ line: 60, col: 14 });
    expect(b.positions?.source.get("harbor-daily")).toMatchObject({ line: 34, col: 11 });
    expect(b.version).toMatch(/^[0-9a-f]{12}$/);
    expect(problems([])).toEqual([]);
  });

  it("changes the version and the fact's hash when a statement is edited, and only that fact's", () => {
    const before = loadBriefing(FIXTURE_DIR);
    const { dir } = copyFixture();
    expect(loadBriefing(dir).version).toBe(before.version);
    edit(join(dir, "facts.yaml"), "carry 4,000 passengers a day.", "carry 5,000 passengers a day.");
    const after = loadBriefing(dir);
    expect(after.version).not.toBe(before.version);
    const changed = after.facts.filter((f, i) => f.hash !== before.facts[i]?.hash).map((f) => f.id);
    expect(changed).toEqual(["ferry-passengers"]);
  });

  it("changes the version, not the hash, when only an alternate question is edited", () => {
    const before = loadBriefing(FIXTURE_DIR);
    const { dir } = copyFixture();
    edit(
      join(dir, "facts.yaml"),
      "en: [When does the ferry start?]",
      "en: [When does the ferry start?, Ferry start date?]",
    );
    const after = loadBriefing(dir);
    expect(after.version).not.toBe(before.version);
    expect(after.facts.map((f) => f.hash)).toEqual(before.facts.map((f) => f.hash));
  });
});

describe("loadBriefing: one test per kind of error, each located", () => {
  it("missing translation", () => {
    expect(
      problems([
        ["facts.yaml", "    vi: Hội đồng Portvale đã phê duyệt tuyến phà nối cảng cũ với đảo Gull.\n", ""],
      ]),
    ).toEqual(["facts.yaml:3:3: facts[0].statement.vi: missing translation (expected text in vi)"]);
  });

  it("alternate questions missing in one language", () => {
    expect(problems([["facts.yaml", "    vi: [Khi nào phà bắt đầu?]", "    vi: []"]])).toEqual([
      "facts.yaml:64:5: facts[2].questions.vi: missing translation (en has 1 question, vi none)",
    ]);
  });

  it("a fact that answers a number but holds none", () => {
    expect(problems([["facts.yaml", "  answers: [date]", "  answers: [date, number]"]])).toEqual([
      'facts.yaml:50:12: facts[2].answers: says it answers "number" but the fact has no numbers: (add the figure under numbers:, or drop "number")',
    ]);
  });

  it("a span's last day not after its first", () => {
    expect(
      problems([["facts.yaml", "  date: 2025-03-10\n", "  date: 2025-03-10\n  until: 2025-03-09\n"]]),
    ).toEqual([
      "facts.yaml:12:10: facts[0].until: 2025-03-09 must come after the fact's date, given to the day (date: 2025-03-10)",
    ]);
  });

  it("empty translation", () => {
    expect(problems([["facts.yaml", "      en: by 1 June 2025", "      en: ''"]])).toEqual([
      "facts.yaml:55:11: facts[2].deadline.label.en: empty translation (expected text in en)",
    ]);
  });

  it("unknown fields, named and located at the key, with a suggestion", () => {
    expect(
      problems([
        ["facts.yaml", "  key: true", "  kee: true"],
        ["briefing.yaml", "    language: en\n", "    language: en\n    licence: cc-by\n"],
        ["briefing.yaml", "asOf: 2025-03-10", "asof: 2025-03-10"],
      ]),
    ).toEqual([
      "briefing.yaml:1:1: asOf: missing required field (expected text)",
      'briefing.yaml:14:1: top level: unknown field "asof" (did you mean "asOf"?)',
      'briefing.yaml:34:5: sources[0]: unknown field "licence" (allowed: id, publisher, aliases, title, url, published, publishedInferred, language, file, context, main, agency, attributes, kind, country, origin)',
      'facts.yaml:19:3: facts[0]: unknown field "kee" (did you mean "key"?)',
    ]);
  });

  it("a misspelt nested field: unknown and the one it should be missing, both reported", () => {
    expect(problems([["facts.yaml", "      quote: The ferry", "      qoute: The ferry"]])).toEqual([
      "facts.yaml:59:7: facts[2].citations[0].quote: missing required field (expected text)",
      'facts.yaml:60:7: facts[2].citations[0]: unknown field "qoute" (did you mean "quote"?)',
    ]);
  });

  it("missing required field", () => {
    expect(problems([["facts.yaml", "  answers: [date]\n", ""]])).toEqual([
      "facts.yaml:44:3: facts[2].answers: missing required field (expected a list)",
    ]);
  });

  it("a value outside its list of choices", () => {
    expect(
      problems([
        [
          "facts.yaml",
          "    - entity: ana-lind\n      role: agent",
          "    - entity: ana-lind\n      role: giver",
        ],
      ]),
    ).toEqual([
      'facts.yaml:28:13: facts[1].entities[0].role: "giver" is not one of: agent, recipient, origin, counterpart, location, subject',
    ]);
  });

  it("duplicate fact ids, across files", () => {
    const more = [
      "- id: ferry-start",
      "  topics: [transport]",
      "  statement: { en: Again., ja: 再び。, vi: Lại. }",
      "  answers: [date]",
      "  citations: [{ source: harbor-daily, quote: start by 1 June }]",
      "  questions: { en: [], ja: [], vi: [] }",
      "",
    ].join("\n");
    expect(problems([["facts-more.yaml", null, more]])).toEqual([
      'facts.yaml:44:7: facts[2].id: duplicate fact id "ferry-start" (first at facts-more.yaml:1:7)',
    ]);
  });

  it("duplicate topic ids (and the fact citing the renamed one)", () => {
    expect(problems([["briefing.yaml", "  - id: city", "  - id: transport"]])).toEqual([
      'briefing.yaml:22:9: topics[1].id: duplicate topic id "transport" (first at briefing.yaml:16:9)',
      'facts.yaml:2:23: facts[0].topics[1]: unknown topic "city" (known: transport); define it under topics: in briefing.yaml',
    ]);
  });

  it("duplicate source and entity ids", () => {
    const second =
      "  - id: harbor-daily\n    publisher: Other\n    title: Other\n    url: https://example.org/o\n    published: 2025-03-09\n    language: en\nentities:\n";
    expect(
      problems([
        ["briefing.yaml", "entities:\n", second],
        ["briefing.yaml", "  - id: ana-lind", "  - id: portvale"],
      ]),
    ).toEqual([
      'briefing.yaml:35:9: sources[1].id: duplicate source id "harbor-daily" (first at briefing.yaml:28:9)',
      'briefing.yaml:48:9: entities[1].id: duplicate entity id "portvale" (first at briefing.yaml:42:9)',
      'facts.yaml:27:15: facts[1].entities[0].entity: unknown entity "ana-lind" (known: portvale); define it under entities: in briefing.yaml',
    ]);
  });

  it("an as-of date before a source's publication", () => {
    expect(problems([["briefing.yaml", "asOf: 2025-03-10", "asOf: 2025-03-01"]])).toEqual([
      expect.stringMatching(
        /^briefing\.yaml:\d+:\d+: asOf: 2025-03-01 is before the publication of source "[a-z-]+" \(2025-03-\d\d\); set asOf to 2025-03-\d\d or later$/,
      ),
    ]);
  });

  it("citation to an unknown source", () => {
    expect(
      problems([
        [
          "facts.yaml",
          "    - source: harbor-daily\n      quote: The ferry",
          "    - source: harbour-daily\n      quote: The ferry",
        ],
      ]),
    ).toEqual([
      `facts.yaml:59:15: facts[2].citations[0].source: unknown source "harbour-daily" ${UNKNOWN_SOURCE_HINT}`,
    ]);
  });

  it("empty quote", () => {
    expect(
      problems([
        [
          "facts.yaml",
          `      quote: '"This line will carry 4,000 passengers a day," said Mayor Ana Lind'`,
          '      quote: "   "',
        ],
      ]),
    ).toEqual([
      "facts.yaml:36:14: facts[1].citations[0].quote: empty quote (copy the exact words from the source)",
    ]);
  });

  it("bad date format", () => {
    expect(problems([["facts.yaml", "  date: 2025-03-10", "  date: 10/03/2025"]])).toEqual([
      'facts.yaml:11:9: facts[0].date: expected a date as YYYY-MM-DD, YYYY-MM (a month) or YYYY (a year), got "10/03/2025"',
    ]);
  });

  it("a date that is not on the calendar", () => {
    expect(problems([["facts.yaml", "    date: 2025-06-01", "    date: 2025-06-31"]])).toEqual([
      'facts.yaml:53:11: facts[2].deadline.date: "2025-06-31" is not a real calendar date',
    ]);
  });

  it("a period that ends before it starts", () => {
    expect(problems([["briefing.yaml", "  end: 2025-03-10", "  end: 2025-03-01"]])).toEqual([
      "briefing.yaml:13:8: period.end: 2025-03-01 is before period.start 2025-03-10",
    ]);
  });

  it("unknown topic", () => {
    expect(
      problems([["facts.yaml", "  topics: [transport, city]", "  topics: [transport, harbour]"]]),
    ).toEqual([
      'facts.yaml:2:23: facts[0].topics[1]: unknown topic "harbour" (known: transport, city); define it under topics: in briefing.yaml',
    ]);
  });

  it("unknown entity", () => {
    expect(problems([["facts.yaml", "    - entity: ana-lind", "    - entity: anna-lind"]])).toEqual([
      'facts.yaml:27:15: facts[1].entities[0].entity: unknown entity "anna-lind" (did you mean "ana-lind"?); define it under entities: in briefing.yaml',
    ]);
  });

  it("link to an unknown fact, and to itself", () => {
    expect(problems([["facts.yaml", "      fact: ferry-approved", "      fact: ferry-aproved"]])).toEqual([
      'facts.yaml:43:13: facts[1].links[0].fact: link to unknown fact "ferry-aproved" (did you mean "ferry-approved"?)',
    ]);
    expect(problems([["facts.yaml", "      fact: ferry-approved", "      fact: ferry-passengers"]])).toEqual([
      "facts.yaml:43:13: facts[1].links[0].fact: a fact cannot link to itself",
    ]);
  });

  it("YAML syntax error", () => {
    // Only the first syntax error of a file: the parser's knock-on errors would mislead.
    expect(
      problems([
        ["facts.yaml", "    en: The ferry service is to start by 1 June 2025.", "    en: [The ferry service"],
      ]),
    ).toEqual([
      "facts.yaml:48:5: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]",
    ]);
  });

  it("a YAML key written twice", () => {
    expect(problems([["facts.yaml", "  key: true", "  key: true\n  key: false"]])).toEqual([
      'facts.yaml:20:3: duplicate field "key": a field may appear only once in an entry',
    ]);
  });

  it("a facts file that is not a list", () => {
    expect(problems([["facts-more.yaml", null, "id: stray\n"]])).toEqual([
      'facts-more.yaml:1:1: expected a list of facts, each starting with "- id: ..."',
    ]);
  });

  it("a folder without briefing.yaml", () => {
    const { dir } = copyFixture();
    rmSync(join(dir, "briefing.yaml"));
    const error = (() => {
      try {
        loadBriefing(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(BriefingError);
    expect((error as BriefingError).issues.map((i) => [i.file, i.line, i.col, i.message])).toEqual([
      [join(dir, "briefing.yaml"), 1, 1, "missing briefing.yaml (metadata, topics, sources)"],
    ]);
  });

  it("reports every problem of every file in one run, in file order", () => {
    const found = problems([
      ["briefing.yaml", "  end: 2025-03-10", "  end: 2025-03-01"],
      ["facts.yaml", "  date: 2025-03-10", "  date: 2025-02-30"],
      ["facts.yaml", "    - entity: ana-lind", "    - entity: anna-lind"],
      ["facts.yaml", "      fact: ferry-approved", "      fact: ferry-aproved"],
      ["facts.yaml", "      en: by 1 June 2025", "      en: ''"],
      ["facts-more.yaml", null, "- id: [oops\n"],
    ]);
    expect(found.map((p) => p.split(": ")[0])).toEqual([
      "briefing.yaml:13:8",
      "facts-more.yaml:2:1",
      "facts.yaml:11:9",
      "facts.yaml:27:15",
      "facts.yaml:43:13",
      "facts.yaml:55:11",
    ]);
  });
});

describe("loadBriefing: a source's publisher kind and country", () => {
  it("a known country entity and a kind load; an unknown country is reported", () => {
    expect(
      problems([
        [
          "briefing.yaml",
          "    language: en\n",
          "    language: en\n    kind: [newspaper]\n    country: portvale\n",
        ],
      ]),
    ).toEqual([]);
    const found = problems([
      ["briefing.yaml", "    language: en\n", "    language: en\n    country: atlantis\n"],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/sources\[0\]\.country: unknown entity "atlantis"/);
  });
});
