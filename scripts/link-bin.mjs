// npm links the bins of dependencies, not the project's own: link `briefbot` into
// node_modules/.bin so `node_modules/.bin/briefbot` works right after `npm ci`. It is the sh
// launcher bin/briefbot (package.json "bin"), which runs dist/cli/main.js.
import { chmodSync, existsSync, lstatSync, mkdirSync, symlinkSync, unlinkSync } from "node:fs";

const target = "../../bin/briefbot";
const link = "node_modules/.bin/briefbot";
if (existsSync("node_modules")) {
  mkdirSync("node_modules/.bin", { recursive: true });
  try {
    if (lstatSync(link)) unlinkSync(link);
  } catch {
    // no link yet
  }
  symlinkSync(target, link);
  chmodSync("dist/cli/main.js", 0o755);
  chmodSync("bin/briefbot", 0o755);
}
