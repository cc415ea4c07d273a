/**
 * `npm run bench cold`: the cold start of `briefbot ask --json` beside a plain MiniSearch
 * script (issue 12, part 9), alone: the same measurement bench/loop.ts makes among its other
 * tables, without the 10,000-fact runs before it. With NODE_EXTRA_CA_CERTS set (every Node
 * process then reads the certificates as it starts) it is measured with and without it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { loadBriefingsAt } from "../src/briefing/load.js";
import { type BenchTable, ms, percentile } from "./types.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const QUESTION = "How many Vietnamese live in Japan?";
const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15);

function spawnMs(args: string[], env: NodeJS.ProcessEnv, command = process.execPath): number {
  const started = performance.now();
  const r = spawnSync(command, args, { cwd: REPO, encoding: "utf8", env });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  return performance.now() - started;
}

/** The sh launcher (package.json "bin"), when `npm run build` made a startup snapshot for this node. */
function launcherWithSnapshot(): string | undefined {
  const launcher = join(REPO, "bin/briefbot");
  const s = statSync(process.execPath);
  const key = `${s.dev}_${s.ino}_${s.size}_${Math.floor(s.mtimeMs / 1000)}`; // scripts/build-snapshot.mjs
  const blob = join(REPO, `node_modules/.cache/briefbot/snapshot-${key}.blob`);
  return existsSync(launcher) && existsSync(blob) ? launcher : undefined;
}

/**
 * Medians of `runs` alternating cold starts of each, after one of each to fill caches: `node
 * dist/cli/main.js ask`, the plain script, and bin/briefbot (the startup snapshot) when there is one.
 */
export function coldStart(
  runs: number,
  env: NodeJS.ProcessEnv,
): { ours: number; theirs: number; launched?: number } {
  const plain = join(REPO, ".bench-build/bench/plain-minisearch.js");
  const factsFile = join(tmpdir(), `briefbot-plain-facts-${process.pid}.json`);
  const shipped = loadBriefingsAt(join(REPO, "briefings")).flatMap((b) => b.facts);
  writeFileSync(factsFile, JSON.stringify(shipped.map((f) => ({ id: f.id, text: f.statement.en }))));
  const main = join(REPO, "dist/cli/main.js");
  // The launcher finds this node first on PATH (its blob is named by the binary).
  const childEnv = { ...env, BRIEFINGS_DIR: "", PATH: `${dirname(process.execPath)}:${env.PATH ?? ""}` };
  const launcher = launcherWithSnapshot();
  try {
    spawnMs([main, "ask", "--json", QUESTION], childEnv); // fills the compiled cache (briefing and index)
    spawnMs([plain, QUESTION, factsFile], childEnv);
    if (launcher) spawnMs(["ask", "--json", QUESTION], childEnv, launcher);
    const ours: number[] = [];
    const theirs: number[] = [];
    const launched: number[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(spawnMs([main, "ask", "--json", QUESTION], childEnv));
      theirs.push(spawnMs([plain, QUESTION, factsFile], childEnv));
      if (launcher) launched.push(spawnMs(["ask", "--json", QUESTION], childEnv, launcher));
    }
    return {
      ours: percentile(ours, 50),
      theirs: percentile(theirs, 50),
      ...(launcher && { launched: percentile(launched, 50) }),
    };
  } finally {
    rmSync(factsFile, { force: true });
  }
}

export async function bench(): Promise<BenchTable[]> {
  const { NODE_EXTRA_CA_CERTS: certs, ...without } = process.env;
  const variants: [string, NodeJS.ProcessEnv][] = certs
    ? [
        ["set", process.env],
        ["unset", without],
      ]
    : [["unset", without]];
  const before = loadavg()[0]!;
  const rows = variants.map(([label, env]) => {
    const { ours, theirs, launched } = coldStart(RUNS, env);
    return [
      label,
      RUNS,
      ms(ours, 0),
      ms(theirs, 0),
      (ours / theirs).toFixed(2),
      launched === undefined ? "-" : ms(launched, 0),
      launched === undefined ? "-" : (launched / theirs).toFixed(2),
      "≤ 1.3",
    ];
  });
  return [
    {
      title: "Cold start: `briefbot ask --json` vs a plain MiniSearch script (process spawn to exit, ms)",
      columns: [
        "NODE_EXTRA_CA_CERTS",
        "runs each",
        "briefbot median",
        "plain MiniSearch median",
        "ratio",
        "bin/briefbot (snapshot) median",
        "ratio",
        "target ratio",
      ],
      rows,
      notes: [
        `Question "${QUESTION}". Alternating runs after one of each to fill caches. briefbot reads the compiled briefing and its built index from node_modules/.cache/briefbot; bin/briefbot is the sh launcher with the startup snapshot (scripts/build-snapshot.mjs; "-" when \`npm run build\` made none for this node). The plain script (bench/plain-minisearch.ts) reads the facts' English statements from a JSON file and indexes them with MiniSearch (no YAML, no validation, no languages but English).`,
        `Machine: ${cpus().length} cores, load average (1 min) ${before.toFixed(2)} before and ${loadavg()[0]!.toFixed(2)} after (shared with other work).`,
      ],
    },
  ];
}
