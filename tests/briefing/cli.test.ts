import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run as check } from "../../src/cli/check.js";
import { run as facts } from "../../src/cli/facts.js";
import { run as topics } from "../../src/cli/topics.js";
import { copyFixture, edit, FIXTURE_DIR, FIXTURE_ROOT, FIXTURE_SOURCES } from "./helpers.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const MAIN = join(REPO, "dist/cli/main.js");
const rel = (path: string) => relative(process.cwd(), path);

/** Runs a command's `run()` in process, capturing what it writes. */
async function capture(run: (args: string[]) => Promise<number>, args: string[]) {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await run(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe("briefbot check (in process)", () => {
  it("a clean briefing: counts on stdout, exit 0", async () => {
    const r = await capture(check, [FIXTURE_ROOT, "--sources", FIXTURE_SOURCES]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(
      `ok: 1 briefing, 3 facts, 1 source, 2 topics, 2 entities; 3 quotes verified in ${rel(FIXTURE_SOURCES)}`,
    );
  });

  it("one briefing folder works as DIR; without --sources it says quotes were not verified", async () => {
    const r = await capture(check, [FIXTURE_DIR]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("; quotes not verified (add --sources DIR)");
  });

  it("notes topics, sources and entities that no fact uses, without failing", async () => {
    const { dir } = copyFixture();
    edit(join(dir, "facts.yaml"), "  topics: [transport, city]", "  topics: [transport]");
    const r = await capture(check, [dir]);
    expect(r.code).toBe(0);
    expect(
      r.stdout.split("\n").filter((l) => l.includes("note:") && !l.includes("quotes not verified")),
    ).toEqual(["  note: topics that no fact uses: city"]);
    // No source texts: the quotes are unverified, said in a note that does not fail --strict.
    expect(r.stdout).toContain("  note: quotes not verified: no source texts");
  });

  it("schema, reference and quote problems together: file:line:col lines on stderr, exit 1", async () => {
    const { dir } = copyFixture();
    edit(join(dir, "facts.yaml"), "  date: 2025-03-10", "  date: 2025-02-30");
    edit(join(dir, "facts.yaml"), "    - entity: ana-lind", "    - entity: anna-lind");
    edit(join(dir, "facts.yaml"), "quote: The ferry   service", "quote: The boat service");
    const r = await capture(check, [dir, "--sources", FIXTURE_SOURCES]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const file = join(dir, "facts.yaml"); // outside the cwd: shown absolute
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      `${file}:11:9: facts[0].date: "2025-02-30" is not a real calendar date`,
      `${file}:27:15: facts[1].entities[0].entity: unknown entity "anna-lind" (did you mean "ana-lind"?); define it under entities: in briefing.yaml`,
      `${file}:60:14: fact "ferry-start" citations[0].quote: not found in harbor-daily-2025-03-10.txt (source "harbor-daily"): its opening words do not occur in the source`,
      `briefbot check: 3 problems in ${dir}`,
    ]);
  });

  it("bad arguments: one line and the usage on stderr, exit 2", async () => {
    const bad = await capture(check, ["--source", "x"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      "briefbot check: unknown option --source\nusage: briefbot check [DIR] [--sources DIR] [--strict]\n",
    );
    const missing = await capture(check, [FIXTURE_ROOT, "--sources", join(FIXTURE_SOURCES, "nope")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--sources: no such folder");
  });

  it("a DIR that does not exist: exit 1 with the folder named", async () => {
    const r = await capture(check, [join(FIXTURE_ROOT, "nope")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`briefbot check: briefings folder not found: ${join(FIXTURE_ROOT, "nope")}\n`);
  });
});

describe.skipIf(!existsSync(MAIN))("briefbot check (spawned, real exit codes; needs npm run build)", () => {
  const exec = promisify(execFile);
  const briefbot = async (args: string[]) => {
    try {
      const { stdout, stderr } = await exec(process.execPath, [MAIN, ...args], { cwd: REPO });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it("exits 0 on the valid fixture, 1 on an invalid one, 2 on a bad flag", async () => {
    const ok = await briefbot([
      "check",
      "tests/fixtures/briefings/valid",
      "--sources",
      "tests/fixtures/sources",
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ok: 1 briefing, 3 facts, .* 3 quotes verified in tests\/fixtures\/sources\n/);

    const { dir } = copyFixture();
    edit(join(dir, "briefing.yaml"), "  - id: city", "  - id: transport");
    const bad = await briefbot(["check", dir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      `${join(dir, "briefing.yaml")}:22:9: topics[1].id: duplicate topic id "transport"`,
    );

    const flag = await briefbot(["check", "--verbose"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr.split("\n")[0]).toBe("briefbot check: unknown option --verbose");
  });
});

describe("briefbot facts and topics", () => {
  const saved = process.env.BRIEFINGS_DIR;
  beforeEach(() => {
    process.env.BRIEFINGS_DIR = FIXTURE_ROOT;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.BRIEFINGS_DIR;
    else process.env.BRIEFINGS_DIR = saved;
  });

  it("facts lists id, topics, statement and citation", async () => {
    const r = await capture(facts, ["--topic", "city"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "ferry-approved  [transport, city]",
        "  Portvale's council approved a ferry line from the old harbour to Gull Island.",
        "  (Harbor Daily, 2025-03-10)",
        "",
        "1 fact in harbor-2025",
        "",
      ].join("\n"),
    );
  });

  it("facts --json --lang vi, with a topic given by its name in another language", async () => {
    const r = await capture(facts, ["--json", "--lang", "vi", "--topic", "フェリー"]);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as {
      lang: string;
      facts: Array<{ id: string; statement: string; citations: Array<{ publisher: string }> }>;
    };
    expect(parsed.lang).toBe("vi");
    expect(parsed.facts.map((f) => f.id)).toEqual(["ferry-approved", "ferry-passengers", "ferry-start"]);
    expect(parsed.facts[1]?.statement).toBe(
      "Thị trưởng Ana Lind cho biết tuyến phà sẽ chở 4.000 hành khách mỗi ngày.",
    );
    expect(parsed.facts[0]?.citations[0]?.publisher).toBe("Harbor Daily");
  });

  it("topics with fact counts, in a language", async () => {
    const r = await capture(topics, ["--lang", "ja"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "ポートベールのフェリー航路\ntransport  交通 (3 facts)\ncity       市議会 (1 fact)\n",
    );
  });

  it("rejects bad flags and values with one line, exit 2", async () => {
    const cases: Array<[(a: string[]) => Promise<number>, string[], string]> = [
      [facts, ["--lang", "fr"], 'briefbot facts: --lang must be one of en, ja, vi, got "fr"'],
      [
        facts,
        ["--topic", "weather"],
        'briefbot facts: --topic: no topic "weather" in harbor-2025 (topics: transport, city)',
      ],
      [
        facts,
        ["--briefing", "harbor-2024"],
        'briefbot facts: --briefing: no briefing "harbor-2024" (did you mean "harbor-2025"?)',
      ],
      [facts, ["--lang"], "briefbot facts: --lang needs a value"],
      [topics, ["--json=yes"], "briefbot topics: --json takes no value"],
      [topics, ["extra"], "briefbot topics: unexpected argument extra"],
    ];
    for (const [run, args, line] of cases) {
      const r = await capture(run, args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.split("\n")[0]).toBe(line);
    }
  });

  it("an invalid briefing: its problems, exit 1", async () => {
    const { root, dir } = copyFixture();
    edit(join(dir, "facts.yaml"), "  date: 2025-03-10", "  date: 2025-02-30");
    process.env.BRIEFINGS_DIR = root;
    const r = await capture(topics, []);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "facts.yaml")}:11:9: facts[0].date:`);
  });
});
