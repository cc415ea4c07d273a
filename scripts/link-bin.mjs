// npm links the bins of dependencies, not the project's own: link `briefbot` into
// node_modules/.bin so `node_modules/.bin/briefbot` works right after `npm ci`. It is the sh
// launcher bin/briefbot (package.json "bin"), which runs dist/cli/main.js.
import { chmodSync, existsSync, lstatSync, mkdirSync, statSync, symlinkSync, unlinkSync } from "node:fs";

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
  // Only when needed: a chmod changes the file's ctime, which the startup snapshot the build
  // just made stamps (scripts/snapshot-entry.cjs), and it would then never be used.
  for (const file of ["dist/cli/main.js", "bin/briefbot"])
    if ((statSync(file).mode & 0o777) !== 0o755) chmodSync(file, 0o755);
}
