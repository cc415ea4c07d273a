"use strict";
// The entry of `briefbot ask`'s startup snapshot (a template: scripts/build-snapshot.mjs puts the
// build's settings where SETTINGS is and the ask bundle, dist/cli/ask.bundle.cjs, where BUNDLE
// is, then runs `node --snapshot-blob B --build-snapshot` on the result). At build time it loads
// the bundle, opens the briefings and the knowledge, answers one question (so that the code a
// start runs is compiled) and records the stamp of every input. The snapshot's main function,
// run by bin/briefbot as `node --snapshot-blob B ask ARGS...`, checks each stamp and setting
// again and answers only when all are as they were; else it exits with FALLBACK before it has
// read stdin or written anything, and the launcher runs `node dist/cli/main.js ask ARGS...`.
// Only Node's built-in modules can be required here.
const fs = require("node:fs");
const path = require("node:path");
const v8 = require("node:v8");
// Loaded now so that the snapshot holds it: Node makes process.stdout on a pipe (how scripts,
// the bots' tests and the bench read `ask`) a net.Socket, and loading and compiling node:net at
// that first write was about 11 M instructions of a start (Node 24). A terminal's tty stream
// needs it too; a file's does not (it costs that start about 0.2 MB more of the blob to read).
require("node:net");

const SETTINGS = /* SETTINGS */ {};

/** The exit code that tells bin/briefbot to run the normal path (Node's own for a blob it cannot load). */
const FALLBACK = 14;

/**
 * The environment variables that change what `ask` prints besides BRIEFINGS_DIR (compared
 * resolved): the time zone and the locale (ICU reads them as a process starts; a segmenter
 * made at build time keeps the build's), and NODE_OPTIONS and NODE_ICU_DATA, which change the
 * runtime. Each must be what it was at build time (the launcher only runs the snapshot without
 * NODE_OPTIONS).
 */
const ENV_KEYS = [
  "TZ",
  "LANG",
  "LANGUAGE",
  "LC_ALL",
  "LC_CTYPE",
  "LC_COLLATE",
  "LC_MESSAGES",
  "LC_NUMERIC",
  "LC_TIME",
  "NODE_OPTIONS",
  "NODE_ICU_DATA",
];

/** A file's or folder's stamp: size, modification and change times, inode; "-" when missing. */
function stampOf(file) {
  const s = fs.statSync(file, { throwIfNoEntry: false });
  return s ? `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}:${s.isDirectory() ? "d" : "f"}` : "-";
}

/** Every path under `dir` (itself first), folders included: a folder's stamp changes as entries come and go. */
function pathsUnder(dir, out) {
  out.push(dir);
  const s = fs.statSync(dir, { throwIfNoEntry: false });
  if (!s?.isDirectory()) return out;
  for (const name of fs.readdirSync(dir).sort()) pathsUnder(path.join(dir, name), out);
  return out;
}

// The same V8 settings as src/cli/bundled.ts gives the bundle (they change speed, never an
// answer), set by the main function only: V8 writes a hash of its flags into the blob and
// refuses a blob made under other flags than a start's (Node's defaults).
function setFlags() {
  v8.setFlagsFromString("--regexp-tier-up-ticks=100");
  v8.setFlagsFromString("--semi-space-growth-factor=16");
  v8.setFlagsFromString("--no-regexp-optimization");
  v8.setFlagsFromString("--no-regexp-peephole-optimization");
}

/** Builtins the bundle loads only at their first use (as src/cli/bundled.ts requireOnFirstUse). */
const ON_FIRST_USE = new Set(["node:crypto", "node:worker_threads", "node:os"]);
function bundleRequire(id) {
  if (!ON_FIRST_USE.has(id)) return require(id);
  let loaded;
  const real = () => {
    loaded ??= require(id);
    return loaded;
  };
  return new Proxy(
    {},
    {
      get: (_, key) => real()[key],
      has: (_, key) => key in real(),
      ownKeys: () => Reflect.ownKeys(real()),
      getOwnPropertyDescriptor: (_, key) => {
        const d = Reflect.getOwnPropertyDescriptor(real(), key);
        return d && { ...d, configurable: true };
      },
    },
  );
}

const bundle = { exports: {} };
// The CommonJS wrapper, as Node's (and src/cli/bundled.ts's): `this` is the exports.
// biome-ignore lint/complexity/useArrowFunction: the bundle runs with `this` as in a module
// biome-ignore lint/correctness/noUnusedFunctionParameters: the bundle's free names
(function (exports, require, module, __filename, __dirname) {
  /* BUNDLE */
}).call(
  bundle.exports,
  bundle.exports,
  bundleRequire,
  bundle,
  SETTINGS.bundle,
  path.dirname(SETTINGS.bundle),
);

const { run, prepareSnapshot } = bundle.exports;
if (typeof run !== "function" || typeof prepareSnapshot !== "function")
  throw new Error("the ask bundle has no run or prepareSnapshot");

/** The environment as the main function compares it. */
function envNow() {
  return ENV_KEYS.map((k) => `${k}=${process.env[k] ?? ""}`).join("\n");
}

/** Reads ./.env as src/cli/main.ts does; false when it cannot (the normal path then warns). */
function loadDotEnv() {
  if (!fs.existsSync(".env")) return true;
  try {
    process.loadEnvFile(".env");
    return true;
  } catch {
    return false;
  }
}

let recorded;

async function build() {
  if (!loadDotEnv()) throw new Error("./.env could not be read");
  const root = await prepareSnapshot(SETTINGS.warmUp);
  if (bundle.exports.builtDerived?.()) throw new Error("the answer index was not in the cache");
  const paths = [...SETTINGS.inputs, root].flatMap((p) => pathsUnder(p, []));
  // A file written within RACY_MS may be written again with the same stamp (coarse file
  // times): wait until every input is older than that, then stamp them.
  const RACY_MS = 2_000;
  const newest = () =>
    Math.max(
      0,
      ...paths.map((p) => {
        const s = fs.statSync(p, { throwIfNoEntry: false });
        return s ? Math.max(s.mtimeMs, s.ctimeMs) : 0;
      }),
    );
  const wait = newest() + RACY_MS - Date.now();
  if (wait > 0) {
    // Node 20's snapshot builder has no Atomics nor SharedArrayBuffer: then a busy wait (at most RACY_MS).
    const until = Date.now() + wait + 50;
    if (typeof Atomics === "object" && typeof SharedArrayBuffer === "function")
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait + 50);
    else while (Date.now() < until);
  }
  recorded = {
    root,
    env: envNow(),
    version: process.version,
    paths,
    stamps: paths.map(stampOf).join("\n"),
  };
}

function fallBack() {
  process.exit(FALLBACK);
}

/** Whether everything the snapshot was built from is as it was. */
function unchanged() {
  if (process.version !== recorded.version) return false;
  // The blob this process was started from is the one the build wrote (not a copy elsewhere).
  // `node FLAGS --snapshot-blob B`: the build's V8 flags (SNAPSHOT_V8_FLAGS), nothing else.
  const flags = SETTINGS.flags;
  const i = process.execArgv.indexOf("--snapshot-blob");
  if (i !== flags.length || process.execArgv.length !== flags.length + 2) return false;
  if (flags.some((f, k) => process.execArgv[k] !== f)) return false;
  try {
    if (fs.realpathSync(process.execArgv[i + 1]) !== SETTINGS.blob) return false;
  } catch {
    return false;
  }
  if (process.argv[1] !== "ask") return false;
  if (!loadDotEnv()) return false;
  if (bundle.exports.snapshotRoot() !== recorded.root) return false;
  if (envNow() !== recorded.env) return false;
  for (let i = 0; i < recorded.paths.length; i++) {
    // Compared one by one: the first difference stops it.
    const line = stampOf(recorded.paths[i]);
    if (line !== recorded.stampLines[i]) return false;
  }
  return true;
}

/** src/cli/main.ts: a reader that closes the pipe stops the command quietly. */
function exitQuietlyOnClosedPipe() {
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

function main() {
  setFlags();
  let args;
  try {
    args = process.argv.slice(2);
    // `ask --help` is main.ts's to answer; anything unexpected goes the normal way.
    if (args.some((a) => a === "--help" || a === "-h") || !unchanged()) return fallBack();
  } catch {
    return fallBack();
  }
  exitQuietlyOnClosedPipe();
  run(args).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      // A cache the snapshot should hold missed (src/cli/cold-path.ts): the normal path reads the files.
      if (error?.code === "BRIEFBOT_COLD_PATH") return fallBack();
      process.stderr.write(`briefbot: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

build().then(
  () => {
    recorded.stampLines = recorded.stamps.split("\n");
    v8.startupSnapshot.setDeserializeMainFunction(main);
  },
  (error) => {
    process.stderr.write(`briefbot snapshot: not built: ${error?.message ?? error}\n`);
    process.exitCode = 1;
  },
);
