import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type BundlePaths, bundledCommand, codeName, requireOnFirstUse } from "../../src/cli/bundled.js";
import { COLD_PATH } from "../../src/cli/cold-path.js";

// The one-file `briefbot ask` and its code cache (src/cli/bundled.ts), on small stand-in bundles.
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function bundleAt(source: string): BundlePaths {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-bundle-"));
  made.push(dir);
  const paths = {
    bundle: join(dir, "ask.bundle.cjs"),
    entry: join(dir, "ask.js"),
    cacheDir: join(dir, "cache"),
  };
  writeFileSync(paths.entry, "// the module the bundle was built from\n");
  writeFileSync(paths.bundle, source);
  // The bundle is written after its entry module (npm run build: tsc, then the bundler).
  utimesSync(paths.entry, new Date(1_000_000), new Date(1_000_000));
  return paths;
}

const COMMAND = `module.exports = { USAGE: "usage: test", run: async (args) => args.length * 0 };`;
const unused = () => Promise.reject(new Error("the modules were not to be loaded"));
const codeFiles = (paths: BundlePaths) => readdirSync(paths.cacheDir).filter((f) => f.endsWith(".code"));

describe("the bundled ask command", () => {
  it("runs the bundle and keeps its compiled code for the next start", async () => {
    const paths = bundleAt(COMMAND);
    const command = bundledCommand(paths, unused);
    expect(command?.USAGE).toBe("usage: test");
    expect(await command!.run(["a", "b"])).toBe(0);
    const [file] = codeFiles(paths);
    expect(file).toMatch(/^ask-bundle-[0-9a-f]{32}\.code$/);
    const written = statSync(join(paths.cacheDir, file!)).mtimeMs;
    // The next start reads it (V8 accepts it) and leaves it as it is.
    expect(await bundledCommand(paths, unused)!.run([])).toBe(0);
    expect(codeFiles(paths)).toEqual([file]);
    expect(statSync(join(paths.cacheDir, file!)).mtimeMs).toBe(written);
  });

  it("never uses the code of another bundle: a changed bundle gets a new entry, the old one goes", async () => {
    const paths = bundleAt(COMMAND);
    await bundledCommand(paths, unused)!.run([]);
    const [before] = codeFiles(paths);
    // Same length, other text: V8's own check of the source would not tell them apart.
    writeFileSync(paths.bundle, COMMAND.replace("usage: test", "usage: tset"));
    expect(bundledCommand(paths, unused)?.USAGE).toBe("usage: tset");
    expect(await bundledCommand(paths, unused)!.run(["a"])).toBe(0);
    const after = codeFiles(paths);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before);
  });

  it("is not used when missing or older than the modules tsc wrote", () => {
    const paths = bundleAt(COMMAND);
    utimesSync(paths.entry, new Date(), new Date());
    utimesSync(paths.bundle, new Date(1_000_000), new Date(1_000_000));
    expect(bundledCommand(paths, unused)).toBeUndefined();
    rmSync(paths.bundle);
    expect(bundledCommand(paths, unused)).toBeUndefined();
  });

  it("runs the command from the modules when the bundle meets a cache miss", async () => {
    const paths = bundleAt(
      `module.exports = { USAGE: "u", run: async () => { throw Object.assign(new Error("cold"), { code: ${JSON.stringify(COLD_PATH)} }); } };`,
    );
    const fromModules = async () => ({ USAGE: "u", run: async (args: string[]) => 10 + args.length });
    expect(await bundledCommand(paths, fromModules)!.run(["x"])).toBe(11);
  });

  it("lets other errors through", async () => {
    const paths = bundleAt(
      `module.exports = { USAGE: "u", run: async () => { throw new Error("broken"); } };`,
    );
    await expect(bundledCommand(paths, unused)!.run([])).rejects.toThrow("broken");
  });
});

describe("the code cache of the bundled ask command", () => {
  it("is written only by a run that answered (exit 0), not by a usage error or a cache miss", async () => {
    const paths = bundleAt(
      `module.exports = { USAGE: "u", run: async (args) => (args.length > 0 ? 2 : 0) };`,
    );
    expect(await bundledCommand(paths, unused)!.run(["--bad"])).toBe(2);
    expect(existsSync(paths.cacheDir) ? codeFiles(paths) : []).toEqual([]);
    const cold = bundleAt(
      `module.exports = { USAGE: "u", run: async () => { throw Object.assign(new Error("cold"), { code: ${JSON.stringify(COLD_PATH)} }); } };`,
    );
    await bundledCommand(cold, async () => ({ USAGE: "u", run: async () => 0 }))!.run([]);
    expect(existsSync(cold.cacheDir) ? codeFiles(cold) : []).toEqual([]);
    expect(await bundledCommand(paths, unused)!.run([])).toBe(0);
    expect(codeFiles(paths)).toHaveLength(1);
  });
});

describe("the code cache of a run that built the answer index", () => {
  it("is left to the next run, which reads the index as every later start does", async () => {
    const built = (yes: boolean) =>
      `module.exports = { USAGE: "u", builtDerived: () => ${yes}, run: async () => 0 };`;
    const paths = bundleAt(built(true));
    expect(await bundledCommand(paths, unused)!.run([])).toBe(0);
    expect(existsSync(paths.cacheDir) ? codeFiles(paths) : []).toEqual([]);
    writeFileSync(paths.bundle, built(false));
    expect(await bundledCommand(paths, unused)!.run([])).toBe(0);
    expect(codeFiles(paths)).toHaveLength(1);
  });
});

describe("the code cache's name", () => {
  const stampOf = (file: string) => ({ source: readFileSync(file, "utf8"), stamp: statSync(file) });
  it("is a hash of the text while the bundle is new, and its stamp once it is older", () => {
    const paths = bundleAt(COMMAND);
    const bundle = stampOf(paths.bundle);
    expect(codeName(bundle)).toMatch(/^ask-bundle-[0-9a-f]{32}\.code$/);
    const settled = codeName(bundle, Date.now() + 60_000);
    expect(settled).toContain(`_${bundle.stamp.size}_${bundle.stamp.ino}_`);
    expect(settled).toContain(process.arch);
    // Any write gives another stamp, hence another name, whatever the text's length.
    writeFileSync(paths.bundle, COMMAND.replace("usage: test", "usage: tset"));
    utimesSync(paths.bundle, new Date(3_000_000), new Date(3_000_000));
    expect(codeName(stampOf(paths.bundle), Date.now() + 60_000)).not.toBe(settled);
  });
});

describe("the builtins the bundle loads at their first use", () => {
  const require = requireOnFirstUse(createRequire(import.meta.url));
  it("work as the modules themselves", () => {
    const crypto = require("node:crypto") as typeof import("node:crypto");
    expect(crypto.createHash("sha256").update("x").digest("hex")).toHaveLength(64);
    expect("createHash" in crypto).toBe(true);
    expect(Object.keys(crypto)).toContain("createHash");
    const threads = require("node:worker_threads") as typeof import("node:worker_threads");
    const { port1, port2 } = new threads.MessageChannel();
    port1.close();
    port2.close();
    expect((require("node:os") as typeof import("node:os")).availableParallelism()).toBeGreaterThan(0);
  });
  it("hands any other module over as it is", () => {
    expect(require("node:path")).toBe(createRequire(import.meta.url)("node:path"));
  });
});
