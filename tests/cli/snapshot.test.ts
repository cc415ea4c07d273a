import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILD_TIMEOUT_MS, buildIfMissing, MAIN, REPO } from "./built-cli.js";

/**
 * `briefbot ask` from its startup snapshot (scripts/build-snapshot.mjs, scripts/snapshot-entry.cjs)
 * through the sh launcher (bin/briefbot): the same bytes as `node dist/cli/main.js`, and the
 * normal path whenever anything the snapshot was built from differs. An install of its own in a
 * temporary folder (the launcher, dist/ linked, its own blob folder) over a copy of the
 * briefings, so the repository's blob and briefings are left alone. Whether the snapshot
 * answered is told by running the blob directly: it exits 14 (FALLBACK) when it would not.
 */

const FALLBACK = 14;
/** scripts/build-snapshot.mjs SNAPSHOT_V8_FLAGS, which bin/briefbot passes too (checked below). */
const V8_FLAGS = ["--min-semi-space-size=16"];
let home: string;
let launcher: string;
let blobDir: string;
let briefings: string;
let env: NodeJS.ProcessEnv;

const QUESTIONS = readFileSync(join(REPO, "tests/answer/questions.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => (JSON.parse(line) as { q: string }).q)
  .slice(0, 200);
const BATCH = `${QUESTIONS.join("\n")}\n`;

function blob(): string {
  const [name] = readdirSync(blobDir).filter((f) => /^snapshot-.*\.blob$/.test(f));
  if (!name) throw new Error("no blob was built");
  return join(blobDir, name);
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function spawn(command: string, args: string[], input = "", extra: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(command, args, { cwd: REPO, input, encoding: "utf8", env: { ...env, ...extra } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const normal = (args: string[], input = "", extra: NodeJS.ProcessEnv = {}) =>
  spawn(process.execPath, [MAIN, "ask", ...args], input, extra);
const direct = (args: string[], input = "", extra: NodeJS.ProcessEnv = {}) =>
  spawn(process.execPath, [...V8_FLAGS, "--snapshot-blob", blob(), "ask", ...args], input, extra);
const launched = (args: string[], input = "", extra: NodeJS.ProcessEnv = {}) =>
  spawn(launcher, ["ask", ...args], input, extra);

beforeAll(() => {
  buildIfMissing();
  if (!existsSync(join(REPO, "dist/cli/ask.bundle.cjs")))
    spawnSync(process.execPath, ["scripts/bundle-ask.mjs"], { cwd: REPO, stdio: "ignore" });
  home = mkdtempSync(join(tmpdir(), "briefbot-snapshot-"));
  mkdirSync(join(home, "bin"));
  launcher = join(home, "bin/briefbot");
  copyFileSync(join(REPO, "bin/briefbot"), launcher);
  symlinkSync(join(REPO, "dist"), join(home, "dist"));
  blobDir = join(home, "node_modules/.cache/briefbot");
  briefings = join(home, "briefings");
  cpSync(join(REPO, "briefings"), briefings, { recursive: true });
  const { NODE_OPTIONS: _, BRIEFBOT_NO_SNAPSHOT: __, ...rest } = process.env;
  // The launcher finds the node that runs these tests first on PATH.
  env = { ...rest, BRIEFINGS_DIR: briefings, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ""}` };
  const built = spawnSync(process.execPath, ["scripts/build-snapshot.mjs", "--out", blobDir], {
    cwd: REPO,
    env,
    encoding: "utf8",
  });
  expect(built.stderr).toBe("");
  expect(built.status).toBe(0);
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  if (home) rmSync(home, { recursive: true, force: true });
});

describe("briefbot ask from the startup snapshot", () => {
  it("answers a batch byte for byte as dist/cli/main.js, through the launcher and run directly", {
    timeout: 180_000,
  }, () => {
    const expected = normal(["--json", "--stdin"], BATCH);
    expect(expected.status).toBe(0);
    expect(expected.stdout.split("\n")).toHaveLength(QUESTIONS.length + 1);
    const fromBlob = direct(["--json", "--stdin"], BATCH);
    expect(fromBlob).toEqual(expected);
    expect(launched(["--json", "--stdin"], BATCH)).toEqual(expected);
  });

  it("starts the blob with the build's V8 flags, the same in the launcher and the build", () => {
    const flags = V8_FLAGS.join(" ");
    expect(readFileSync(join(REPO, "bin/briefbot"), "utf8")).toContain(`"$node" ${flags} --snapshot-blob`);
    expect(readFileSync(join(REPO, "scripts/build-snapshot.mjs"), "utf8")).toContain(
      `SNAPSHOT_V8_FLAGS = ${JSON.stringify(V8_FLAGS)}`,
    );
    // Without them the blob is not run as built: it falls back.
    expect(spawn(process.execPath, ["--snapshot-blob", blob(), "ask", "--json", "x"]).status).toBe(FALLBACK);
  });

  it("answers one question, a named briefing, a language and a usage error as the normal path", {
    timeout: 120_000,
  }, () => {
    for (const args of [
      ["How many Vietnamese live in Japan?"],
      ["--json", "--briefing", "us-uk-2025", "What did the UK agree on beef?"],
      ["--lang", "ja", "How many Vietnamese live in Japan?"],
      ["--briefing", "nope", "hello"],
      [],
    ]) {
      const expected = normal(args);
      expect(direct(args)).toEqual(expected);
      expect(launched(args)).toEqual(expected);
    }
  });

  it("leaves --help, another time zone and another briefings folder to the normal path", {
    timeout: 120_000,
  }, () => {
    const q = ["--json", "How long ago did Ishiba visit Hanoi?"];
    for (const [args, extra] of [
      [["--help"], {}],
      [q, { TZ: "Asia/Tokyo" }],
      [q, { BRIEFINGS_DIR: join(REPO, "briefings") }],
      [q, { LC_ALL: "C.UTF-8" }],
    ] as [string[], NodeJS.ProcessEnv][]) {
      expect(direct(args, "", extra)).toEqual({ status: FALLBACK, stdout: "", stderr: "" });
      expect(launched(args, "", extra)).toEqual(normal(args, "", extra));
    }
  });

  it("falls back to the normal path when the blob is missing, damaged or another Node's", {
    timeout: 120_000,
  }, () => {
    const q = ["--json", "How many Vietnamese live in Japan?"];
    const expected = normal(q);
    const real = blob();
    const aside = `${real}.aside`;
    renameSync(real, aside);
    try {
      // Missing: the launcher runs the normal path.
      expect(launched(q)).toEqual(expected);
      // Another Node's (a blob made under other V8 settings stands in; Node exits 14 on it, and
      // prints one line). With BRIEFBOT_TEST_OTHER_NODE, a blob that node built.
      const entry = join(home, "other.cjs");
      writeFileSync(entry, 'require("node:v8").startupSnapshot.setDeserializeMainFunction(() => {});\n');
      const other = process.env.BRIEFBOT_TEST_OTHER_NODE;
      const made = other
        ? spawnSync(other, ["--snapshot-blob", real, "--build-snapshot", entry])
        : spawnSync(process.execPath, [
            "--no-regexp-optimization",
            "--snapshot-blob",
            real,
            "--build-snapshot",
            entry,
          ]);
      expect(made.status).toBe(0);
      // Node 24 no longer refuses a blob made under other V8 flags (it runs it: here an empty
      // main, exit 0 and nothing written), so without another Node there is no foreign blob to
      // make: the case is then left to BRIEFBOT_TEST_OTHER_NODE.
      const refused = spawnSync(process.execPath, ["--snapshot-blob", real, "ask"]).status === FALLBACK;
      if (other || refused) {
        const fromOther = launched(q);
        expect(fromOther.status).toBe(0);
        expect(fromOther.stdout).toBe(expected.stdout);
        expect(fromOther.stderr).toMatch(/^Failed to load the startup snapshot/);
      } else expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(22);
      // Damaged: Node aborts or crashes before running a script; the launcher runs the normal path.
      copyFileSync(aside, real);
      truncateSync(real, 1_000_000);
      const fromDamaged = launched(q);
      expect(fromDamaged.status).toBe(0);
      expect(fromDamaged.stdout).toBe(expected.stdout);
    } finally {
      renameSync(aside, real);
    }
    expect(direct(q).status).toBe(0);
  });

  // Last: it changes the briefings the blob was built from.
  it("falls back when a briefing file is touched or added, with stdin read by the normal path", {
    timeout: 180_000,
  }, () => {
    const batch = QUESTIONS.slice(0, 20);
    const input = `${batch.join("\n")}\n`;
    const facts = join(briefings, "japan-vietnam-2025/facts-economy.yaml");
    const later = new Date(Date.now() + 60_000);
    utimesSync(facts, later, later);
    const expected = normal(["--json", "--stdin"], input);
    expect(expected.stdout.split("\n")).toHaveLength(batch.length + 1);
    expect(direct(["--json", "--stdin"], input)).toEqual({ status: FALLBACK, stdout: "", stderr: "" });
    expect(launched(["--json", "--stdin"], input)).toEqual(expected);
    // A new file in a briefing folder (its folder's stamp changes).
    writeFileSync(join(briefings, "us-uk-2025/notes.txt"), "not a briefing file\n");
    expect(direct(["--json", "--stdin"], input).status).toBe(FALLBACK);
    expect(launched(["--json", "--stdin"], input)).toEqual(normal(["--json", "--stdin"], input));
  });
});
