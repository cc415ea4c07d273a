/**
 * `npm run bench`: runs every benchmark module in turn and writes a results table to
 * bench/RESULTS.md (and stdout). Speed and memory goals live here, never in unit tests.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BenchTable } from "./types.js";

type BenchModule = { bench(): Promise<BenchTable[]> };

const modules: Record<string, () => Promise<BenchModule>> = {
  answer: () => import("./answer.js"),
  slack: () => import("./slack.js"),
  discord: () => import("./discord.js"),
  digest: () => import("./digest.js"),
  state: () => import("./state.js"),
  loop: () => import("./loop.js"),
  cold: () => import("./cold.js"),
};

function render(table: BenchTable): string {
  const head = `| ${table.columns.join(" | ")} |`;
  const sep = `|${table.columns.map(() => "---").join("|")}|`;
  const rows = table.rows.map((r) => `| ${r.join(" | ")} |`);
  const notes = (table.notes ?? []).map((n) => `- ${n}`);
  return [`### ${table.title}`, "", head, sep, ...rows, "", ...notes, ""].join("\n");
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const parts: string[] = [
    "# Benchmark results",
    "",
    `Run on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform}/${process.arch}.`,
    "",
  ];
  for (const [name, load] of Object.entries(modules)) {
    if (only.length > 0 && !only.includes(name)) continue;
    process.stderr.write(`bench: ${name}...\n`);
    const tables = await (await load()).bench();
    for (const t of tables) {
      const text = render(t);
      process.stdout.write(`${text}\n`);
      parts.push(text);
    }
  }
  const out = fileURLToPath(new URL("../../bench/RESULTS.md", import.meta.url));
  writeFileSync(out, `${parts.join("\n")}\n`);
  process.stderr.write(`bench: wrote ${out}\n`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
