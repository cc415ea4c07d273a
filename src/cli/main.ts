#!/usr/bin/env node
/**
 * The `briefbot` command. Each subcommand lives in its own module, loaded only when used,
 * so `briefbot ask` never pays for the Slack or Discord libraries.
 */
import { existsSync } from "node:fs";

type SubcommandModule = { run(args: string[]): Promise<number> };

const subcommands: Record<string, { summary: string; load: () => Promise<SubcommandModule> }> = {
  start: {
    summary: "run the bot (Slack/Discord when configured, else a terminal chat)",
    load: () => import("./start.js"),
  },
  ask: {
    summary: 'ask a question: ask "QUESTION" [--json] [--lang en|ja|vi] [--stdin] [--explain]',
    load: () => import("./ask.js"),
  },
  check: { summary: "validate briefings: check [DIR] [--sources DIR]", load: () => import("./check.js") },
  facts: { summary: "list facts: facts [--topic T] [--lang L]", load: () => import("./facts.js") },
  topics: { summary: "list topics", load: () => import("./topics.js") },
  digest: {
    summary: "digest --preview [--briefing ID] [--lang L] [--since DATE]",
    load: () => import("./digest.js"),
  },
  subscriptions: {
    summary: "list digest subscriptions and their state",
    load: () => import("./subscriptions.js"),
  },
  gaps: {
    summary: "unanswered, low-confidence and not-helpful questions, for curators",
    load: () => import("./gaps.js"),
  },
  "slack-manifest": { summary: "print a Slack app manifest", load: () => import("./slack-manifest.js") },
  discord: {
    summary: "discord register [--guild ID]: register the /brief command",
    load: () => import("./discord.js"),
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(subcommands).map((k) => k.length));
  const lines = Object.entries(subcommands).map(([name, s]) => `  ${name.padEnd(width)}  ${s.summary}`);
  return `usage: briefbot <command> [options]\n\ncommands:\n${lines.join("\n")}\n`;
}

/** Reads ./.env when present; variables already set in the environment win. */
function loadDotEnv(): void {
  if (!existsSync(".env")) return;
  try {
    process.loadEnvFile(".env");
  } catch (error) {
    process.stderr.write(
      `briefbot: could not read .env: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  loadDotEnv();
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const sub = subcommands[name];
  if (!sub) {
    process.stderr.write(`briefbot: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return (await sub.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`briefbot: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
