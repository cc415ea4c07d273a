#!/usr/bin/env node
/**
 * The `briefbot` command. Each subcommand lives in its own module, loaded only when used,
 * so `briefbot ask` never pays for the Slack or Discord libraries.
 */
import { existsSync, readFileSync } from "node:fs";
import nodeModule from "node:module";
import { fileURLToPath } from "node:url";
import type { CommandModule } from "./bundled.js";

/** Each subcommand module: what it does when run, and its usage text (printed by `--help`). */
type SubcommandModule = CommandModule;

const subcommands: Record<string, { summary: string; load: () => Promise<SubcommandModule> }> = {
  start: {
    summary: "run the bot (Slack/Discord when configured, else a terminal chat)",
    load: () => import("./start.js"),
  },
  ask: {
    summary: "answer a question from the briefing, with its sources",
    // The one-file build with its code cache when there is one (a cold start's main cost).
    load: async () => (await import("./bundled.js")).bundledCommand() ?? (await import("./ask.js")),
  },
  check: { summary: "validate and lint briefings and their quotes", load: () => import("./check.js") },
  new: { summary: "write a minimal briefing to start from", load: () => import("./new.js") },
  facts: { summary: "list the facts a briefing holds", load: () => import("./facts.js") },
  topics: { summary: "list a briefing's topics", load: () => import("./topics.js") },
  digest: {
    summary: "preview the digest a channel would get now",
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
  forget: {
    summary: "remove one person's questions, feedback and authorship",
    load: () => import("./forget.js"),
  },
  "slack-manifest": { summary: "print a Slack app manifest", load: () => import("./slack-manifest.js") },
  discord: {
    summary: "register the /brief command with Discord",
    load: () => import("./discord.js"),
  },
};

const HELP_FLAGS = new Set(["--help", "-h"]);

/** The whole help: every command with its summary and every option its usage lists. */
async function usage(): Promise<string> {
  const blocks = await Promise.all(
    Object.entries(subcommands).map(async ([name, s]) => {
      // The synopsis lines: a usage text's first paragraph.
      const options = (await s.load()).USAGE.trim()
        .split("\n\n")[0]!
        .split("\n")
        .map((line) => `      ${line.replace(/^\s*(usage:\s*)?/, "")}`);
      return `  ${name}: ${s.summary}\n${options.join("\n")}`;
    }),
  );
  return [
    "usage: briefbot <command> [options]",
    "       briefbot --version | --help | <command> --help",
    "",
    "commands:",
    blocks.join("\n\n"),
    "",
    "The bot reads its settings from the environment and ./.env (see .env.example).",
    "",
  ].join("\n");
}

/** The version in package.json, read beside the built CLI (dist/cli/main.js → ../../package.json). */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
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

/**
 * Node 22 and later keep the code they compiled for the modules on disk
 * (module.enableCompileCache; Node 20 has none), here beside briefbot's other caches.
 */
function enableCompileCache(): void {
  const enable = (nodeModule as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
  try {
    enable?.(fileURLToPath(new URL("../../node_modules/.cache/briefbot/compile/", import.meta.url)));
  } catch {
    // Only slower without it.
  }
}

/**
 * A reader that stops early (`briefbot check | head`) closes the pipe: stop quietly, as
 * command-line tools do, instead of an EPIPE error on stderr.
 */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  enableCompileCache();
  exitQuietlyOnClosedPipe();
  loadDotEnv();
  if (name === "--version" || name === "-v" || name === "version") {
    process.stdout.write(`briefbot ${version()}\n`);
    return 0;
  }
  if (!name || HELP_FLAGS.has(name) || name === "help") {
    process.stdout.write(await usage());
    return name ? 0 : 2;
  }
  const sub = subcommands[name];
  if (!sub) {
    process.stderr.write(`briefbot: unknown command "${name}"; see briefbot --help\n`);
    return 2;
  }
  const mod = await sub.load();
  // `--help` anywhere asks for the usage, whatever else is on the line ("discord --help").
  if (rest.some((arg) => HELP_FLAGS.has(arg))) {
    process.stdout.write(`${mod.USAGE.trimEnd()}\n`);
    return 0;
  }
  return mod.run(rest);
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
