import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";
import { isColdPath } from "./cold-path.js";

/**
 * `briefbot ask` from its one-file build (dist/cli/ask.bundle.cjs, written by
 * scripts/bundle-ask.mjs after tsc), compiled with V8's code cache: a cold start then reads
 * one script and the code V8 compiled for it last time, instead of resolving, reading and
 * compiling every module of the answer path (most of a cold start). The code cache is keyed
 * by the bundle's text, Node's version and the architecture; V8 checks its own flags and
 * rejects a cache that does not fit, and then it is written again. Nothing here may fail a
 * command: without a bundle, or with one older than the modules tsc wrote, the caller
 * imports the modules as usual, and so does the command when a cache missed (./cold-path.ts).
 */

/** What `briefbot COMMAND` runs (src/cli/main.ts). */
export interface CommandModule {
  run(args: string[]): Promise<number>;
  USAGE: string;
}

/** The bundle's exports: the command, and whether its run built the answer index. */
interface BundleExports extends CommandModule {
  builtDerived(): boolean;
}

const PREFIX = "ask-bundle-";

/**
 * V8 compiles a regular expression to machine code on its second run by default; a one-shot
 * `ask` runs most of its patterns a few times, and compiling the large ones (the packs' cue
 * lists, with case-folding and word boundaries) cost more than interpreting them: about a
 * fifth of answering the first question. A batch (`--stdin`) still compiles a pattern after
 * this many runs. Set before the bundle is compiled, so that the flags its code cache was
 * made under are the same each start (V8 rejects a cache made under other flags).
 */
const REGEXP_RUNS_BEFORE_COMPILING = 100;

/**
 * Most of a cold `ask`'s patterns run once or twice, on one short question: compiling each to
 * bytecode cost more than running it, and V8's optimizing passes over a pattern's graph and
 * its bytecode were a third of that compiling (an eighth of a cold start). They change how
 * fast a pattern runs, never what it matches. Set before the bundle is compiled, like the
 * flag above.
 */
const REGEXP_COMPILE_LIGHT = ["--no-regexp-optimization", "--no-regexp-peephole-optimization"];

/**
 * V8 starts the young generation small (1 MB halves) and doubles it only after a collection
 * that kept more than its size; a cold `ask` keeps nearly all it allocates (the briefings, the
 * index, the packs), so it went through seven scavenges, each copying the whole growing heap
 * again, and a full collection after the answer: a tenth of a cold start. Growing sixteenfold
 * at once takes three scavenges and no full collection. (The start size itself cannot be set
 * once V8 runs; the growth factor is read at each collection.)
 */
const YOUNG_GENERATION_GROWTH = 16;

export interface BundlePaths {
  /** The bundle. */
  bundle: string;
  /** The module it was built from: a newer one means tsc ran since, and the bundle is stale. */
  entry: string;
  /** Where the code cache lives. */
  cacheDir: string;
}

const DEFAULT_PATHS: BundlePaths = {
  bundle: fileURLToPath(new URL("./ask.bundle.cjs", import.meta.url)),
  entry: fileURLToPath(new URL("./ask.js", import.meta.url)),
  cacheDir: fileURLToPath(new URL("../../node_modules/.cache/briefbot/", import.meta.url)),
};

/** The bundle's text and stamp when it is there and not older than its entry module. */
function freshBundle(paths: BundlePaths): { source: string; stamp: Stats } | undefined {
  try {
    const stamp = statSync(paths.bundle);
    if (stamp.mtimeMs < statSync(paths.entry).mtimeMs) return undefined;
    return { source: readFileSync(paths.bundle, "utf8"), stamp };
  } catch {
    return undefined;
  }
}

/**
 * A bundle written this recently is named by its text: its file times tick coarsely, and a
 * rewrite of the same size within one tick would keep its stamp (see
 * src/briefing/stamped-key.ts, whose RACY_MS this is; not imported, to load one module less).
 */
const RACY_MS = 2_000;

/**
 * The code cache's file name, for this bundle, Node and architecture. V8 checks only the
 * source's length, so the name tells bundles apart: by their stamp (size, times, inode), which
 * any write changes, or by a hash of their text while they are new (and then node:crypto is
 * loaded, as it is not on a warm start).
 */
export function codeName({ source, stamp }: { source: string; stamp: Stats }, now = Date.now()): string {
  const runtime = `${process.version} ${process.arch}`;
  if (now - Math.max(stamp.mtimeMs, stamp.ctimeMs) > RACY_MS)
    return `${PREFIX}${runtime.replace(/\W/g, "_")}_${stamp.size}_${stamp.ino}_${stamp.mtimeMs}_${stamp.ctimeMs}.code`;
  const { createHash } = createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  return `${PREFIX}${createHash("sha256").update(`${runtime}\0`).update(source).digest("hex").slice(0, 32)}.code`;
}

/**
 * Builtins the bundle imports only for a cache miss (hashing keys, an index built on a
 * worker): each is loaded at its first use, not as the bundle starts (node:crypto alone was a
 * few milliseconds of every cold start). esbuild reads them as `module.name` at each use.
 */
const ON_FIRST_USE = new Set(["node:crypto", "node:worker_threads", "node:os"]);

export function requireOnFirstUse(require: NodeJS.Require): (id: string) => unknown {
  return (id) => {
    if (!ON_FIRST_USE.has(id)) return require(id);
    let loaded: Record<string | symbol, unknown> | undefined;
    const real = () => (loaded ??= require(id) as Record<string | symbol, unknown>);
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
  };
}

function readCode(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCode(cacheDir: string, name: string, data: Buffer): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = join(cacheDir, `.${name}.${process.pid}`);
    writeFileSync(temporary, data);
    renameSync(temporary, join(cacheDir, name));
    for (const old of readdirSync(cacheDir))
      if (old.startsWith(PREFIX) && old !== name) rmSync(join(cacheDir, old), { force: true });
  } catch {
    // Not saved: the next start compiles again.
  }
}

/**
 * The `ask` command from the bundle, or undefined when there is no fresh bundle. The code
 * cache is written after the command has answered, so it holds the functions the run compiled.
 */
export function bundledCommand(
  paths: BundlePaths = DEFAULT_PATHS,
  fromModules: () => Promise<CommandModule> = () => import("./ask.js"),
): CommandModule | undefined {
  const bundle = freshBundle(paths);
  if (bundle === undefined) return undefined;
  const { source } = bundle;
  const name = codeName(bundle);
  setFlagsFromString(`--regexp-tier-up-ticks=${REGEXP_RUNS_BEFORE_COMPILING}`);
  setFlagsFromString(`--semi-space-growth-factor=${YOUNG_GENERATION_GROWTH}`);
  for (const flag of REGEXP_COMPILE_LIGHT) setFlagsFromString(flag);
  const cachedData = readCode(join(paths.cacheDir, name));
  // The CommonJS wrapper, on the first line so that stack traces keep the bundle's lines.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: paths.bundle,
    ...(cachedData && { cachedData }),
  });
  const module = { exports: {} as Partial<BundleExports> };
  const load = script.runInThisContext() as (...args: unknown[]) => void;
  load.call(
    module.exports,
    module.exports,
    requireOnFirstUse(createRequire(paths.bundle)),
    module,
    paths.bundle,
    dirname(paths.bundle),
  );
  const { run, USAGE, builtDerived } = module.exports;
  if (typeof run !== "function" || typeof USAGE !== "string") return undefined;
  const save = () => {
    // A run that built the index compiled the building code, not all of what a warm start
    // runs (a cache made then left 16 M instructions of lazy compiling to every later start):
    // the next run, reading the index, writes the cache.
    if (builtDerived?.()) return;
    if (cachedData === undefined || script.cachedDataRejected)
      writeCode(paths.cacheDir, name, script.createCachedData());
  };
  return {
    USAGE,
    async run(args) {
      let code: number;
      try {
        code = await run(args);
      } catch (error) {
        if (!isColdPath(error)) throw error;
        // Nothing was read or written yet: the modules run it, reading the files.
        return (await fromModules()).run(args);
      }
      // Only a run that answered: the cache then holds the answering code (a usage error's
      // would hold little of it, and is kept until the bundle changes).
      if (code === 0) save();
      return code;
    },
  };
}
