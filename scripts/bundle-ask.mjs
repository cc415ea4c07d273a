// `npm run build`, after tsc: bundles `briefbot ask` (dist/cli/ask.js and everything it
// imports, the packages too) into one CommonJS file, dist/cli/ask.bundle.cjs. A cold
// `briefbot ask` then loads one script, with V8's code cache (src/cli/bundled.ts), instead of
// resolving, reading and compiling some 270 modules: that was most of its start-up.
import { readFile } from "node:fs/promises";
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
