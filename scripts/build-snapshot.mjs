// `npm run build`, last step: a V8 startup snapshot of `briefbot ask` for the node that runs
// this script (or `--node PATH`), which bin/briefbot starts instead of dist/cli/main.js when it
// finds one (see scripts/snapshot-entry.cjs for what it holds and checks). It is only a faster
// start: this script never fails the build, and without a blob `briefbot` runs as before.
//
// The blob is node_modules/.cache/briefbot/snapshot-KEY.blob, beside the other caches
// (git-ignored, safe to delete). KEY names the node binary the way bin/briefbot can from the
// shell, cheaply: the file's device, inode, size and modification time in seconds
// (`stat -L -c %d_%i_%s_%Y`, BSD `stat -L -f %d_%i_%z_%m`). Each node binary gets its own blob; the newest
// MAX_BLOBS are kept.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");
const cacheDir = join(root, "node_modules/.cache/briefbot");
const bundle = join(root, "dist/cli/ask.bundle.cjs");
const main = join(root, "dist/cli/main.js");
/** The question answered at build time, so that the answering code is compiled in the snapshot. */
const WARM_UP = "How many people live in Tokyo?";
const MAX_BLOBS = 4;
/**
 * V8 flags of the build and of every start of the blob (bin/briefbot passes the same: Node 20
 * refuses a blob made under other flags). A young generation of 16 MB from the start: the
 * answer's allocations then need no scavenge, which walks the blob's whole object cache
 * (about 5 M instructions a start). It changes how much memory a start may use, never an answer.
 */
export const SNAPSHOT_V8_FLAGS = ["--min-semi-space-size=16"];

/** The key bin/briefbot computes for the node binary at `file`. */
export function nodeKey(file) {
  const s = statSync(file);
  return `${s.dev}_${s.ino}_${s.size}_${Math.floor(s.mtimeMs / 1000)}`;
}

function fail(reason) {
  process.stderr.write(
    `briefbot: no startup snapshot for \`briefbot ask\` (${reason}); it runs without one\n`,
  );
  process.exit(0);
}

function build(node, outDir) {
  if (process.env.BRIEFBOT_NO_SNAPSHOT) return fail("BRIEFBOT_NO_SNAPSHOT is set");
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < statSync(join(root, "dist/cli/ask.js")).mtimeMs)
    return fail("no fresh dist/cli/ask.bundle.cjs");
  const nodeBin = realpathSync(node);
  const version = spawnSync(nodeBin, ["-p", "process.version"], { encoding: "utf8" }).stdout?.trim();
  if (!/^v(2[0-9]|[3-9][0-9])\./.test(version ?? ""))
    return fail(`node ${version} has no user-land snapshot`);
  // The launcher runs the snapshot only without NODE_OPTIONS; the build must not take them in.
  const { NODE_OPTIONS: _, ...env } = process.env;
  // Fill the caches the snapshot is made from (a miss would leave out what it needs); the
  // second answer is the one the blob must give.
  const ask = ["ask", "--json", WARM_UP];
  let expected;
  for (let i = 0; i < 2; i++)
    expected = spawnSync(nodeBin, [main, ...ask], { cwd: root, env, encoding: "utf8" });
  if (expected.status !== 0) return fail(`briefbot ask exited ${expected.status}`);
  mkdirSync(outDir, { recursive: true });
  const dir = realpathSync(outDir);
  const blob = join(dir, `snapshot-${nodeKey(nodeBin)}.blob`);
  const settings = {
    bundle: realpathSync(bundle),
    blob,
    flags: SNAPSHOT_V8_FLAGS,
    warmUp: WARM_UP,
    // Every input besides the briefings folder (added by the entry as it resolves it).
    inputs: [
      "knowledge",
      "dist/briefing",
      "dist/knowledge",
      "dist/cli",
      "package.json",
      "package-lock.json",
    ].map((p) => join(root, p)),
  };
  const template = readFileSync(join(root, "scripts/snapshot-entry.cjs"), "utf8");
  const entryText = template
    .replace("/* SETTINGS */ {}", () => JSON.stringify(settings))
    .replace("/* BUNDLE */", () => readFileSync(bundle, "utf8"));
  // One character outside ASCII makes V8 keep the whole entry (the bundle inside it) as a
  // two-byte string: about 0.45 MB more of the blob, read and deserialized on every start.
  const wide = entryText.match(/[\u0080-\uffff]/);
  if (wide) return fail(`the snapshot entry holds a character outside ASCII (${JSON.stringify(wide[0])})`);
  const entry = join(dir, `.snapshot-entry.${process.pid}.cjs`);
  const temporary = join(dir, `.snapshot.${process.pid}.blob`);
  writeFileSync(entry, entryText);
  try {
    const r = spawnSync(
      nodeBin,
      [...SNAPSHOT_V8_FLAGS, "--snapshot-blob", temporary, "--build-snapshot", entry],
      {
        cwd: root,
        env,
        encoding: "utf8",
      },
    );
    if (r.status !== 0 || !existsSync(temporary))
      return fail(
        `node --build-snapshot exited ${r.status ?? r.signal}: ${(r.stderr ?? "").trim().split("\n").slice(-3).join(" ")}`,
      );
    renameSync(temporary, blob);
    // The blob must answer as the normal path did, from where it is (else it is not kept).
    const check = spawnSync(nodeBin, [...SNAPSHOT_V8_FLAGS, "--snapshot-blob", blob, ...ask], {
      cwd: root,
      env,
      encoding: "utf8",
    });
    if (check.status !== 0 || check.stdout !== expected.stdout || check.stderr !== expected.stderr) {
      rmSync(blob, { force: true });
      return fail(`the blob's answer (exit ${check.status}) differs from the normal path's`);
    }
  } finally {
    rmSync(entry, { force: true });
    rmSync(temporary, { force: true });
  }
  const blobs = readdirSync(dir)
    .filter((f) => /^snapshot-.*\.blob$/.test(f))
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of blobs.slice(MAX_BLOBS)) rmSync(join(dir, f), { force: true });
  process.stdout.write(`briefbot: startup snapshot for ${version} at ${blob}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const option = (name, otherwise) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : otherwise;
  };
  try {
    build(option("--node", process.execPath), option("--out", cacheDir));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}
