// `npm run build`, after tsc: bundles `briefbot ask` (dist/cli/ask.js and everything it
// imports, the packages too) into one CommonJS file, dist/cli/ask.bundle.cjs. A cold
// `briefbot ask` then loads one script, with V8's code cache (src/cli/bundled.ts), instead of
// resolving, reading and compiling some 270 modules: that was most of its start-up.
import { readFile, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { build } from "esbuild";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");
const entry = resolve(root, "dist/cli/ask.js");
const outfile = resolve(root, "dist/cli/ask.bundle.cjs");

/**
 * Each module's `import.meta.url` becomes the URL of its file in dist/, computed at run time
 * from the bundle's own folder: paths the code finds beside itself (knowledge/, the cache
 * folder, worker files, the code it hashes into cache keys) stay what they were.
 */
const importMetaUrl = {
  name: "import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!args.path.startsWith(`${root}/dist/`) || !text.includes("import.meta.url"))
        return { contents: text, loader: "js" };
      const fromBundle = JSON.stringify(relative(dirname(outfile), args.path).split("\\").join("/"));
      const url = `new URL(${fromBundle}, ${BUNDLE_URL}).href`;
      return { contents: text.replaceAll("import.meta.url", url), loader: "js" };
    });
  },
};

/**
 * What only a cache miss needs stays out: each function these modules export throws
 * coldPath() (src/cli/cold-path.ts) instead, and the runner falls back to the modules. yaml and
 * zod must then not be reached any other way: the build fails if they are.
 */
const COLD_MODULES = ["dist/knowledge/read.js", "dist/briefing/store.js"].map((f) => resolve(root, f));
const coldPaths = {
  name: "cold-paths",
  setup(b) {
    b.onResolve({ filter: /^(yaml|zod)(\/|$)/ }, (args) => ({
      errors: [
        {
          text: `the ask bundle must not load ${args.path} (imported by ${args.importer}): keep it behind ${COLD_MODULES.map((f) => relative(root, f)).join(" or ")}`,
        },
      ],
    }));
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!COLD_MODULES.includes(args.path)) return undefined;
      const text = await readFile(args.path, "utf8");
      const names = [...text.matchAll(/^export (?:async )?function (\w+)/gm)].map((m) => m[1]);
      const other = text.match(/^export (?!(?:async )?function )(?!\{[^}]*\} from )(?!type ).*/m);
      if (other)
        throw new Error(`${args.path}: only functions can be left out of the bundle, not: ${other[0]}`);
      const from = JSON.stringify(resolve(root, "dist/cli/cold-path.js"));
      const stubs = names.map(
        (n) =>
          `export function ${n}() { throw coldPath(${JSON.stringify(`${relative(root, args.path)} ${n}`)}); }`,
      );
      // Re-exports from other modules stay (they are not what the stub leaves out).
      const reexports = text.match(/^export \{[^}]*\} from .*$/gm) ?? [];
      return {
        contents: [`import { coldPath } from ${from};`, ...stubs, ...reexports].join("\n"),
        loader: "js",
        resolveDir: dirname(args.path),
      };
    });
  },
};

/** The bundle's own URL, made once (the runner passes the bundle's path as __filename). */
const BUNDLE_URL = "__briefbotBundleUrl";

/**
 * The digest of the engine's code, baked in (src/cli/engine-tag.ts): the bundle is that code, so
 * its cold start need not stat every module to key the index cache. The same digest the
 * modules compute, so both share the cache.
 */
const { engineCodeDigest } = await import(resolve(root, "dist/cli/engine-tag.js"));

await build({
  define: { BRIEFBOT_ENGINE_CODE: JSON.stringify(engineCodeDigest()) },
  banner: { js: `"use strict";\nconst ${BUNDLE_URL} = require("node:url").pathToFileURL(__filename).href;` },
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  plugins: [coldPaths, importMetaUrl],
  logLevel: "warning",
  legalComments: "none",
});

/**
 * The bundle in ASCII: esbuild escapes strings, but comments and regular expression literals
 * keep characters outside ASCII (？, 、, パーセント), and one such character makes V8 read the
 * whole bundle as two-byte text (a UTF-8 decoding of every start, about 10M instructions).
 * Each UTF-16 unit outside ASCII becomes \uXXXX, the same character in a string, a pattern
 * (with or without the u flag: a surrogate pair stays one code point) and an identifier, and
 * nothing in a comment. A backslash before one would change what it means: the build fails.
 */
const text = await readFile(outfile, "utf8");
const escapedAfterBackslash = text.match(/\\[\u0080-\uffff]/);
if (escapedAfterBackslash)
  throw new Error(`the ask bundle escapes a character outside ASCII: ${escapedAfterBackslash[0]}`);
await writeFile(
  outfile,
  text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
);
