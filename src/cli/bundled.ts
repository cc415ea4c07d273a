import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
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

/** The bundle's text when it is there and not older than its entry module. */
function freshBundle(paths: BundlePaths): string | undefined {
  try {
    if (statSync(paths.bundle).mtimeMs < statSync(paths.entry).mtimeMs) return undefined;
    return readFileSync(paths.bundle, "utf8");
  } catch {
    return undefined;
  }
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
  const source = freshBundle(paths);
  if (source === undefined) return undefined;
  const key = createHash("sha256")
    .update(`${process.version} ${process.arch}\0`)
    .update(source)
    .digest("hex")
    .slice(0, 32);
  const name = `${PREFIX}${key}.code`;
  setFlagsFromString(`--regexp-tier-up-ticks=${REGEXP_RUNS_BEFORE_COMPILING}`);
  const cachedData = readCode(join(paths.cacheDir, name));
  // The CommonJS wrapper, on the first line so that stack traces keep the bundle's lines.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: paths.bundle,
    ...(cachedData && { cachedData }),
  });
  const module = { exports: {} as Partial<CommandModule> };
  const load = script.runInThisContext() as (...args: unknown[]) => void;
  load.call(
    module.exports,
    module.exports,
    createRequire(paths.bundle),
    module,
    paths.bundle,
    dirname(paths.bundle),
  );
  const { run, USAGE } = module.exports;
  if (typeof run !== "function" || typeof USAGE !== "string") return undefined;
  const save = () => {
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
